package dev.sourcecheck;

/**
 * How an audit runs. {@code maxBytes} is the largest input read; {@code storyAll} treats every
 * input as one story instead of grouping articles into stories; {@code rules} turns rules off or
 * changes their severity. Immutable.
 */
public record AuditOptions(long maxBytes, boolean storyAll, RuleSettings rules) {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public AuditOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    java.util.Objects.requireNonNull(rules, "rules");
  }

  public static AuditOptions defaults() {
    return new AuditOptions(DEFAULT_MAX_BYTES, false, RuleSettings.NONE);
  }

  public AuditOptions withMaxBytes(long bytes) {
    return new AuditOptions(bytes, storyAll, rules);
  }

  public AuditOptions withStoryAll(boolean all) {
    return new AuditOptions(maxBytes, all, rules);
  }

  public AuditOptions withRules(RuleSettings settings) {
    return new AuditOptions(maxBytes, storyAll, settings);
  }
}
