package dev.sourcecheck.framing;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.Lexicon;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The framing facts of one article: its headline and deck ({@link HeadlineFact}), the outcomes
 * and verdicts they state ({@link HeadlineClaim}) and the body sentences that report the same
 * ({@link ClaimEvidence}), the shape of each quoted phrase ({@link QuotedPhrase}) and where
 * clauses break ({@link ClauseBreak}). Java
 * measures, the rules judge. Every pass is linear in the article's length, every window bounded.
 * Stateless and thread-safe.
 */
public final class FramingFacts {
  private FramingFacts() {}

  /**
   * Word lists read only here, never by a rule: their matches need no {@code Cue} fact (they are
   * frequent words, and a fact each would cost every rule session).
   */
  private static final Set<String> READ_IN_JAVA =
      Set.of(Cues.FILLER, Cues.MODALITY, Cues.FIGURES, Cues.OUTCOMES, Cues.EVIDENCE, Cues.BASE, Cues.OPENERS,
          Cues.LEDE, Cues.VERDICT_EVIDENCE, Cues.CONTRASTS); // speech-nouns: the attribution model reads it too

  /** Whether the matches of {@code lexicon} are read by this class only (no {@code Cue} facts needed). */
  public static boolean readInJava(String lexicon) {
    return READ_IN_JAVA.contains(lexicon);
  }

