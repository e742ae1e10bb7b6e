package dev.sourcecheck.framing;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The body sentences that report a headline claim's outcome or verdict ({@link ClaimEvidence}):
 * every body word of the claim's group, with the claim's subject and object words counted in its
 * sentence and the sentences next to it, its modality and how its sentence's figures compare. Each sentence's
 * words and figures are read once. Not thread-safe: one per article.
 */
final class HeadlineEvidence {
  /** Evidence kept per claim: the first ones in the text. */
  static final int MAX = 40;
  /** How many body sentences before the evidence may name its subject. */
  static final int NEAR = 2;
  /** Words between an evidence word and a figure that is its own ("killed at least 12"). */
  static final int FIGURE_NEAR = 4;

  private final Article a;
  private final Scan scan;
  private final boolean[] body;
  private final IntPredicate quoted;
  private final Stems[] stems;
  private final List<List<Figures.Figure>> figures;
  private final Map<String, Map<String, List<Match>>> byGroup = new HashMap<>();

  /** Per headline group, the groups whose body words contradict it ({@code outcome-contrasts}). */
  private final Map<String, List<String>> contrasts = new HashMap<>();

  HeadlineEvidence(Article a, Scan scan, boolean[] body, IntPredicate quoted, dev.sourcecheck.lexicon.Lexicon contrast) {
    this.a = a;
    this.scan = scan;
    this.body = body;
    this.quoted = quoted;
    int n = a.sentences().size();
    this.stems = new Stems[n];
    this.figures = new ArrayList<>(java.util.Collections.nCopies(n, null));
    index(Cues.OUTCOMES, Cues.OUTCOMES);
    index(Cues.EVIDENCE, Cues.OUTCOMES);
    index(Cues.BASE, Cues.OUTCOMES);
    index(Cues.VERDICTS, Cues.VERDICTS);
    index(Cues.VERDICT_EVIDENCE, Cues.VERDICTS);
    if (contrast != null) {
      for (dev.sourcecheck.lexicon.Lexicon.Entry e : contrast.entries()) {
        for (String g : e.tag().split(",")) {
          contrasts.computeIfAbsent(e.term(), k -> new ArrayList<>()).add(g.strip());
        }
      }
    }
  }

  private void index(String lexicon, String family) {
    Map<String, List<Match>> m = byGroup.computeIfAbsent(family, k -> new HashMap<>());
    for (Match x : scan.cues.all(lexicon)) {
      m.computeIfAbsent(x.entry().tag(), k -> new ArrayList<>()).add(x);
    }
    for (List<Match> l : m.values()) {
      l.sort(java.util.Comparator.comparingInt(Match::start));
    }
  }

  List<ClaimEvidence> of(HeadlineClaims.Built c) {
    List<ClaimEvidence> out = new ArrayList<>();
    of(c, c.fact().group(), false, out);
    if (c.family().equals(Cues.OUTCOMES)) {
      for (String g : contrasts.getOrDefault(c.fact().group(), List.of())) {
        of(c, g, true, out);
      }
    }
    return out;
  }

  /** The closest figure of a kind of the claim's in any body sentence, as a ratio to the claim's; see HeadlineClaim. */
  double bodyFigureRatio(HeadlineClaims.Built c) {
    if (c.figures().isEmpty()) {
      return -1;
    }
    double best = 0;
    Deadline deadline = Deadline.current();
    for (int si = 0; si < body.length; si++) {
      deadline.tick();
      if (body[si] && closest(c.figures(), figures(si)) != null
          && (best == 0 || Math.abs(Math.log(bestRatio)) < Math.abs(Math.log(best)))) {
        best = bestRatio;
      }
    }
    return best;
  }

