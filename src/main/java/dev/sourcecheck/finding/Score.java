package dev.sourcecheck.finding;

import java.util.List;

/**
 * An explained reliability score, 0 to 100, as the {@code score.*} rules computed it: the value,
 * every reason that cost or earned points, and the rule that computed the value. A triage aid
 * (which article to read first), not a verdict on an article or an outlet. Immutable.
 */
public record Score(int value, List<Reason> reasons, String rule) {
  public Score {
    java.util.Objects.requireNonNull(rule, "rule");
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("a score is 0 to 100, got " + value);
    }
    reasons = List.copyOf(reasons);
  }

  /**
   * One reason: the scoring rule that gave it, the points it cost (negative) or earned (positive),
   * and what it is about in plain words ("3 of 7 sources are vague").
   */
  public record Reason(String rule, int points, String text) {
    public Reason {
      java.util.Objects.requireNonNull(rule, "rule");
      java.util.Objects.requireNonNull(text, "text");
    }
  }
}
