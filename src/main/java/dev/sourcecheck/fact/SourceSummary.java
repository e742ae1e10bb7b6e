package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.attribution.Attribution;
import dev.sourcecheck.attribution.Speakers;
import dev.sourcecheck.finding.QuoteSummary;
import dev.sourcecheck.finding.SourceCounts;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-article quotation list and source counts of the report, read from the attribution model,
 * the facts and the flags of an audited article. Stateless.
 */
public final class SourceSummary {
  private SourceSummary() {}

  /** The article's direct quotations outside boilerplate, in text order, with their speakers. */
  public static List<QuoteSummary> quotes(Article a, List<Object> facts, List<Boilerplate> boilerplate) {
    List<QuoteSummary> out = new ArrayList<>();
    for (Object o : facts) {
      if (o instanceof QuoteSpeaker q && !inBoilerplate(boilerplate, q.start(), q.end())) {
        out.add(new QuoteSummary(q.name(), q.role(), q.text(), q.line(), a.index().column(q.start()), q.start(),
            q.end()));
      }
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /**
   * Distinct sources: {@code named} counts the people and organisations quoted or reported by name
   * (each once, however many quotations or fragments of one quotation are theirs), {@code vague}
   * the distinct anonymous or vague sources the rules reported (each description once),
   * {@code none} the check-worthy assertions the rules reported with no source at all.
   */
  public static SourceCounts counts(Article a, Speakers sp, List<Object> facts, List<Flag> flags,
      List<Boilerplate> boilerplate) {
    Set<String> named = new HashSet<>();
    for (Attribution at : sp.attributions()) {
      var q = a.quotes().get(at.quote());
      if (at.person() != null && !inBoilerplate(boilerplate, q.span().start(), q.span().end())) {
        named.add(at.person());
      }
    }
    for (Object o : facts) {
      if (o instanceof StatementFact s && s.named() && !inBoilerplate(boilerplate, s.start(), s.end())) {
        named.add(s.person());
      }
    }
    Set<String> vague = new HashSet<>();
    int none = 0;
    for (Flag f : flags) {
      if (!f.article().equals(a.id())) {
        continue;
      }
      if (f.rule().equals("attribution.vague-source") || f.rule().equals("attribution.unnamed-critics")) {
        vague.add(Tokens.fold(a.text().substring(f.start(), f.end())));
      } else if (f.rule().equals("attribution.unattributed-claim")) {
        none++;
      }
    }
    return new SourceCounts(named.size(), vague.size(), none);
  }

  static boolean inBoilerplate(List<Boilerplate> boilerplate, int start, int end) {
    for (Boilerplate b : boilerplate) {
      if (b.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }
}
