package dev.sourcecheck.parse;

/** Character classes for white space, quotation marks and brackets. Stateless. */
final class Chars {
  private Chars() {}

  /**
   * White space as scraped text has it: Java white space plus the no-break and other Unicode
   * spaces ({@code Character.isWhitespace} is false for U+00A0, U+2007, U+202F) and the zero-width
   * space and stray byte-order mark.
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  static boolean isClosing(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '›';
  }

  static boolean isOpening(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '‹' || c == '„';
  }
}
