package dev.sourcecheck.report;

import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Finding;
import java.io.IOException;
import java.util.List;

/**
 * A report that can be read, article by article, as often as a layout needs: the text, Markdown
 * and HTML reports lay each article out with its findings and read the run in one or more passes
 * instead of holding it. Backed by a whole {@link dev.sourcecheck.finding.AuditReport} ({@link
 * #of}) or by a run kept on disk ({@link SpilledReport#view}), which holds only what is read in
 * the current step (one article and its findings). Either gives a writer the same items, so a
 * report is the same bytes whichever backs it. One reader at a time.
 */
public interface ReportView {
  /** The version, rules hash and rule catalog. */
  ReportHeader header();

  /** How many articles the report holds. */
  int articles();

  /** The input errors, skipped files, outlets' scores and baseline status. */
  ReportTail tail();

  /**
   * Each article in report order (scored, its shown findings counted) with its findings in report
   * order, and the position of the first of them among all the report's findings.
   */
  void eachArticle(ArticleVisitor v) throws IOException;

  /** Every finding of the report in report order ({@link Finding#ORDER}), with its position. */
  void eachFinding(FindingVisitor v) throws IOException;

  /** What {@link #eachArticle} gives, one article at a time. */
  @FunctionalInterface
  interface ArticleVisitor {
    void article(ArticleSummary a, List<Finding> findings, int first) throws IOException;
  }

  /** What {@link #eachFinding} gives, one finding at a time. */
  @FunctionalInterface
  interface FindingVisitor {
    void finding(Finding f, int number) throws IOException;
  }

  /** The view of a whole report. */
  static ReportView of(dev.sourcecheck.finding.AuditReport r, ReportHeader header) {
    return new WholeView(r, header);
  }

  /** Feeds the view to a writer of the item-by-item kind ({@link ReportWriter}: JSON, SARIF). */
  static void feed(ReportView v, ReportWriter w) throws IOException {
    w.start(v.header());
    v.eachArticle((a, fs, first) -> w.article(a));
    v.eachFinding((f, n) -> w.finding(f));
    w.finish(v.tail());
  }
}
