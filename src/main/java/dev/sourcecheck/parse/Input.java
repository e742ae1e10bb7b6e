package dev.sourcecheck.parse;

/** An article to audit: its path as the user named it, its id in the run, and its bytes. */
public record Input(String path, String id, byte[] bytes) {}
