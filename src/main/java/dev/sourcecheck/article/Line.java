package dev.sourcecheck.article;

/**
 * One line of the original file without its line terminator ({@code \n}, {@code \r\n} or a lone {@code \r}).
 * {@code content} is the span of the line with surrounding white space (no-break spaces included)
 * trimmed; for a blank line it is the empty span at the line's start.
 */
public record Line(int number, Span span, Span content) {
  public boolean isBlank() {
    return content.isEmpty();
  }
}
