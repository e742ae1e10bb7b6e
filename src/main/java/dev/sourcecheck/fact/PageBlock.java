package dev.sourcecheck.fact;

/**
 * A block of a web page that the main-text extraction left out, standing as one compact line of
 * the article text at {@code [start, end)} (its text, cut short when long). The DOM's signals, not
 * a verdict: {@code tag} and {@code role} of the element holding it; {@code hint} the kind of page
 * furniture its class, id, tag or role names in {@code lexicons/page-hints.txt} ({@code
 * navigation}, {@code related}, {@code share}, {@code ad}, {@code newsletter}, {@code caption},
 * {@code comments}, {@code footer}, {@code byline}, {@code date}, {@code headline}, {@code meta},
 * {@code notice}, or empty); {@code where} it sat ({@code before}, {@code inside} or {@code after} the main text);
 * its words, links and the share of its characters inside links. Boilerplate rules decide what it
 * is; {@code inputLine} is the page's source line (0 when unknown).
 */
public record PageBlock(String article, int line, int start, int end, String text, String tag, String role,
    String hint, String where, int words, int links, double linkDensity, int inputLine) {}
