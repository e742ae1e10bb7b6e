package dev.sourcecheck;

import dev.sourcecheck.budget.Budget;
import dev.sourcecheck.parse.InputFormat;
import java.time.Duration;
import java.util.Objects;

/**
 * How an audit runs. {@code maxBytes} is the largest input read; {@code storyAll} treats every
 * input as one story instead of grouping articles into stories; {@code inputFormat} says how files
 * named directly and standard input are read (by name, or all as text, HTML or JSON Lines);
 * {@code rules} turns rules off or changes their severity; {@code budget} is what one article may
 * cost (time and rule firings) before it is reported as an error instead. Immutable.
 */
public record AuditOptions(long maxBytes, boolean storyAll, InputFormat inputFormat, RuleSettings rules, Budget budget) {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public AuditOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    Objects.requireNonNull(inputFormat, "inputFormat");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(budget, "budget");
  }

  public AuditOptions(long maxBytes, boolean storyAll, InputFormat inputFormat, RuleSettings rules) {
    this(maxBytes, storyAll, inputFormat, rules, Budget.defaults());
  }

  public AuditOptions(long maxBytes, boolean storyAll) {
    this(maxBytes, storyAll, InputFormat.AUTO, RuleSettings.NONE, Budget.defaults());
  }

  public static AuditOptions defaults() {
    return new AuditOptions(DEFAULT_MAX_BYTES, false, InputFormat.AUTO, RuleSettings.NONE, Budget.defaults());
  }

  public AuditOptions withMaxBytes(long bytes) {
    return new AuditOptions(bytes, storyAll, inputFormat, rules, budget);
  }

  public AuditOptions withStoryAll(boolean all) {
    return new AuditOptions(maxBytes, all, inputFormat, rules, budget);
  }

  public AuditOptions withInputFormat(InputFormat format) {
    return new AuditOptions(maxBytes, storyAll, format, rules, budget);
  }

  public AuditOptions withRules(RuleSettings settings) {
    return new AuditOptions(maxBytes, storyAll, inputFormat, settings, budget);
  }

  /** The wall-clock time one article may take (decode, parse, facts, rules). */
  public AuditOptions withArticleTimeout(Duration timeout) {
    return new AuditOptions(maxBytes, storyAll, inputFormat, rules, budget.withTime(timeout));
  }

  /** The most rule firings one article's session may take. */
  public AuditOptions withMaxFirings(long firings) {
    return new AuditOptions(maxBytes, storyAll, inputFormat, rules, budget.withMaxFirings(firings));
  }
}
