package dev.sourcecheck;

/**
 * How an audit runs. {@code maxBytes} is the largest input read; {@code storyAll} treats every
 * input as one story instead of grouping articles into stories. Immutable.
 */
public record AuditOptions(long maxBytes, boolean storyAll) {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public AuditOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  public static AuditOptions defaults() {
    return new AuditOptions(DEFAULT_MAX_BYTES, false);
  }

  public AuditOptions withMaxBytes(long bytes) {
    return new AuditOptions(bytes, storyAll);
  }

  public AuditOptions withStoryAll(boolean all) {
    return new AuditOptions(maxBytes, all);
  }
}
