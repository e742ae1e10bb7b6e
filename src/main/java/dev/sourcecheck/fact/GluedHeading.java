package dev.sourcecheck.fact;

/**
 * A subheading that a scraper glued onto the start of a paragraph: {@code [start, end)} is the
 * heading. {@code shape} says how it was recognised: {@code quoted} (a short quoted phrase without
 * punctuation followed at once by a new quotation or sentence) or {@code repeated-name} (a short
 * phrase without punctuation whose last capitalised word, the end of a name, starts the sentence
 * again).
 */
public record GluedHeading(String article, int line, int start, int end, String text, String shape) {}
