package dev.sourcecheck.framing;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outcomes and verdicts a headline or deck states ({@link HeadlineClaim}): each outcome or
 * verdict word with the content words of its clause before it (subject) and after it (object),
 * the modality words just before it and the figures in its clause. Stateless.
 */
final class HeadlineClaims {
  private HeadlineClaims() {}

  /** A claim while it is being built: the fact, and the words and figures its evidence is compared with. */
  record Built(HeadlineClaim fact, String[] subject, String[] object, List<Figures.Figure> figures, String family) {}

  /**
   * The claims of the part {@code [from, to)} of {@code scan}, numbered from {@code firstId}. When
   * {@code inText} is false the part is a title that is not in the article: every claim is at 0.
   * {@code quoted} tells whether an offset of the article is inside a quotation.
   */
  /** The most claims read from one headline part (real ones hold one to three). */
  static final int MAX_CLAIMS = 8;

  static List<Built> of(String article, Scan scan, int from, int to, boolean inText, int part, String kind,
      int line, boolean question, java.util.function.IntPredicate quoted, int firstId) {
    List<Match> preds = new ArrayList<>(scan.cues.in(Cues.OUTCOMES, from, to));
    preds.addAll(scan.cues.in(Cues.VERDICTS, from, to));
    for (Match m : scan.cues.in(Cues.BASE, from, to)) {
      if (!beforeContent(scan, m, to)) {
        preds.add(m); // "Profits triple on …", not "Triple suicide attack"
      }
    }
    for (Match m : scan.cues.in(Cues.EVIDENCE, from, to)) {
      if (afterModal(scan, m)) {
        preds.add(m); // "Airline to close base", "Minister will not resign": a verb after "to" or a modal
      }
    }
    preds.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
    Tokens t = scan.tokens;
    List<Match> kept = new ArrayList<>();
    for (Match m : preds) {
      if (kept.isEmpty() || m.start() >= kept.get(kept.size() - 1).end()) {
        kept.add(m);
      }
    }
    int first = t.from(from);
    int last = t.until(to);
    List<Built> out = new ArrayList<>();
    kept.removeIf(m -> m.entry().tag().equals("not")); // an idiom: no outcome stated
    kept.removeIf(m -> noun(scan, m, to)); // "the win", "over cancelled routes": no outcome stated
    for (int q = kept.size() - 2; q >= 0; q--) {
      if (subjectOfNext(t, kept.get(q), kept.get(q + 1))) {
        kept.remove(q); // "as delays soar", "Strikes end": a plural noun, the subject of the outcome after it
      }
    }
    if (kept.size() > MAX_CLAIMS) {
      // a headline states one or two outcomes; a "title" the length of a story would make every
      // claim read the whole body, the product of two article-sized lengths
      kept.subList(MAX_CLAIMS, kept.size()).clear();
    }
    for (int q = 0; q < kept.size(); q++) {
      Match m = kept.get(q);
      int p = t.from(m.start());
      int pe = t.until(m.end());
      int floor = q > 0 ? t.until(kept.get(q - 1).end()) : first;
      int cs = p;
      while (cs > floor && !clauseBreak(t.gapBefore(cs))) {
        cs--;
      }
      int ceiling = q + 1 < kept.size() ? t.from(kept.get(q + 1).start()) : last;
      int ce = pe;
      while (ce < ceiling && !clauseBreak(t.gapBefore(ce))) {
        ce++;
      }
      Stems subject = scan.stems(cs, p);
      if (subject.size() == 0 && cs > floor) {
        // "Phyllis Schlafly, conservative bane of feminists, dies at 92": the subject is before the apposition
        while (cs > floor && !strongBreak(t.gapBefore(cs))) {
          cs--;
        }
        subject = scan.stems(cs, p);
      }
      Stems object = scan.stems(pe, ce);
      int flags = Modality.before(t, scan.cues, p, t.start(first));
      List<Figures.Figure> figs = new ArrayList<>(Figures.find(t, scan.cues, scan.matcher, cs, ce));
      figs.removeIf(f -> f.bound().equals("age")); // "dies at 92": not the outcome's quantity
      String figure = figs.isEmpty() ? null : scan.text.substring(figs.get(0).start(), figs.get(0).end());
      boolean verdict = m.lexicon().name().equals(Cues.VERDICTS);
      int start = inText ? m.start() : 0;
      int end = inText ? m.end() : 0;
      HeadlineClaim c = new HeadlineClaim(article, firstId + out.size(), part, kind, verdict ? "verdict" : "outcome",
          m.entry().tag(), scan.text.substring(m.start(), m.end()), start, end, line, subject.size(), object.size(),
          (flags & Modality.NEG) != 0, (flags & Modality.IRREALIS) != 0, (flags & Modality.INTENT) != 0,
          (flags & Modality.FUTURE) != 0,
          (flags & Modality.HEDGE) != 0, figs.size(), figure, figs.isEmpty() ? "exact" : figs.get(0).bound(), -1, question, inText && quoted.test(m.start()));
      out.add(new Built(c, subject.all(), object.all(), figs, verdict ? Cues.VERDICTS : Cues.OUTCOMES));
    }
    return out;
  }

