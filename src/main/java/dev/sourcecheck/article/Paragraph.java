package dev.sourcecheck.article;

/**
 * A block of text: one or more non-blank lines. Scraped text often has a paragraph per line; a
 * blank line also separates paragraphs. {@code index} counts paragraphs from 0 in reading order.
 */
public record Paragraph(int index, Kind kind, Span span, int firstLine, int lastLine) {
  /** What a paragraph is for the reader. */
  public enum Kind {
    HEADLINE,
    DECK,
    BODY,
    /** Wholly metadata: a header field, a credit line, a {@code Source:} footer. */
    META
  }
}
