package dev.sourcecheck;

import dev.sourcecheck.parse.InputFormat;

/**
 * How an audit runs. {@code maxBytes} is the largest input read; {@code storyAll} treats every
 * input as one story instead of grouping articles into stories; {@code inputFormat} says how files
 * named directly and standard input are read (by name, or all as text, HTML or JSON Lines);
 * {@code rules} turns rules off or changes their severity. Immutable.
 */
public record AuditOptions(long maxBytes, boolean storyAll, InputFormat inputFormat, RuleSettings rules) {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public AuditOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    java.util.Objects.requireNonNull(inputFormat, "inputFormat");
    java.util.Objects.requireNonNull(rules, "rules");
  }

  public AuditOptions(long maxBytes, boolean storyAll) {
    this(maxBytes, storyAll, InputFormat.AUTO, RuleSettings.NONE);
  }

  public static AuditOptions defaults() {
    return new AuditOptions(DEFAULT_MAX_BYTES, false, InputFormat.AUTO, RuleSettings.NONE);
  }

  public AuditOptions withMaxBytes(long bytes) {
    return new AuditOptions(bytes, storyAll, inputFormat, rules);
  }

  public AuditOptions withStoryAll(boolean all) {
    return new AuditOptions(maxBytes, all, inputFormat, rules);
  }

  public AuditOptions withInputFormat(InputFormat format) {
    return new AuditOptions(maxBytes, storyAll, format, rules);
  }

  public AuditOptions withRules(RuleSettings settings) {
    return new AuditOptions(maxBytes, storyAll, inputFormat, settings);
  }
}
