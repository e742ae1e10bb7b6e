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
    Spans junk = new Spans(boilerplate);
    for (Object o : facts) {
      if (o instanceof QuoteSpeaker q && !junk.overlaps(q.start(), q.end())) {
        out.add(new QuoteSummary(q.name(), q.role(), q.text(), q.line(), a.index().column(q.start()), q.start(),
            q.end(), q.how()));
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
    Spans junk = new Spans(boilerplate);
    for (Attribution at : sp.attributions()) {
      var q = a.quotes().get(at.quote());
      if (at.person() != null && !junk.overlaps(q.span().start(), q.span().end())) {
        named.add(at.person());
      }
    }
    for (Object o : facts) {
      if (o instanceof StatementFact s && s.named() && !junk.overlaps(s.start(), s.end())) {
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

  /**
   * Boilerplate spans merged and sorted once, so that each question "does [start, end) overlap
   * boilerplate" is one binary search: a pass over every span per quotation made the summary
   * quadratic on pages with many quotations and many boilerplate lines.
   */
  static final class Spans {
    private final int[] starts;
    private final int[] ends;

    Spans(List<Boilerplate> boilerplate) {
      List<int[]> spans = new ArrayList<>(boilerplate.size());
      for (Boilerplate b : boilerplate) {
        if (b.end() > b.start()) {
          spans.add(new int[] {b.start(), b.end()});
        }
      }
      spans.sort((x, y) -> Integer.compare(x[0], y[0]));
      List<int[]> merged = new ArrayList<>(spans.size());
      for (int[] sp : spans) {
        int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && sp[0] <= last[1]) {
          last[1] = Math.max(last[1], sp[1]);
        } else {
          merged.add(new int[] {sp[0], sp[1]});
        }
      }
      starts = new int[merged.size()];
      ends = new int[merged.size()];
      for (int i = 0; i < merged.size(); i++) {
        starts[i] = merged.get(i)[0];
        ends[i] = merged.get(i)[1];
      }
    }

    /** Whether a boilerplate span overlaps {@code [start, end)}. */
    boolean overlaps(int start, int end) {
      int lo = 0;
      int hi = ends.length;
      while (lo < hi) { // the first span ending after start
        int mid = (lo + hi) >>> 1;
        if (ends[mid] <= start) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo < ends.length && starts[lo] < end;
    }
  }
}
