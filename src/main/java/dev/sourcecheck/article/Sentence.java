package dev.sourcecheck.article;

/** A sentence of a paragraph; {@code index} counts sentences from 0 across the article. */
public record Sentence(int index, int paragraph, Span span, String text) {}
