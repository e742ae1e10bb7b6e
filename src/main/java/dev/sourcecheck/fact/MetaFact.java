package dev.sourcecheck.fact;

/** Metadata found in the text (see {@link dev.sourcecheck.article.MetaField.Kind} for {@code kind}). */
public record MetaFact(String article, String kind, int start, int end, String value, int line) {}
