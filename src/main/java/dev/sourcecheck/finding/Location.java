package dev.sourcecheck.finding;

import java.util.Objects;

/**
 * A place in an article: 1-based line and column, offsets {@code [start, end)} into the decoded
 * text, and the text there. {@code role} is {@code agrees}, {@code deviates} or null; it is used
 * for the related places of cross-source findings.
 */
public record Location(String article, int line, int column, int start, int end, String text, String role) {
  public Location {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    if (line < 1 || column < 1 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad location " + article + ":" + line + ":" + column + " [" + start + "," + end + ")");
    }
  }

  public Location withRole(String newRole) {
    return new Location(article, line, column, start, end, text, newRole);
  }
}
