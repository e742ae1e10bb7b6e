package dev.sourcecheck.finding;

import java.util.List;

/**
 * How a run compares with a baseline: how many of its findings the baseline already held (and are
 * no longer reported), and the baseline's entries no finding matched any more: fixed since.
 * Immutable.
 */
public record BaselineStatus(String file, int known, List<Entry> fixed) {
  public BaselineStatus {
    java.util.Objects.requireNonNull(file, "file");
    fixed = List.copyOf(fixed);
  }

  /** A recorded finding: its fingerprint, rule, article and text as the baseline holds them. */
  public record Entry(String fingerprint, String rule, String article, String text) {
    public Entry {
      java.util.Objects.requireNonNull(fingerprint, "fingerprint");
      java.util.Objects.requireNonNull(rule, "rule");
      java.util.Objects.requireNonNull(article, "article");
      text = text == null ? "" : text;
    }
  }
}
