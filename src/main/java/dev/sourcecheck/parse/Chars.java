package dev.sourcecheck.parse;

/** Character classes for quotation marks and brackets. */
final class Chars {
  private Chars() {}

  static boolean isClosing(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '›';
  }

  static boolean isOpening(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '‹';
  }
}
