package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.fact.ClaimFact;
import dev.sourcecheck.fact.CriticismFact;
import dev.sourcecheck.fact.QuoteSpeaker;
import dev.sourcecheck.fact.ReportedSpan;
import dev.sourcecheck.fact.StatementFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribution facts of one article for the rules: who speaks each quotation ({@link
 * QuoteSpeaker}), every attribution cue ({@link StatementFact}), the words of indirect speech
 * ({@link ReportedSpan}), each sentence as a claim with its check-worthiness ({@link ClaimFact})
 * and criticism without a critic ({@link CriticismFact}). Java finds, DRL judges: nothing here
 * decides what is a finding. Stateless and thread-safe.
 */
public final class AttributionFacts {
  private AttributionFacts() {}

  static final String CHECK = "check-worthy";
  static final String CRITICISM = "criticism";

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d[\\d,.]*\\s*(%|percent|per cent)?|(?i:dozens|hundreds|thousands|millions|billions"
          + "|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
          + "|thousand|million|billion|trillion)\\b)");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  // a content word is what [\p{L}][\p{L}'’-]{3,} matches in the lower-cased text (see contentWords)
  // compiled once: these run for every article, sentence, quote or cue
  private static final Pattern SPEECH_WORD = Pattern.compile("[\\p{L}’']+");
  private static final Pattern SO_CALLED = Pattern.compile("(?s).*so[- ]called\\s*$");
  private static final Pattern CLAUSE_END =
      Pattern.compile(";|\\s[—–]\\s|,\\s+(while|as|but|though|although|whereas)\\b|\\s(following|amid|despite)\\s");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern CRITIC_AFTER =
      Pattern.compile("^\\s+(?:\\w+\\s+){0,2}?(from|by)\\s+(.{1,60}?)(?=[,.;]|$)");
  private static final Pattern NAME_BEFORE =
      Pattern.compile("\\b\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)*\\s+(?:\\w+\\s+){0,2}$");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("\\d{1,2}");
  private static final Pattern NEAR_MONTH = Pattern.compile(
      "(?s).*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*\\d.*|(?s).*\\d\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*");
  static final Set<String> STOP = Set.of(
      "that", "this", "with", "from", "have", "been", "were", "will", "would", "could", "should", "their",
      "there", "they", "them", "than", "then", "what", "when", "where", "which", "while", "also", "about",
      "after", "before", "said", "says", "told", "into", "over", "some", "more", "most", "such", "only", "other",
      "being", "does", "just", "very", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "according", "reportedly", "reports", "officials");
  private static final Set<String> NOT_CLAUSE = Set.of(
      "into", "on", "at", "for", "with", "from", "to", "by", "over", "of", "in", "as", "out", "off", "up", "down",
      "and", "or", "but", "responsibility", "victory", "credit");
  private static final Set<String> FINITE = Set.of(
      "is", "was", "were", "are", "had", "has", "have", "will", "would", "could", "can", "should", "might", "must",
      "did", "does", "do");
  private static final Set<String> SPEECH_NEXT = Set.of(
      "that", "it", "he", "she", "they", "we", "i", "you", "there", "his", "her", "their", "its", "this",
      "these", "those");

  /** Facts for {@code a}; {@code matcher} must hold the rule set's word lists. */
  public static List<Object> extract(Article a, LexiconMatcher matcher) {
    List<LexiconMatcher.Match> matches = matcher.find(a.text(), 0, a.text().length());
    Speakers sp = SpeakerFinder.find(a, matches);
    return facts(a, sp, matches);
  }

