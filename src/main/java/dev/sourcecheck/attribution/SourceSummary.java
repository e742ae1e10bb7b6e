package dev.sourcecheck.attribution;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Boilerplate;
import dev.sourcecheck.fact.ClaimFact;
import dev.sourcecheck.fact.Flag;
import dev.sourcecheck.fact.QuoteSpeaker;
import dev.sourcecheck.finding.QuoteSummary;
import dev.sourcecheck.finding.SourceCounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-article quotation list and source counts of the report, read from the facts and flags
 * of an audited article. Stateless.
 */
public final class SourceSummary {
  private SourceSummary() {}

  /** The article's direct quotations outside boilerplate, in text order, with their speakers. */
  public static List<QuoteSummary> quotes(AuditedArticle r) {
    List<QuoteSummary> out = new ArrayList<>();
    var a = r.article();
    for (Object o : r.facts()) {
      if (o instanceof QuoteSpeaker q && !inBoilerplate(r, q.start(), q.end())) {
        out.add(new QuoteSummary(q.name(), q.role(), q.text(), q.line(), a.index().column(q.start()), q.start(),
            q.end()));
      }
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /**
   * Named, vague and absent sources: sentences attributed to a named source (or holding an
   * attributed quotation), vague attributions and criticism without a critic the rules reported,
   * and check-worthy assertions the rules reported as unattributed.
   */
  public static SourceCounts counts(AuditedArticle r) {
    Set<Integer> named = new HashSet<>();
    for (Object o : r.facts()) {
      if (o instanceof ClaimFact c && !inBoilerplate(r, c.start(), c.end())
          && (c.kind().equals("named") || c.kind().equals("quote") || c.kind().equals("attributed"))) {
        named.add(c.sentence());
      }
    }
    int vague = 0;
    int none = 0;
    for (Flag f : r.flags()) {
      if (f.rule().equals("attribution.vague-source") || f.rule().equals("attribution.unnamed-critics")) {
        vague++;
      } else if (f.rule().equals("attribution.unattributed-claim")) {
        none++;
      }
    }
    return new SourceCounts(named.size(), vague, none);
  }

  static boolean inBoilerplate(AuditedArticle r, int start, int end) {
    for (Boilerplate b : r.boilerplate()) {
      if (b.article().equals(r.article().id()) && b.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }
}
