package dev.sourcecheck.report;

import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link ReportView} of a whole report held in memory. Immutable. */
final class WholeView implements ReportView {
  private final AuditReport r;
  private final ReportHeader header;

  WholeView(AuditReport r, ReportHeader header) {
    this.r = r;
    this.header = header;
  }

  @Override
  public ReportHeader header() {
    return header;
  }

  @Override
  public int articles() {
    return r.articles().size();
  }

  @Override
  public ReportTail tail() {
    return ReportTail.of(r);
  }

  @Override
  public void eachArticle(ArticleVisitor v) throws IOException {
    Map<String, List<Finding>> byArticle = r.findingsByArticle();
    Map<String, Integer> first = new HashMap<>();
    List<Finding> fs = r.findings();
    for (int i = 0; i < fs.size(); i++) {
      first.putIfAbsent(fs.get(i).location().article(), i);
    }
    for (ArticleSummary a : r.articles()) {
      v.article(a, byArticle.getOrDefault(a.id(), List.of()), first.getOrDefault(a.id(), 0));
    }
  }

  @Override
  public void eachFinding(FindingVisitor v) throws IOException {
    List<Finding> fs = r.findings();
    for (int i = 0; i < fs.size(); i++) {
      v.finding(fs.get(i), i);
    }
  }
}