  /** Facts for {@code a} given its speakers and the lexicon matches over its text. */
  public static List<Object> facts(Article a, Speakers sp, List<LexiconMatcher.Match> matches) {
    List<Object> out = new ArrayList<>();
    String id = a.id();
    String text = a.text();
    boolean english = english(text);
    // quotations
    for (Quote q : a.quotes()) {
      Attribution at = sp.attribution(q.index());
      Person p = at == null ? null : sp.person(at.person());
      String inner = q.text().strip();
      boolean lower = !inner.isEmpty() && Character.isLowerCase(inner.codePointAt(0));
      int s = q.span().start();
      boolean soCalled = SO_CALLED.matcher(text.substring(Math.max(0, s - 12), s).toLowerCase(Locale.ROOT)).matches();
      out.add(new QuoteSpeaker(id, q.index(), s, q.span().end(), q.text(), q.wordCount(), a.index().line(s),
          a.sentenceAt(s), kindAt(a, s), p == null ? null : p.key(), p == null ? null : p.name(),
          p == null ? null : roleFor(sp, p, s), !english ? "unknown-language" : at == null ? "none" : at.how(),
          at == null ? -1 : at.cueStart(),
          at == null ? -1 : at.cueEnd(), q.continued(), lower, soCalled));
    }
    if (!english) {
      return out; // the word lists and cue patterns are English: say nothing rather than guess
    }
    // attribution cues
    List<StatementFact> statements = new ArrayList<>();
    for (Statement st : sp.statements()) {
      String tag = tagAt(matches, st.cueStart(), st.cueEnd(), st.vague());
      StatementFact f = new StatementFact(id, st.sentence(), st.person(), st.vague(), st.cue(), tag, st.cueStart(),
          st.cueEnd(), a.index().line(st.cueStart()), speech(text, st.cueStart(), st.cueEnd()));
      statements.add(f);
      out.add(f);
      if (f.named()) {
        ReportedSpan r = reported(a, f);
        if (r != null) {
          out.add(r);
        }
      }
    }
    // "allegedly": vague only outside a legal context, which the rules judge
    for (LexiconMatcher.Match m : matches) {
      if (m.lexicon().name().equals(SpeakerFinder.VAGUE) && m.entry().tag().equals("legal") && !quoted(a, m.start())) {
        int si = a.sentenceAt(m.start());
        if (si >= 0) {
          out.add(new StatementFact(id, si, null, true, text.substring(m.start(), m.end()), "legal", m.start(),
              m.end(), a.index().line(m.start()), false));
        }
      }
    }
    // criticism without a critic
    for (LexiconMatcher.Match m : matches) {
      if (!m.lexicon().name().equals(CRITICISM) || quoted(a, m.start())) {
        continue;
      }
      int si = a.sentenceAt(m.start());
      out.add(new CriticismFact(id, si, m.start(), m.end(), a.index().line(m.start()), critic(a, sp, m, si)));
    }
    // sentences as claims
    out.addAll(claims(a, sp, matches, statements));
    return out;
  }

