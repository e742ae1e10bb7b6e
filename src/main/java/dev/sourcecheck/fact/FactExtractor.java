package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Line;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Positions;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.article.Span;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.lexicon.LexiconRefs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an {@link Article} into the facts the rules see. Java finds, DRL judges: this class
 * measures shapes and finds lexicon words; it decides nothing. Stateless and thread-safe.
 */
public final class FactExtractor {
  private FactExtractor() {}

  /** The article's facts; runs the lexicon matcher itself and makes every match a {@link Cue}. */
  public static List<Object> extract(Article a, LexiconMatcher matcher, FactWords words) {
    return extract(a, matcher.find(a.text(), 0, a.text().length()), null, words);
  }

  /**
   * The lexicons whose matches become {@link Cue} facts: every lexicon except those only a model
   * reads ({@code modelOnly}), unless a rule names one ({@code lexicon == "NAME"} in a DRL file).
   */
  public static Set<String> cueLexicons(Collection<String> lexicons, Collection<String> drl,
      java.util.function.Predicate<String> modelOnly) {
    Set<String> named = LexiconRefs.in(drl);
    Set<String> out = new java.util.HashSet<>();
    for (String l : lexicons) {
      if (!modelOnly.test(l) || named.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * The article's facts, given the lexicon matches over its whole text (computed once per
   * article); {@code cueLexicons} names the lexicons whose matches become {@link Cue}s (null: all).
   */
  public static List<Object> extract(Article a, List<LexiconMatcher.Match> matches, Set<String> cueLexicons,
      FactWords words) {
    List<Object> facts = new ArrayList<>();
    String id = a.id();
    var m = a.metadata();
    facts.add(new ArticleFact(id, m.published(), m.title(), m.byline(), m.source(), m.contributors().size(),
        a.sentences().size(), a.quotes().size()));
    for (MetaField f : m.fields()) {
      facts.add(new MetaFact(id, f.kind().name(), f.span().start(), f.span().end(), f.value(),
          a.index().line(f.span().start())));
    }
    lines(a, facts, words);
    for (Sentence s : a.sentences()) {
      facts.add(new SentenceFact(id, s.index(), s.paragraph(), a.paragraphs().get(s.paragraph()).kind().name(),
          s.span().start(), s.span().end(), s.text(), a.index().line(s.span().start()), quotedShare(a, s.span())));
    }
    for (Quote q : a.quotes()) {
      facts.add(new QuoteFact(id, q.index(), q.span().start(), q.span().end(), q.text(), q.wordCount(), q.paragraph(),
          a.index().line(q.span().start()), q.continued(), q.mark()));
    }
    cues(a, matches, cueLexicons, facts, words);
    facts.addAll(GluedHeadings.find(a));
    facts.addAll(LineRuns.find(a, words));
    pageBlocks(a, facts);
    return facts;
  }

  /** The left-out blocks of an article read from a web page. */
  private static void pageBlocks(Article a, List<Object> facts) {
    if (a.layout() == null) {
      return;
    }
    for (var b : a.layout().leftOut()) {
      Span s = b.span();
      facts.add(new PageBlock(a.id(), a.index().line(s.start()), s.start(), s.end(), s.of(a.text()), b.tag(), b.role(),
          b.hint(), b.where(), b.words(), b.links(), b.linkDensity(), b.inputLine()));
    }
  }

  private static void lines(Article a, List<Object> facts, FactWords fw) {
    List<Paragraph> ps = a.paragraphs();
    int totalBody = (int) ps.stream().filter(p -> p.kind() == Paragraph.Kind.BODY).count();
    int bodySoFar = 0;
    for (Paragraph p : ps) {
      Deadline.check();
      boolean body = p.kind() == Paragraph.Kind.BODY;
      for (int n = p.firstLine(); n <= p.lastLine(); n++) {
        Line l = a.lines().get(n - 1);
        int s = Math.max(l.content().start(), p.span().start());
        int e = Math.min(l.content().end(), p.span().end());
        if (e <= s) {
          continue;
        }
        String text = a.text().substring(s, e);
        int words = splitCount(text);
        facts.add(new LineFact(a.id(), n, s, e, text, words, titleCase(text, fw), terminal(text), p.kind().name(),
            p.index(), bodySoFar, totalBody - bodySoFar - (body ? 1 : 0), p.firstLine() == p.lastLine(), allCaps(text)));
      }
      if (body) {
        bodySoFar++;
      }
    }
  }

  /** Most words that are not small function words ({@code words-title-small}) start with a capital letter (or a digit). */
  static boolean titleCase(String text, FactWords fw) {
    int counted = 0;
    int capital = 0;
    int len = text.length();
    int end = 0;
    while (end < len) {
      // the next run of characters that are not white space, as split("\\s+") gives them
      int start = end;
      while (start < len && whitespace(text.charAt(start))) {
        start++;
      }
      if (start == len) {
        break;
      }
      end = start;
      while (end < len && !whitespace(text.charAt(end))) {
        end++;
      }
      // the word without leading and trailing characters that are neither letters nor numbers (read in
      // place: white space, which bounds the run, is never half of a surrogate pair)
      int from = start;
      int to = end;
      while (from < to && !letterOrNumber(text.codePointAt(from))) {
        from += Character.charCount(text.codePointAt(from));
      }
      while (to > from && !letterOrNumber(text.codePointBefore(to))) {
        to -= Character.charCount(text.codePointBefore(to));
      }
      if (from == to) {
        continue;
      }
      // lower-casing never shortens a word: one longer than the longest small word is none
      if (counted > 0 && to - from <= fw.smallLongest()
          && fw.smallWords().contains(text.substring(from, to).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      counted++;
      char first = text.charAt(from);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        capital++;
      }
    }
    return counted >= 2 && capital >= Math.ceil(counted * 0.8);
  }

  /**
   * {@code text.split("\\s+").length} without a regular expression: the runs of non-white-space characters,
   * plus the empty first one of a text that begins with white space; none when the text is all white space,
   * one when it is empty.
   */
  static int splitCount(String text) {
    int runs = 0;
    int len = text.length();
    if (len == 0) {
      return 1;
    }
    for (int i = 0; i < len; i++) {
      if (!whitespace(text.charAt(i)) && (i == 0 || whitespace(text.charAt(i - 1)))) {
        runs++;
      }
    }
    return runs > 0 && len > 0 && whitespace(text.charAt(0)) ? runs + 1 : runs;
  }

  /** {@code \s}: ASCII white space. */
  private static boolean whitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter or a number of any kind (digits, numerals, fractions). */
  private static boolean letterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /** At least two capital letters and no lower-case one: a line set in capitals (scripts without case never are). */
  static boolean allCaps(String text) {
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }

  static boolean terminal(String text) {
    String t = text.strip();
    int i = t.length() - 1;
    while (i >= 0 && "\"”’')]".indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…".indexOf(t.charAt(i)) >= 0;
  }

  private static double quotedShare(Article a, Span s) {
    int in = 0;
    List<Quote> qs = a.quotes();
    // quotations are ordered and do not overlap: only those from the first that ends inside can count
    for (int i = Positions.firstQuoteEndingAfter(a, s.start()); i < qs.size() && qs.get(i).span().start() < s.end(); i++) {
      Quote q = qs.get(i);
      int lo = Math.max(q.span().start(), s.start());
      int hi = Math.min(q.span().end(), s.end());
      if (hi > lo) {
        in += hi - lo;
      }
    }
    return s.length() == 0 ? 0 : Math.min(1.0, in / (double) s.length());
  }

  private static void cues(Article a, List<LexiconMatcher.Match> matches, Set<String> lexicons, List<Object> facts,
      FactWords words) {
    String text = a.text();
    Deadline deadline = Deadline.current();
    Set<Integer> runs = new java.util.HashSet<>();
    // each line's Title Case test, by the line's start: made once however many cues the line holds
    Map<Integer, Boolean> titleLines = new HashMap<>();
    for (LexiconMatcher.Match mt : matches) {
      deadline.tick();
      if (lexicons != null && !lexicons.contains(mt.lexicon().name())) {
        continue;
      }
      int lineNo = a.index().line(mt.start());
      Line line = a.lines().get(lineNo - 1);
      int ls = line.content().start();
      Paragraph p = Positions.paragraphAt(a, mt.start());
      if (p != null && p.span().start() > ls) {
        ls = p.span().start(); // a date prefix or dateline is not part of the line's prose
      }
      int le = line.content().end();
      boolean atStart = onlyDecoration(text, ls, mt.start());
      boolean whole = atStart && onlyPunctuation(text, mt.end(), le);
      int k = mt.end();
      while (k < le && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      String after = k < le ? String.valueOf(text.charAt(k)) : "";
      facts.add(new Cue(a.id(), mt.lexicon().name(), mt.entry().term(), mt.entry().tag(), mt.start(), mt.end(), lineNo,
          a.sentenceAt(mt.start()), inQuote(a, mt.start(), mt.end()), atStart, whole, after));
      CapitalisedRun run = CapitalisedRun.around(a, mt.start(), mt.end());
      // on a line in Title Case (a headline, a heading) every word has a capital: no run is a name
      int from = ls;
      if (run != null && !titleLines.computeIfAbsent(from, key -> titleCase(text.substring(from, le), words))
          && runs.add(run.start())) {
        facts.add(run);
      }
    }
  }

  private static boolean onlyDecoration(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyPunctuation(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }


  static boolean inQuote(Article a, int start, int end) {
    return Positions.quoteAround(a, start, end) != null;
  }
}
