package dev.sourcecheck;

/**
 * Told how an audit advances, for a progress display: how many articles there are to audit, then
 * each article done (from several threads at once), then the end. Implementations must be
 * thread-safe; the library itself never displays anything.
 */
public interface Progress {
  /** Does nothing. */
  Progress NONE = new Progress() {};

  /** The audit of {@code articles} articles starts. */
  default void started(int articles) {}

  /** One more article was audited; called from the auditing threads. */
  default void articleDone() {}

  /** The audit is over (the report is being built). */
  default void finished() {}
}
