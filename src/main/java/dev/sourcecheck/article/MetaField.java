package dev.sourcecheck.article;

/**
 * Metadata found in the text rather than article prose: a glued {@code date YYYY-MM-DD} prefix, a
 * header field, a dateline, a credit line, a {@code Source:} footer. {@code span} is the whole
 * metadata text in the file; {@code value} its cleaned value.
 */
public record MetaField(Kind kind, Span span, String value) {
  /** The kinds of metadata the parser recognises. */
  public enum Kind {
    DATE_PREFIX,
    TITLE,
    PUBLISHED,
    SOURCE,
    BYLINE,
    DATELINE,
    CREDIT
  }
}
