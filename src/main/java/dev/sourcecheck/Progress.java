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

  /**
   * These findings are final, with the rule settings applied, as they will be in the report: an
   * article's own findings once its rules ran (the articles of a batch in input order), then the
   * cross-source findings once the story stage is done. Called from the thread that runs the
   * audit, once for each finding; for writers that stream findings (JSON Lines).
   */
  default void findings(java.util.List<dev.sourcecheck.finding.Finding> findings) {}

  /** An input could not be read or audited: its error, as it will be in the report, in report order. */
  default void failed(dev.sourcecheck.finding.InputError error) {}
}
