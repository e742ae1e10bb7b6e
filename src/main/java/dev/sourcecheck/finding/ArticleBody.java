package dev.sourcecheck.finding;

import java.util.List;

/**
 * The text of an audited article as reports that show it need it (HTML): the decoded text every
 * offset indexes, and the spans the boilerplate rules marked as not article text, sorted by start.
 * Immutable.
 */
public record ArticleBody(String text, List<Span> boilerplate) {
  public ArticleBody {
    java.util.Objects.requireNonNull(text, "text");
    boilerplate = boilerplate.stream().sorted(java.util.Comparator.comparingInt(Span::start)).toList();
  }

  /** {@code [start, end)} of the text. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
      }
    }
  }
}
