package dev.sourcecheck.fact;

/**
 * A non-blank line of the article with its shape. {@code kind} is the kind of the paragraph the
 * line belongs to (HEADLINE, DECK, BODY, META). {@code bodyBefore} and {@code bodyAfter} count the
 * BODY paragraphs before and after the line's paragraph. {@code titleCase} is true when most
 * words that are not short function words start with a capital letter; {@code terminal} when the
 * line ends with sentence punctuation (. ! ? … or a closing quotation mark after one); {@code
 * allCaps} when it has at least two capital letters and no lower-case one.
 */
public record LineFact(
    String article, int line, int start, int end, String text, int words, boolean titleCase, boolean terminal,
    String kind, int paragraph, int bodyBefore, int bodyAfter, boolean wholeParagraph, boolean allCaps) {}