  /**
   * Whether outcome word {@code m} is a plural noun that is the subject of outcome word {@code next}
   * right after it ("delays soar", "strikes end"): one word ending in -s, nothing between the two.
   */
  static boolean subjectOfNext(Tokens t, Match m, Match next) {
    int p = t.from(m.start());
    return t.until(m.end()) == p + 1 && t.from(next.start()) == p + 1 && t.word(p).endsWith("s")
        && t.gapBefore(p + 1).isBlank();
  }

  /** Whether a word of {@code claim-modality} ("to", "will", "not") ends right before {@code m}. */
  static boolean afterModal(Scan scan, Match m) {
    Tokens t = scan.tokens;
    int p = t.from(m.start());
    if (p == 0 || Modality.breaks(t.gapBefore(p))) {
      return false;
    }
    for (Match c : scan.cues.in(Cues.MODALITY, t.start(Math.max(0, p - 3)), t.end(p - 1))) {
      if (c.end() == t.end(p - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code m} is a noun or an adjective rather than a verb: a determiner or a possessive
   * before it ("the win", "the charity's ties"), a count before a plural ("six defeats"), or a
   * preposition before it and a content word after it ("over cancelled routes").
   */
  static boolean noun(Scan scan, Match m, int to) {
    Tokens t = scan.tokens;
    int p = t.from(m.start());
    if (p == 0 || Modality.breaks(t.gapBefore(p))) {
      return false;
    }
    if (t.is(p - 1, Tokens.POSSESSIVE)) {
      return true;
    }
    Match count = scan.cues.startingAt(Cues.FIGURES, t.start(p - 1));
    boolean number = t.is(p - 1, Tokens.NUMBER) || count != null && count.entry().tag().startsWith("n:");
    if (number && t.word(p).endsWith("s")) {
      return true; // "after six defeats", "three wins": a plural noun after a count
    }
    Match before = scan.cues.startingAt(Cues.FUNCTION, t.start(p - 1));
    String tag = before != null && before.end() == t.end(p - 1) ? before.entry().tag() : "";
    // "to" is a preposition too, but before an outcome word it is the headline's future ("to close")
    return DETERMINERS.contains(tag) || tag.equals("prep") && !afterModal(scan, m) && beforeContent(scan, m, to);
  }

  /** The tags of function-words that make the next word a noun: articles, demonstratives, possessives. */
  static final java.util.Set<String> DETERMINERS =
      java.util.Set.of("det", "indef", "dem", "poss", "poss-m", "poss-f", "poss-n", "poss-p");

  /** Whether a content word (not a function word, a number or punctuation) follows {@code m} before {@code to}. */
  static boolean beforeContent(Scan scan, Match m, int to) {
    Tokens t = scan.tokens;
    int n = t.from(m.end());
    return n < t.size() && t.start(n) < to && !Modality.breaks(t.gapBefore(n)) && !scan.skip[n]
        && !t.is(n, Tokens.NUMBER);
  }

  /** Punctuation that ends a headline's clause even across an apposition: a colon, semicolon, dash or bar. */
  static boolean strongBreak(String gap) {
    for (int i = 0; i < gap.length(); i++) {
      if (";:|—–?!".indexOf(gap.charAt(i)) >= 0) {
        return true;
      }
    }
    return gap.strip().equals("-");
  }

  /** Punctuation that ends a headline's clause: a comma, colon, semicolon, dash, bar, bracket, ? or !. */
  static boolean clauseBreak(String gap) {
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (",;:|()[]?!—–".indexOf(c) >= 0 || c == '-' && gap.strip().equals("-") || c == '.' && i + 1 < gap.length()) {
        return true;
      }
    }
    return false;
  }
}
