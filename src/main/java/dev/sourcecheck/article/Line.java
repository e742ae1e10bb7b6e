package dev.sourcecheck.article;

/**
 * One line of the original file without its line terminator. {@code content} is the span of the
 * line with surrounding white space trimmed (empty for a blank line).
 */
public record Line(int number, Span span, Span content) {
  public boolean isBlank() {
    return content.isEmpty();
  }
}
