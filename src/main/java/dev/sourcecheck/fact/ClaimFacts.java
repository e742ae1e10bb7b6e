package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Positions;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.attribution.Attribution;
import dev.sourcecheck.attribution.Mention;
import dev.sourcecheck.attribution.Speakers;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.LexiconMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Each sentence as a claim ({@link ClaimFact}): quoted, attributed to a named source, vague, or the
 * outlet's own, with its check-worthiness (accusations, actions of a named subject, predictions,
 * superlatives from {@code check-worthy}; numbers found without a list) and whether a named
 * source stands next to it or elsewhere attributes much the same words. Stateless.
 */
final class ClaimFacts {
  private ClaimFacts() {}

  static final String CHECK = "check-worthy";
  /** Named sentences a content word may be in and still tell two sentences apart. */
  private static final int MAX_SHARING = 64;
  private static final Pattern NAME_BEFORE =
      Pattern.compile("\\b\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)*\\s+(?:\\w+\\s+){0,2}$");

  static List<ClaimFact> claims(Article a, Speakers sp, List<LexiconMatcher.Match> matches, WordTags tags,
      List<StatementFact> statements, FactWords fw) {
    int n = a.sentences().size();
    // the statements of each sentence, in their order
    List<List<StatementFact>> statementsIn = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      statementsIn.add(new ArrayList<>(1));
    }
    for (StatementFact f : statements) {
      if (f.sentence() >= 0 && f.sentence() < n) {
        statementsIn.get(f.sentence()).add(f);
      }
    }
    String[] kinds = new String[n];
    boolean[] namedSentence = new boolean[n];
    for (Sentence s : a.sentences()) {
      List<StatementFact> own = s.index() < n ? statementsIn.get(s.index()) : List.of();
      kinds[s.index()] = kindOf(a, sp, s, own);
      namedSentence[s.index()] = kinds[s.index()].equals("named") || kinds[s.index()].equals("attributed")
          || attributedQuoteIn(a, sp, s);
    }
    List<Set<String>> content = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      content.add(contentWords(a.text(), s.span().start(), s.span().end(), tags));
    }
    // which named sentences hold each content word: sentences sharing words are found by lookup, not by
    // comparing every pair
    Map<String, List<Integer>> namedWith = new HashMap<>();
    for (int k = 0; k < n; k++) {
      if (namedSentence[k]) {
        for (String w : content.get(k)) {
          namedWith.computeIfAbsent(w, x -> new ArrayList<>(2)).add(k);
        }
      }
    }
    // a word in very many named sentences tells none of them apart (and would make the lookup below
    // touch every pair of sentences on an article that repeats itself): it is left out
    namedWith.values().removeIf(ks -> ks.size() > MAX_SHARING);
    int[] sharedWith = new int[n];
    List<LexiconMatcher.Match> checkWorthy = new ArrayList<>();
    for (LexiconMatcher.Match m : matches) {
      if (m.lexicon().name().equals(CHECK)) {
        checkWorthy.add(m);
      }
    }
    checkWorthy.sort((x, y) -> Integer.compare(x.start(), y.start()));
    List<ClaimFact> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      Paragraph p = a.paragraphs().get(s.paragraph());
      if (p.kind() == Paragraph.Kind.META) {
        continue;
      }
      int i = s.index();
      LinkedHashSet<String> reasons = new LinkedHashSet<>();
      int score = 0;
      Deadline.check();
      for (int c = firstStartingAt(checkWorthy, s.span().start()); c < checkWorthy.size()
          && checkWorthy.get(c).start() < s.span().end(); c++) {
        LexiconMatcher.Match m = checkWorthy.get(c);
        if (m.end() > s.span().end() || quoted(a, m.start())) {
          continue;
        }
        String tag = m.entry().tag();
        if (tag.equals("action") && !namedSubjectBefore(a, sp, s, m.start())) {
          continue;
        }
        reasons.add(tag);
      }
      if (ClaimNumbers.hasNumber(a, s, fw)) {
        reasons.add("number");
      }
      for (String r : reasons) {
        score += r.equals("accusation") ? 2 : 1;
      }
      boolean near = i > 0 && namedSentence[i - 1] && a.sentences().get(i - 1).paragraph() >= s.paragraph() - 1
          || i + 1 < n && namedSentence[i + 1] && a.sentences().get(i + 1).paragraph() <= s.paragraph() + 1;
      boolean elsewhere = false;
      Set<String> mine = content.get(i);
      if (mine.size() >= 3) {
        // another named sentence sharing at least three of this one's content words, and half of them
        List<Integer> touched = new ArrayList<>();
        for (String w : mine) {
          List<Integer> ks = namedWith.get(w);
          if (ks != null) {
            for (int k : ks) {
              if (k != i && sharedWith[k]++ == 0) {
                touched.add(k);
              }
            }
          }
        }
        for (int k : touched) {
          elsewhere |= sharedWith[k] >= 3 && sharedWith[k] * 2 >= mine.size();
          sharedWith[k] = 0;
        }
      }
      out.add(new ClaimFact(a.id(), i, s.span().start(), s.span().end(), a.index().line(s.span().start()), kinds[i],
          score, String.join(", ", reasons), near, elsewhere, p.kind().name()));
    }
    return out;
  }

  /** The first match in {@code ms} (sorted by start) starting at or after {@code offset}. */
  private static int firstStartingAt(List<LexiconMatcher.Match> ms, int offset) {
    return Positions.firstNot(ms.size(), k -> ms.get(k).start() < offset);
  }


  /** The kind of claim {@code s} is; {@code statements} are (at least) those in {@code s}. */
  static String kindOf(Article a, Speakers sp, Sentence s, List<StatementFact> statements) {
    double quoted = 0;
    List<Quote> qs = a.quotes();
    for (int k = Positions.firstQuoteEndingAfter(a, s.span().start());
        k < qs.size() && qs.get(k).span().start() < s.span().end(); k++) {
      Quote q = qs.get(k);
      int lo = Math.max(q.span().start(), s.span().start());
      int hi = Math.min(q.span().end(), s.span().end());
      if (hi > lo) {
        quoted += hi - lo;
      }
    }
    if (s.span().length() > 0 && quoted / s.span().length() >= 0.6) {
      return "quote";
    }
    boolean vague = false;
    boolean attributed = false;
    for (StatementFact f : statements) {
      if (f.sentence() == s.index()) {
        if (f.named()) {
          return "named";
        }
        if (f.vague()) {
          vague = true;
        } else if (!f.tag().equals("legal")) {
          attributed = true;
        }
      }
    }
    if (attributedQuoteIn(a, sp, s)) {
      return "named";
    }
    return attributed ? "attributed" : vague ? "vague" : "own";
  }

  static boolean attributedQuoteIn(Article a, Speakers sp, Sentence s) {
    List<Quote> qs = a.quotes();
    List<Attribution> ats = sp.attributions(); // one per quotation, in quotation order
    for (int k = Positions.firstQuoteEndingAfter(a, s.span().start());
        k < qs.size() && qs.get(k).span().start() < s.span().end(); k++) {
      Quote q = qs.get(k);
      if (s.span().contains(q.span().start()) && q.index() < ats.size() && ats.get(q.index()).person() != null) {
        return true;
      }
    }
    return false;
  }

  /** A named person or a capitalised name (a government: "Washington", "the Kremlin") shortly before the verb. */
  static boolean namedSubjectBefore(Article a, Speakers sp, Sentence s, int verb) {
    List<Mention> ms = sp.mentions(); // in text order
    int lo = 0;
    int hi = ms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ms.get(mid).start() < verb - 80) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < ms.size() && ms.get(k).start() < verb; k++) {
      Mention m = ms.get(k);
      if (m.end() <= verb && m.end() >= s.span().start() && verb - m.end() <= 40 && !m.quoted()) {
        return true;
      }
    }
    String before = a.text().substring(Math.max(s.span().start(), verb - 40), verb);
    return NAME_BEFORE.matcher(before).find();
  }

  /**
   * The content words of {@code text[from, to)}: in each run of letters, apostrophes and hyphens,
   * from its first letter to its end when at least three characters follow that letter, lower-cased;
   * none that starts a function word, a verb of saying, a source head or a vague word of the lexicons.
   */
  static Set<String> contentWords(String text, int from, int to, WordTags tags) {
    Set<String> out = new HashSet<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (!contentChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int first = -1;
      int after = 0; // characters (code points) after the first letter
      while (i < to && contentChar(cp = text.codePointAt(i))) {
        if (first >= 0) {
          after++;
        } else if (Character.isLetter(cp)) {
          first = i;
        }
        i += Character.charCount(cp);
      }
      if (first >= 0 && after >= 3 && !tags.is(first, WordTags.FUNCTION) && !tags.is(first, WordTags.VERBS)
          && !tags.is(first, "source-heads") && !tags.is(first, "vague-sources")) {
        out.add(text.substring(first, i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** {@code [\p{L}'’-]}. */
  private static boolean contentChar(int cp) {
    return cp == '\'' || cp == '’' || cp == '-' || Character.isLetter(cp);
  }

  static boolean quoted(Article a, int offset) {
    return AttributionFacts.quoted(a, offset);
  }
}