  private static final Set<String> ENGLISH = Set.of(
      "the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "was", "said", "it", "as", "by");

  /** Whether the text reads as English: its commonest function words make up a good share of its words. */
  static boolean english(String text) {
    // the runs of letters (\p{L}+), found by hand; no function word counted is longer than four letters,
    // and lower-casing never shortens a word
    int n = 0;
    int hits = 0;
    int len = text.length();
    int i = 0;
    while (i < len && n < 2000) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < len && Character.isLetter(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      n++;
      if (i - start <= 4 && ENGLISH.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        hits++;
      }
    }
    return n < 20 || hits >= 0.12 * n;
  }

  static String roleFor(Speakers sp, Person p, int before) {
    String role = null;
    for (Mention m : sp.mentionsOf(p.key())) {
      if (m.role() != null && !m.quoted()) {
        role = role == null || m.start() < before ? m.role() : role;
      }
    }
    return role != null ? role : p.role();
  }

  static String tagAt(List<LexiconMatcher.Match> matches, int start, int end, boolean vague) {
    String best = null;
    for (LexiconMatcher.Match m : matches) {
      String l = m.lexicon().name();
      if (m.start() == start && m.end() == end && (l.equals(SpeakerFinder.VAGUE) || l.equals(SpeakerFinder.VERBS))) {
        if (best == null || l.equals(SpeakerFinder.VAGUE)) {
          best = m.entry().tag();
        }
      }
    }
    return best != null ? best : vague ? "unnamed" : "neutral";
  }

  /** True when the verb at [start, end) introduces speech rather than an object. */
  static boolean speech(String text, int start, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    if ("\"“‘':—–,".indexOf(c) >= 0) {
      return true;
    }
    int b = start - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    if (b >= 0 && "\"”’',".indexOf(text.charAt(b)) >= 0) {
      return true; // "…," she insisted.
    }
    Matcher m = SPEECH_WORD.matcher(text);
    if (m.find(i) && m.start() == i) {
      String w = m.group().toLowerCase(Locale.ROOT);
      String verb = text.substring(start, end).toLowerCase(Locale.ROOT);
      // "insisted the budget was …": these verbs judge what was said even before a noun
      boolean clauseVerb = verb.startsWith("insist") || verb.startsWith("admit") || verb.startsWith("conced")
          || verb.startsWith("confess");
      if (SPEECH_NEXT.contains(w) || clauseVerb && (w.equals("the") || w.equals("a") || w.equals("an"))) {
        return true;
      }
      // "claimed the figures understated …": a noun phrase, then a finite verb: a reported clause
      // ("claimed the lives of 12 people" and "claimed the title" have none)
      if (NOT_CLAUSE.contains(w)) {
        return false; // "slammed into", "claims as propaganda"
      }
      int n = 0;
      int prevEnd = m.end();
      while (m.find() && n < 5) {
        String x = m.group().toLowerCase(Locale.ROOT);
        if (!text.substring(prevEnd, m.start()).isBlank() || NOT_CLAUSE.contains(x)) {
          return false;
        }
        if (FINITE.contains(x) || n > 0 && x.endsWith("ed") && x.length() > 4) {
          return true;
        }
        prevEnd = m.end();
        n++;
      }
      return false;
    }
    return false;
  }

  /** The reported clause of a named verb of saying: from the verb to the end of its clause. */
  static ReportedSpan reported(Article a, StatementFact f) {
    if (f.sentence() < 0) {
      return null;
    }
    Sentence s = a.sentences().get(f.sentence());
    String text = a.text();
    int end = s.span().end();
    String rest = text.substring(f.end(), end);
    Matcher m = CLAUSE_END.matcher(rest);
    if (m.find()) {
      end = f.end() + m.start();
    }
    int start = f.start();
    // "The talks were historic, Leavitt said": the speaker after the clause owns what comes before it
    String before = text.substring(s.span().start(), f.start());
    int comma = Math.max(before.lastIndexOf(", "), Math.max(before.lastIndexOf(",” "), before.lastIndexOf(",\" ")));
    if (comma > 0 && WHITESPACE.split(before.substring(comma)).length <= 7 && end == s.span().end()) {
      start = s.span().start();
    }
    return new ReportedSpan(a.id(), f.sentence(), f.person(), start, end);
  }

  static String critic(Article a, Speakers sp, LexiconMatcher.Match m, int si) {
    String text = a.text();
    Matcher after = CRITIC_AFTER.matcher(
        text.substring(m.end(), Math.min(text.length(), m.end() + 90)));
    if (after.find()) {
      return after.group(2).strip();
    }
    for (Statement st : sp.statementsIn(si)) {
      if (st.person() != null && !st.vague()) {
        return st.person();
      }
    }
    return null;
  }

  static List<ClaimFact> claims(Article a, Speakers sp, List<LexiconMatcher.Match> matches,
      List<StatementFact> statements) {
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
      content.add(contentWords(s.text()));
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
    int[] sharedWith = new int[n];
    List<LexiconMatcher.Match> checkWorthy = new ArrayList<>();
    for (LexiconMatcher.Match m : matches) {
      if (m.lexicon().name().equals(CHECK)) {
        checkWorthy.add(m);
      }
    }
    List<ClaimFact> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      Paragraph p = a.paragraphs().get(s.paragraph());
      if (p.kind() == Paragraph.Kind.META) {
        continue;
      }
      int i = s.index();
      LinkedHashSet<String> reasons = new LinkedHashSet<>();
      int score = 0;
      for (LexiconMatcher.Match m : checkWorthy) {
        if (m.start() < s.span().start() || m.end() > s.span().end()
            || quoted(a, m.start())) {
          continue;
        }
        String tag = m.entry().tag();
        if (tag.equals("action") && !namedSubjectBefore(a, sp, s, m.start())) {
          continue;
        }
        reasons.add(tag);
      }
      if (hasNumber(a, s)) {
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

  /** The kind of claim {@code s} is; {@code statements} are (at least) those in {@code s}. */
  static String kindOf(Article a, Speakers sp, Sentence s, List<StatementFact> statements) {
    double quoted = 0;
    for (Quote q : a.quotes()) {
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
    for (Quote q : a.quotes()) {
      if (s.span().contains(q.span().start())) {
        Attribution at = sp.attribution(q.index());
        if (at != null && at.person() != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** A named person or a capitalised name (a government: "Washington", "the Kremlin") shortly before the verb. */
  static boolean namedSubjectBefore(Article a, Speakers sp, Sentence s, int verb) {
    for (Mention m : sp.mentions()) {
      if (m.end() <= verb && m.end() >= s.span().start() && verb - m.end() <= 40 && !m.quoted()) {
        return true;
      }
    }
    String before = a.text().substring(Math.max(s.span().start(), verb - 40), verb);
    return NAME_BEFORE.matcher(before).find();
  }

  static boolean hasNumber(Article a, Sentence s) {
    // NUMBER is tried only where a match can start (a digit or a number word's first letter at the start of
    // a word), which gives the matches of find() without trying its two dozen words at every character
    String text = s.text();
    Matcher m = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int from = numberStart(text, 0); from >= 0; from = numberStart(text, from)) {
      m.region(from, text.length());
      if (!m.lookingAt()) {
        from++;
        continue;
      }
      from = m.end();
      String g = m.group().strip();
      if (YEAR.matcher(g).matches() || quoted(a, s.span().start() + m.start())) {
        continue;
      }
      // a day of the month ("Dec. 2", "2 December") is a date, not a figure
      String around = s.text().substring(Math.max(0, m.start() - 10), Math.min(s.text().length(), m.end() + 10))
          .toLowerCase(Locale.ROOT);
      if (DAY_OF_MONTH.matcher(g).matches() && NEAR_MONTH.matcher(around).matches()) {
        continue;
      }
      return true;
    }
    return false;
  }

  /**
   * The first offset from {@code from} where NUMBER can match: an ASCII digit or a letter that begins one of
   * its words (any non-ASCII character, to be safe), not right after an ASCII letter or digit; -1 if none.
   */
  private static int numberStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean candidate = c >= 128 || c >= '0' && c <= '9' || NUMBER_INITIALS.indexOf(Character.toLowerCase(c)) >= 0;
      if (candidate && (i == 0 || !asciiLetterOrDigit(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  private static final String NUMBER_INITIALS = "dhtmbfsen";

  private static boolean asciiLetterOrDigit(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  static Set<String> contentWords(String s) {
    // the content words (see the comment by the patterns above), found by hand: in each run of letters,
    // apostrophes and hyphens, from its first letter to its end when at least three characters follow that letter
    Set<String> out = new HashSet<>();
    String t = s.toLowerCase(Locale.ROOT);
    int len = t.length();
    int i = 0;
    while (i < len) {
      int cp = t.codePointAt(i);
      if (!contentChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int first = -1;
      int after = 0; // characters (code points) after the first letter
      while (i < len && contentChar(cp = t.codePointAt(i))) {
        if (first >= 0) {
          after++;
        } else if (Character.isLetter(cp)) {
          first = i;
        }
        i += Character.charCount(cp);
      }
      if (first >= 0 && after >= 3) {
        String w = t.substring(first, i);
        if (!STOP.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** {@code [\p{L}'’-]}. */
  private static boolean contentChar(int cp) {
    return cp == '\'' || cp == '’' || cp == '-' || Character.isLetter(cp);
  }

  static boolean quoted(Article a, int offset) {
    for (Quote q : a.quotes()) {
      if (q.inner().start() <= offset && offset < q.inner().end()) {
        return true;
      }
    }
    return false;
  }


  static String kindAt(Article a, int offset) {
    for (Paragraph p : a.paragraphs()) {
      if (p.span().contains(offset)) {
        return p.kind().name();
      }
    }
    return "BODY";
  }
}
