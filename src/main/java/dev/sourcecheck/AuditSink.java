package dev.sourcecheck;

import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import java.util.List;

/**
 * Where a streamed audit ({@link Auditor#stream}) puts what it finds, as it finds it: each audited
 * article's entry and own findings in input order, as soon as its batch is done; the input errors
 * in report order; the cross-source findings once the story stage is done. Nothing is scored or
 * sorted yet: {@link Auditor#report} turns what a sink received into the report, and a sink that
 * keeps little (writing to disk, say) does the same in its own way. The calls come from the
 * thread that called {@link Auditor#stream}, one at a time.
 */
public interface AuditSink {
  /** One audited article: its report entry (findings not counted, no score yet) and its own findings. */
  void article(ArticleSummary summary, List<Finding> own);

  /** Findings of the story stage, each located in an article already given. */
  void across(List<Finding> findings);

  /** An input that could not be audited, or the story stage's own failure. */
  void error(InputError error);
}