  /**
   * The matches of every other word list: what the other stages read (the framing lists hold
   * frequent words, and every stage that scans the matches would pay for them).
   */
  public static List<Match> others(List<Match> matches) {
    List<Match> out = new ArrayList<>(matches.size());
    for (Match m : matches) {
      if (!READ_IN_JAVA.contains(m.lexicon().name())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The facts for {@code a}, given its words and the lexicon matches over them; {@code matcher} (may be
   * null) matches a title that is not in the text, {@code lexicons} are the rule set's word lists
   * by name (for the ones read as tables rather than matched in the text).
   */
  public static List<Object> find(Article a, Tokens words, List<Match> matches, LexiconMatcher matcher,
      Map<String, Lexicon> lexicons) {
    List<Sentence> ss = a.sentences();
    Cues cues = new Cues(matches);
    List<HeadlineParts.Part> parts = HeadlineParts.find(a, cues);
    IntPredicate quoted = offset -> inQuote(a.quotes(), offset);
    List<Object> out = new ArrayList<>();
    if (claimsPossible(cues, parts)) {
      // the article's words are indexed only when a headline has an outcome or verdict word to check
      Scan scan = new Scan(a.text(), words, cues, matcher);
      boolean[] body = new boolean[ss.size()];
      Deadline deadline = Deadline.current();
      for (Sentence s : ss) {
        deadline.tick();
        body[s.index()] = a.paragraphs().get(s.paragraph()).kind() == Paragraph.Kind.BODY;
        for (HeadlineParts.Part p : parts) {
          body[s.index()] &= !(p.end() > p.start() && s.span().start() < p.end() && p.start() < s.span().end());
        }
      }
      claims(a, scan, parts, body, quoted, lexicons.get(Cues.CONTRASTS), out);
    } else {
      for (int n = 0; n < parts.size(); n++) {
        out.add(headline(a, parts.get(n), n));
      }
    }
    out.addAll(QuoteShapes.find(a, words, cues, parts));
    clauseBreaks(a, cues, out);
    afterAccordingTo(a, cues, out);
    return out;
  }

  /** Whether a headline part holds a word that may state an outcome or a verdict (or is a title not in the text). */
  private static boolean claimsPossible(Cues cues, List<HeadlineParts.Part> parts) {
    for (HeadlineParts.Part p : parts) {
      if (p.end() == p.start()) {
        return true;
      }
      for (String lexicon : List.of(Cues.OUTCOMES, Cues.VERDICTS, Cues.BASE, Cues.EVIDENCE)) {
        if (!cues.in(lexicon, p.start(), p.end()).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private static HeadlineFact headline(Article a, HeadlineParts.Part p, int n) {
    boolean inText = p.end() > p.start();
    return new HeadlineFact(a.id(), n, p.kind(), p.source(), p.start(), p.end(), inText ? a.index().line(p.start()) : 1,
        p.text().strip(), p.text().strip().endsWith("?"));
  }

  private static void claims(Article a, Scan scan, List<HeadlineParts.Part> parts, boolean[] body, IntPredicate quoted,
      Lexicon contrasts, List<Object> out) {
    HeadlineEvidence evidence = new HeadlineEvidence(a, scan, body, quoted, contrasts);
    int claims = 0;
    for (int n = 0; n < parts.size(); n++) {
      HeadlineParts.Part p = parts.get(n);
      HeadlineFact h = headline(a, p, n);
      out.add(h);
      boolean inText = p.end() > p.start();
      Scan own = inText ? scan : Scan.of(p.text(), scan.matcher);
      int from = inText ? p.start() : 0;
      int to = inText ? p.end() : p.text().length();
      for (HeadlineClaims.Built c : HeadlineClaims.of(a.id(), own, from, to, inText, n, p.kind(), h.line(), h.question(),
          quoted, claims)) {
        out.add(c.fact().withBodyFigureRatio(evidence.bodyFigureRatio(c)));
        out.addAll(evidence.of(c));
        claims++;
      }
    }
  }

  /** Semicolons and spaced dashes inside sentences, and a comma before a clause opener. */
  private static void clauseBreaks(Article a, Cues cues, List<Object> out) {
    String text = a.text();
    Deadline deadline = Deadline.current();
    for (Sentence s : a.sentences()) {
      deadline.tick();
      int from = s.span().start();
      int to = s.span().end();
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        boolean dash = (c == '—' || c == '–' || c == '-') && i > from && text.charAt(i - 1) == ' '
            && i + 1 < to && text.charAt(i + 1) == ' ';
        if (c == ';' || dash) {
          out.add(new ClauseBreak(a.id(), s.index(), i, i + 1));
        }
      }
    }
    for (Match m : cues.only(Cues.OPENERS)) {
      deadline.tick();
      int k = m.start() - 1;
      while (k >= 0 && text.charAt(k) == ' ') {
        k--;
      }
      int si = a.sentenceAt(m.start());
      if (k >= 0 && text.charAt(k) == ',' && si >= 0 && a.sentenceAt(k) == si) {
        out.add(new ClauseBreak(a.id(), si, k, m.end()));
      }
    }
  }

  /** Words of a clause before a trailing "according to X," at least (fewer: a subject, "Conditions, according to …, were"). */
  private static final int MIN_CLAUSE_WORDS = 5;
  /** Words of the source phrase after "according to", at most. */
  private static final int MAX_SOURCE_WORDS = 12;

  /**
   * The comma that closes a trailing "according to X" set off after a clause ("Crestline is in talks
   * to buy Harvest Basket, according to people familiar with the talks, in a blockbuster deal …"): the
   * attribution sources the clause before it, and the words after its comma are the outlet's again.
   * Not when the sentence's predicate follows ("Conditions, according to the lawsuit, were …").
   */
  private static void afterAccordingTo(Article a, Cues cues, List<Object> out) {
    String text = a.text();
    for (Match m : cues.only(Cues.VERBS)) {
      int si = a.sentenceAt(m.start());
      if (!m.entry().term().equals("according to") || si < 0) {
        continue;
      }
      Sentence s = a.sentences().get(si);
      int k = m.start() - 1;
      while (k > s.span().start() && text.charAt(k) == ' ') {
        k--;
      }
      if (k <= s.span().start() || text.charAt(k) != ',' || words(text, s.span().start(), k) < MIN_CLAUSE_WORDS) {
        continue;
      }
      int j = m.end();
      while (j < s.span().end() && ",;.:\"“”—–(".indexOf(text.charAt(j)) < 0) {
        j++;
      }
      if (j >= s.span().end() || text.charAt(j) != ',' || words(text, m.end(), j) > MAX_SOURCE_WORDS) {
        continue;
      }
      int n = j + 1;
      while (n < s.span().end() && text.charAt(n) == ' ') {
        n++;
      }
      Match next = cues.startingAt(Cues.FUNCTION, n);
      String tag = next == null ? "" : next.tag();
      if (n < s.span().end() && Character.isLetter(text.charAt(n)) && !tag.equals("be") && !tag.equals("aux")) {
        out.add(new ClauseBreak(a.id(), si, j, j + 1));
      }
    }
  }

  private static int words(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ' && (i == from || text.charAt(i - 1) == ' ')) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code offset} is inside the words of a quotation (quotations are in text order). */
  static boolean inQuote(List<Quote> qs, int offset) {
    int lo = 0;
    int hi = qs.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Quote q = qs.get(mid);
      if (offset < q.span().start()) {
        hi = mid - 1;
      } else if (offset >= q.span().end()) {
        lo = mid + 1;
      } else {
        return q.inner().start() <= offset && offset < q.inner().end();
      }
    }
    return false;
  }
}
