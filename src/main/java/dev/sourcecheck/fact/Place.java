package dev.sourcecheck.fact;

/**
 * A related place of a cross-source flag: {@code role} is {@code agrees}, {@code deviates} or
 * null.
 */
public record Place(String article, int start, int end, String role) {}
