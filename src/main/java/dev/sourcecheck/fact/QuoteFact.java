package dev.sourcecheck.fact;

/**
 * A direct quotation: {@code start}/{@code end} include the marks, {@code text} is the words
 * inside. {@code continued} marks a paragraph that carries on an unclosed quotation.
 */
public record QuoteFact(
    String article, int index, int start, int end, String text, int words, int paragraph, int line,
    boolean continued, char mark) {}
