package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a verb of saying or believing introduces speech (a reported clause, a quotation, the end
 * of a sentence whose words it reports) rather than an object ("companies reported results"), and
 * the relative-clause shape ("the budget, which critics say favours …"). Read from the words'
 * lexicon tags only ({@link WordTags}). Stateless.
 */
final class SpeechShapes {
  private SpeechShapes() {}

  private static final Pattern SPEECH_WORD = Pattern.compile("[\\p{L}’']+");
  /** Words of a reported clause read before its finite verb; a clause verb ("said") may reach further. */
  private static final int MAX_SUBJECT = 5;
  private static final int MAX_CLAUSE_SUBJECT = 12;
  /** Adjuncts ("on Tuesday", "in an interview") skipped after a verb, at most this many in a row. */
  private static final int MAX_ADJUNCTS = 3;
  /** Capitalised words a relative clause's source may carry before it ("which U.S. officials say"). */
  private static final int MAX_MODIFIERS = 2;

  /** True when the verb at [start, end) introduces speech rather than an object. */
  static boolean speech(Article a, WordTags tags, int start, int end) {
    String text = a.text();
    if ("noun".equals(tags.tag(start, NOUNS)) && !ClauseSubjects.afterSubjectHead(a, tags, start)) {
      return false; // "in some states", "have gained better views": the plural noun
    }
    int i = afterAdjuncts(text, tags, end);
    if ("verb".equals(tags.tag(start, ADDRESSEES))) {
      i = afterAdjuncts(text, tags, afterAddressee(text, tags, i)); // "told The Daily Beast.", "told reporters she …"
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    String verb = tags.tag(start, WordTags.VERBS);
    if ("\"“‘':;—–,.!?".indexOf(c) >= 0 && !(i > spaces(text, end) && "view".equals(verb))
        || "according".equals(verb)) {
      return true; // a quotation, a colon, or the end of the sentence: the reported words stand before ("…, officials said.");
                   // not a verb of regarding after an adjunct ("make their voice known on Tuesday.")
    }
    int b = start - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    if (b >= 0 && "\"”’',".indexOf(text.charAt(b)) >= 0) {
      return true; // "…," she insisted.
    }
    Matcher m = SPEECH_WORD.matcher(text);
    if (!m.find(i) || m.start() != i) {
      return false;
    }
    String next = tags.tag(m.start(), WordTags.FUNCTION);
    // "insisted the budget was …": these verbs judge what was said even before a noun
    boolean clauseVerb = tags.is(start, "clause-verbs");
    if (next != null && (next.equals("aux") || next.equals("be")) && ClauseSubjects.gapped(a, tags, start, i)) {
      return true; // "a tactic Democrats hope will dampen …", "something aides argue is possible": the clause's subject
                   // stands before its source, with no relative pronoun
    }
    if (next != null && (next.equals("rel") || next.equals("dem") || next.equals("expl") || next.startsWith("pron")
        || next.startsWith("poss")) || clauseVerb && (next != null && (next.equals("det") || next.equals("indef")))) {
      return true;
    }
    // "claimed the figures understated …": a noun phrase, then a finite verb: a reported clause
    // ("claimed the lives of 12 people" and "claimed the title" have none)
    if (notClause(tags, m.start())) {
      return false; // "slammed into", "claims as propaganda"
    }
    int sentence = a.sentenceAt(start);
    int n = 0;
    int prevEnd = m.end();
    int max = clauseVerb ? MAX_CLAUSE_SUBJECT : MAX_SUBJECT;
    boolean name = Character.isUpperCase(text.charAt(i)); // "say Braynard represented": a name, then its verb
    while (m.find() && n < max) {
      String x = m.group().toLowerCase(Locale.ROOT);
      String gap = text.substring(prevEnd, m.start());
      boolean abbreviation = gap.strip().equals(".") && a.sentenceAt(m.start()) == sentence;
      if (!gap.isBlank() && !abbreviation && !gap.equals("-")) { // "front-runner" is one word
        return false; // a comma or the end of the sentence before any finite verb
      }
      String t = tags.tag(m.start(), WordTags.FUNCTION);
      if (clauseVerb ? "conj".equals(t) || "sub".equals(t) : notClause(tags, m.start())) {
        return false;
      }
      if ("aux".equals(t) || "be".equals(t) || "rel".equals(t) || (n > 0 || name) && x.endsWith("ed") && x.length() > 4
          || clauseVerb && n > 0 && "adv".equals(t) || clauseVerb && tags.is(m.start(), PAST)) {
        return true; // "claimed the figures were …", "told SANA reporters that …", "say Ivanka Trump also advises",
                     // "said disagreements broke out" (an irregular past, lexicon clause-past)
      }
      prevEnd = m.end();
      n++;
    }
    return false;
  }

  private static final String PAST = "clause-past";

  /**
   * What a document's verb ending at {@code end} reports, when its subject is a report, poll or
   * study ("a poll shows Sanders leading", "several polls show her within two points", "the study
   * found rents rising"): any word that is not a preposition, conjunction or object noun (a
   * document's verb of saying has no other object than its finding).
   */
  static boolean finding(Article a, WordTags tags, int end) {
    String text = a.text();
    int i = afterAdjuncts(text, tags, end);
    return i > end && i < text.length() && Character.isLetterOrDigit(text.charAt(i)) && !notClause(tags, i)
        && a.sentenceAt(i) == a.sentenceAt(end - 1);
  }

  /**
   * The attribution at [start, end) (its speaker phrase and verb) closes its sentence after a comma ("…, officials said.", "…,
   * said one aide familiar with the talks."): its speaker is the source of the words before it,
   * even when they hold another speaker's verb of saying ("Smith told the panel X, people familiar
   * with the session said.").
   */
  static boolean closing(Article a, WordTags tags, int start, int end) {
    String text = a.text();
    int sentence = a.sentenceAt(start);
    if (sentence < 0) {
      return false;
    }
    int from = Math.max(a.sentences().get(sentence).span().start(), start - MAX_CLOSING_CHARS);
    int comma = start - 1;
    int words = 0;
    for (; comma >= from && text.charAt(comma) != ','; comma--) {
      if (text.charAt(comma) == ' ' && comma + 1 < start && text.charAt(comma + 1) != ' ') {
        words++;
      }
    }
    if (comma < from || words > MAX_CLOSING) {
      return false;
    }
    int i = afterAdjuncts(text, tags, end);
    int stop = a.sentences().get(sentence).span().end();
    return i >= stop || ".!?".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * The attribution at [start, end) stands between commas, dashes or parentheses inside its
   * sentence ("Mr. Obama, officials said, has become …", "(the existence of which, many Democrats
   * say, represents …)"): an aside of the writer's.
   */
  static boolean aside(Article a, WordTags tags, int start, int end) {
    String text = a.text();
    int b = start - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    int i = afterAdjuncts(text, tags, end);
    int sentence = a.sentenceAt(start);
    return b >= 0 && i < text.length() && ",—–(".indexOf(text.charAt(b)) >= 0 && ",—–)".indexOf(text.charAt(i)) >= 0
        && sentence >= 0 && a.sentenceAt(b) == sentence && a.sentenceAt(i) == sentence;
  }

  /** How far back (in characters) the comma before a closing attribution is looked for: a window, never the whole sentence. */
  private static final int MAX_CLOSING_CHARS = 160;

  /** Words a closing attribution's speaker phrase may have between the comma and the verb ("…, two people familiar with the talks said."). */
  private static final int MAX_CLOSING = 12;

  /**
   * The verb at {@code start} names a speech act with an object or complement (lexicon {@code
   * clause-acts}: "accused the council of", "vowed to", "called for"), and is no plural noun
   * ("the calls").
   */
  static boolean act(Article a, WordTags tags, int start) {
    return tags.is(start, "clause-acts") && (!"noun".equals(tags.tag(start, NOUNS)) || ClauseSubjects.afterSubjectHead(a, tags, start));
  }

  private static final String ADDRESSEES = "clause-addressees";
  private static final String NOUNS = "clause-nouns";
  /** Words an addressee ("The New York Times", "French television station BFMTV") may run to. */
  private static final int MAX_ADDRESSEE = 6;

  /**
   * The offset after the addressee that starts at {@code i} (lexicon {@code clause-addressees}): a
   * determiner or possessive, then capitalised words, source-heads nouns or the lexicon's nouns
   * ("told The Daily Beast", "told French television station BFMTV", "told reporters", "told the
   * crowd"); {@code i} itself when there is none. Lower-case words must end on such a noun, so that
   * "told the truth" and "told the story of …" keep their object.
   */
  static int afterAddressee(String text, WordTags tags, int i) {
    Matcher m = SPEECH_WORD.matcher(text);
    int end = i;
    int prevEnd = -1;
    for (int n = 0; n < MAX_ADDRESSEE && m.find(prevEnd < 0 ? i : prevEnd); n++) {
      if (prevEnd < 0 ? m.start() != i : !text.substring(prevEnd, m.start()).isBlank()) {
        break;
      }
      String t = tags.tag(m.start(), WordTags.FUNCTION);
      boolean upper = Character.isUpperCase(m.group().codePointAt(0));
      boolean noun = "person".equals(tags.tag(m.start(), ADDRESSEES)) || tags.is(m.start(), "source-heads");
      if (n == 0 && ("det".equals(t) || t != null && t.startsWith("poss"))) {
        prevEnd = m.end();
        continue;
      }
      if (!upper && !noun || t != null && t.startsWith("pron")) {
        break; // "told him the plan …": a pronoun object is read as before
      }
      prevEnd = m.end();
      if (noun || upper) {
        end = m.end();
      }
    }
    return end;
  }

  /** The offset of the first word after the spaces and the adjuncts ("on Tuesday", "in an interview") at {@code end}. */
  static int afterAdjuncts(String text, WordTags tags, int end) {
    int i = spaces(text, end);
    for (int k = 0; k < MAX_ADJUNCTS && i < text.length(); k++) {
      int e = tags.adjunctEnd(i);
      if (e < 0) {
        break;
      }
      i = spaces(text, e);
    }
    return i;
  }

  private static int spaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * A verb of saying inside a relative clause whose reported clause lacks its subject: "the budget,
   * which critics say favours wealthy districts", "a plan that officials say will cost jobs", "the
   * man who police say fired the shot", "what analysts said was a sign". The source follows a
   * relative pronoun that is not one of place (lexicon place-relatives: "where both
   * candidates claim ties" is a place, not a gap),
   * the verb follows the source at once ("that lawmakers could find" has a modal between), and a
   * word (not a preposition, conjunction, article or object noun) follows the verb at once.
   */
  static boolean relativeGap(String text, WordTags tags, int sourceStart, int sourceEnd, int verbStart, int verbEnd) {
    if (sourceStart < 0 || sourceEnd > verbStart || !text.substring(sourceEnd, verbStart).isBlank()) {
      return false;
    }
    int b = sourceStart - 1;
    int w = b;
    for (int k = 0; k <= MAX_MODIFIERS; k++) {
      // over capitalised modifiers and adverbs the source phrase left out ("who U.S. officials say", "which even critics say")
      b = w;
      while (b >= 0 && text.charAt(b) == ' ') {
        b--;
      }
      w = b;
      while (w >= 0 && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '.')) {
        w--;
      }
      if (w == b || !Character.isUpperCase(text.charAt(w + 1)) && !"adv".equals(tags.tag(w + 1, WordTags.FUNCTION))) {
        break;
      }
    }
    if (w == b || !"rel".equals(tags.tag(w + 1, WordTags.FUNCTION)) || tags.is(w + 1, "place-relatives")) {
      return false;
    }
    int i = verbEnd;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i > verbEnd && i < text.length() && Character.isLetter(text.charAt(i)) && !notClause(tags, i)
        && !"det".equals(tags.tag(i, WordTags.FUNCTION)) && !"indef".equals(tags.tag(i, WordTags.FUNCTION));
  }

  /** A preposition, a conjunction or a noun taken as an object ("claimed victory"): no reported clause follows. */
  static boolean notClause(WordTags tags, int start) {
    String t = tags.tag(start, WordTags.FUNCTION);
    return "prep".equals(t) || "conj".equals(t) || "sub".equals(t) && tags.is(start, "passive-links")
        || tags.is(start, "speech-objects");
  }
}
