package dev.sourcecheck.budget;

import java.time.Duration;
import java.util.Objects;

/**
 * What one article may cost: wall-clock {@code time} for its whole per-article work (decode, parse,
 * facts, rules) and at most {@code maxFirings} rule firings in one Drools session. Immutable.
 */
public record Budget(Duration time, long maxFirings) {
  /** The default time per article (the CLI's {@code --article-timeout}). */
  public static final Duration DEFAULT_TIME = Duration.ofSeconds(10);

  /**
   * The default firing limit per session. Measured with the bundled rules: 4 to 10 firings per
   * seed article, and at most about 30,000 for a 1 MB pathological article (a photo or credit cue
   * on every line; 0.25 per fact), so a 10 MB article stays well below it, while a rule that keeps
   * re-triggering itself is stopped within seconds.
   */
  public static final long DEFAULT_MAX_FIRINGS = 1_000_000;

  public Budget {
    Objects.requireNonNull(time, "time");
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException("the article time budget must be positive, got " + time);
    }
    if (maxFirings <= 0) {
      throw new IllegalArgumentException("the rule-firing limit must be positive, got " + maxFirings);
    }
  }

  public static Budget defaults() {
    return new Budget(DEFAULT_TIME, DEFAULT_MAX_FIRINGS);
  }

  public Budget withTime(Duration t) {
    return new Budget(t, maxFirings);
  }

  public Budget withMaxFirings(long n) {
    return new Budget(time, n);
  }

  /** {@code 10 s}, {@code 250 ms}: how a budget is named in error messages. */
  public static String describe(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }
}
