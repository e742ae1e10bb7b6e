package dev.sourcecheck.fact;

/**
 * A sentence. {@code kind} is its paragraph's kind (HEADLINE, DECK, BODY); {@code quoted} is the
 * share of its characters inside direct quotations (0 to 1).
 */
public record SentenceFact(
    String article, int index, int paragraph, String kind, int start, int end, String text, int line,
    double quoted) {}