  private void of(HeadlineClaims.Built c, String group, boolean contrast, List<ClaimEvidence> out) {
    HeadlineClaim h = c.fact();
    Tokens t = scan.tokens;
    int lastEnd = -1;
    int kept = 0;
    Deadline deadline = Deadline.current();
    for (Match m : byGroup.get(c.family()).getOrDefault(group, List.of())) {
      deadline.tick();
      int si = a.sentenceAt(m.start());
      if (si < 0 || !body[si] || m.start() < lastEnd) {
        continue;
      }
      lastEnd = m.end();
      Sentence s = a.sentences().get(si);
      int subject = stems(si).shared(c.subject());
      int near = 0;
      for (String w : c.subject()) {
        for (int k = si - 1, seen = 0; k >= 0 && seen < NEAR; k--) {
          if (body[k]) {
            seen++;
            if (stems(k).has(w)) {
              near++;
              break;
            }
          }
        }
      }
      int object = 0;
      for (String w : c.object()) {
        if (stems(si).has(w) || si > 0 && body[si - 1] && stems(si - 1).has(w)
            || si + 1 < body.length && body[si + 1] && stems(si + 1).has(w)) {
          object++;
        }
      }
      int flags = Modality.before(t, scan.cues, t.from(m.start()), s.span().start());
      double ratio = -1;
      String figure = null;
      boolean ownFigure = false;
      if (!c.figures().isEmpty()) {
        // the evidence's own sentence; only when it has no figure of the claim's kinds, the ones next to it
        Figures.Figure best = closest(c.figures(), figures(si));
        for (int k : new int[] {si + 1, si - 1}) {
          if (best == null && k >= 0 && k < body.length && body[k]) {
            best = closest(c.figures(), figures(k));
          }
        }
        ratio = best == null ? 0 : bestRatio;
        figure = best == null ? null : scan.text.substring(best.start(), best.end());
        if (best != null) {
          int fs = t.from(best.start());
          int we = t.until(m.end());
          ownFigure = (fs >= we ? fs - we : t.from(m.start()) - t.until(best.end())) <= FIGURE_NEAR;
        }
      }
      String text = s.text().length() > 200 ? s.text().substring(0, 200) + "…" : s.text();
      out.add(new ClaimEvidence(h.article(), h.claim(), si, m.start(), m.end(), a.index().line(m.start()),
          scan.text.substring(m.start(), m.end()), subject, near, object, (flags & Modality.NEG) != 0,
          (flags & Modality.IRREALIS) != 0, (flags & Modality.INTENT) != 0, (flags & Modality.FUTURE) != 0,
          (flags & Modality.DECIDED) != 0,
          (flags & Modality.HEDGE) != 0, quoted.test(m.start()), ratio, figure, ownFigure, text.strip(), contrast));
      if (++kept == MAX) {
        break;
      }
    }
  }

  private double bestRatio;

  /** The figure of {@code body} of a kind of {@code claim} whose ratio to it is closest to 1 (kept in bestRatio). */
  private Figures.Figure closest(List<Figures.Figure> claim, List<Figures.Figure> body) {
    Figures.Figure best = null;
    for (Figures.Figure b : body) {
      for (Figures.Figure hf : claim) {
        // a headline drops the currency ("signs striker for 40 million"): its count may be the body's money
        boolean kind = b.kind().equals(hf.kind()) || hf.kind().equals("count") && b.kind().equals("money");
        if (kind && hf.value() > 0 && b.value() > 0) {
          double r = b.value() / hf.value();
          if (best == null || Math.abs(Math.log(r)) < Math.abs(Math.log(bestRatio))) {
            best = b;
            bestRatio = r;
          }
        }
      }
    }
    return best;
  }

  private Stems stems(int si) {
    if (stems[si] == null) {
      Sentence s = a.sentences().get(si);
      stems[si] = scan.stems(scan.tokens.from(s.span().start()), scan.tokens.until(s.span().end()));
    }
    return stems[si];
  }

  private List<Figures.Figure> figures(int si) {
    if (figures.get(si) == null) {
      Sentence s = a.sentences().get(si);
      Tokens t = scan.tokens;
      figures.set(si, Figures.find(t, scan.cues, scan.matcher, t.from(s.span().start()), t.until(s.span().end())));
    }
    return figures.get(si);
  }
}
