package dev.sourcecheck.finding;

/** A file found in a folder but not audited because it is not an article (not {@code *.txt}). Not an error. */
public record Skipped(String path, String reason) {}
