package dev.sourcecheck.report;

import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import java.io.IOException;

/**
 * A report written as the run produces it: the header once, then every article entry, then every
 * finding in report order ({@link Finding#ORDER}), then the tail. The JSON and SARIF writers write
 * each item to their output as it comes and keep only counts; the HTML and Markdown writers,
 * which lay out an article with its findings, keep what they need until {@link #finish}. A writer
 * is used once, by one thread; it flushes but never closes the output it was given.
 */
public interface ReportWriter {
  /** Starts the report. */
  void start(ReportHeader header) throws IOException;

  /** One audited article; all articles come before the first finding. */
  void article(ArticleSummary article) throws IOException;

  /** One finding; findings come in report order. */
  void finding(Finding finding) throws IOException;

  /** Ends the report with the input errors, skipped files, outlet scores and baseline status, and flushes. */
  void finish(ReportTail tail) throws IOException;

  /** Feeds a whole report to {@code w}. */
  static void writeAll(AuditReport r, ReportHeader header, ReportWriter w) throws IOException {
    w.start(header);
    for (ArticleSummary a : r.articles()) {
      w.article(a);
    }
    for (Finding f : r.findings()) {
      w.finding(f);
    }
    w.finish(ReportTail.of(r));
  }
}
