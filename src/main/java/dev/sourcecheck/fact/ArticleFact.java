package dev.sourcecheck.fact;

import java.time.LocalDate;

/** One audited article as the rules see it. Strings are null when the article does not say. */
public record ArticleFact(
    String article, LocalDate published, String title, String byline, String source, int contributors,
    int sentences, int quotes) {
  public boolean hasPublished() {
    return published != null;
  }

  public boolean hasByline() {
    return byline != null || contributors > 0;
  }

  public boolean hasSource() {
    return source != null;
  }
}
