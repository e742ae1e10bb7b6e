package dev.sourcecheck.article;

/**
 * Metadata found in the text rather than article prose: a glued {@code date YYYY-MM-DD} prefix, a
 * header field, a dateline, a credit line, a {@code Source:} footer. {@code span} is the whole
 * metadata text in the file; {@code value} its cleaned value. {@code DATE_NOTE} says how the
 * publication date was read when it had to be chosen or completed (candidates that disagree, a
 * year inferred); a {@code PUBLISHED} value {@code --MM-DD} is a day whose year is not known.
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
    CREDIT,
    /** A line under the headline that is only a date stamp ("Thursday 9 April 2026 14.05 BST"). */
    DATE_LINE,
    DATE_NOTE
  }
}
