package dev.sourcecheck.article;

/**
 * A direct quotation. {@code span} includes the quotation marks, {@code inner} is the quoted
 * words. {@code continued} is true for a paragraph that carries on the quotation of the paragraph
 * before it (an unclosed quotation reopened in the next paragraph). {@code mark} is the opening
 * mark.
 */
public record Quote(int index, Span span, Span inner, String text, char mark, int paragraph, boolean continued) {
  /**
   * Words in the quotation: as {@code text.strip().split("\\s+").length} counts them (0 for none),
   * in one pass without a regular expression or a copy (it is asked for several times per quotation).
   */
  public int wordCount() {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return 0;
    }
    // the stripped text starts and ends with a word: one more word after each run of \s
    int words = 1;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean s = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (s && !space) {
        words++;
      }
      space = s;
    }
    return words;
  }
}
