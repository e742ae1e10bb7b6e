package dev.sourcecheck.finding;

import java.util.Objects;

/**
 * A place in an article: 1-based line and column, offsets {@code [start, end)} into the decoded
 * text, and the text there. {@code role} is {@code agrees}, {@code deviates} or null; it is used
 * for the related places of cross-source findings. {@code inputLine} is, for an article read from
 * a web page, the 1-based line of the page's source where the text there came from, or null
 * when the input has no such line (plain text, where {@code line} is the input's line already).
 */
public record Location(String article, int line, int column, int start, int end, String text, String role,
    Integer inputLine) {
  public Location(String article, int line, int column, int start, int end, String text, String role) {
    this(article, line, column, start, end, text, role, null);
  }

  public Location {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    if (line < 1 || column < 1 || start < 0 || end < start || inputLine != null && inputLine < 1) {
      throw new IllegalArgumentException(
          "bad location " + article + ":" + line + ":" + column + " [" + start + "," + end + ")");
    }
  }

  public Location withRole(String newRole) {
    return new Location(article, line, column, start, end, text, newRole, inputLine);
  }
}
