package dev.sourcecheck.attribution;

import dev.sourcecheck.ArticleResult;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.fact.Boilerplate;
import dev.sourcecheck.finding.QuoteSummary;
import dev.sourcecheck.finding.SourceCounts;
import java.util.ArrayList;
import java.util.List;

/** The per-article quotation list and source counts of the report. Stateless. */
public final class SourceSummary {
  private SourceSummary() {}

  /** The article's direct quotations outside boilerplate, in text order, with their speakers. */
  public static List<QuoteSummary> quotes(ArticleResult r) {
    List<QuoteSummary> out = new ArrayList<>();
    var a = r.article();
    for (Quote q : a.quotes()) {
      if (inBoilerplate(r, q.span().start(), q.span().end())) {
        continue;
      }
      out.add(new QuoteSummary(null, null, q.text(), a.index().line(q.span().start()),
          a.index().column(q.span().start()), q.span().start(), q.span().end()));
    }
    return out;
  }

  /** Named, vague and absent sources. */
  public static SourceCounts counts(ArticleResult r) {
    return SourceCounts.ZERO;
  }

  static boolean inBoilerplate(ArticleResult r, int start, int end) {
    for (Boilerplate b : r.result().boilerplate()) {
      if (b.article().equals(r.article().id()) && b.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }
}
