package dev.sourcecheck.article;

/**
 * A direct quotation. {@code span} includes the quotation marks, {@code inner} is the quoted
 * words. {@code continued} is true for a paragraph that carries on the quotation of the paragraph
 * before it (an unclosed quotation reopened in the next paragraph). {@code mark} is the opening
 * mark.
 */
public record Quote(int index, Span span, Span inner, String text, char mark, int paragraph, boolean continued) {
  /** Words in the quotation. */
  public int wordCount() {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
