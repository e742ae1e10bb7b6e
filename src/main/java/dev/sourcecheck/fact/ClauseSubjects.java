package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import java.util.Locale;

/**
 * The subject before a verb of saying or believing ({@link SpeechShapes}): whether the word
 * before it is a subject's head rather than a noun's modifier, and the gapped clause whose own
 * subject stands before the source ("a tactic Democrats hope will …"). Read from the words'
 * lexicon tags only ({@link WordTags}). Stateless.
 */
final class ClauseSubjects {
  private ClauseSubjects() {}

  private static final String NOUNS = "clause-nouns";

  /**
   * The verb at {@code start}, followed at {@code next} by an auxiliary or a form of "be", has its
   * reported clause's subject before its own source ("a tactic Democrats hope will …", "something
   * many analysts believe will …", "what most would agree was …"): the auxiliary is the clause's,
   * as a verb of saying takes none after it. The word before the verb (or before its modal) must be
   * a subject's head ({@link #afterSubjectHead}: "Democrats", "analysts", "most"), not a modifier
   * of a noun ("the last claim was", "the fear is") nor a possessive ("Democrats' hope is",
   * "Trump's claim was"). Not before "be", "been" or "being": a passive or progressive of the
   * verb's own.
   */
  static boolean gapped(Article a, WordTags tags, int start, int next) {
    String text = a.text();
    String w = text.substring(next, Math.min(text.length(), next + 6)).toLowerCase(Locale.ROOT);
    if (w.matches("(been|being|be)\\b.*")) {
      return false;
    }
    int s = start;
    int b = wordBefore(text, s);
    if (b >= 0 && "aux".equals(tags.tag(b, WordTags.FUNCTION))) {
      s = b; // "most would agree was"
      b = wordBefore(text, b);
    }
    if (b < 0) {
      return false; // the sentence's start or punctuation: nothing stands for the gap
    }
    int e = s;
    while (e > b && text.charAt(e - 1) == ' ') {
      e--;
    }
    char last = text.charAt(e - 1);
    boolean possessive = last == '\'' || last == '’' || e - b > 2 && last == 's'
        && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’');
    // a quantifier heads the source here ("what most would agree was"): the verb passed the plural-noun test already
    return !possessive && (afterSubjectHead(a, tags, s) || tags.is(b, "source-heads"));
  }

  /** The start of the word right before offset {@code s} (spaces only between), or -1 after punctuation or at the start. */
  private static int wordBefore(String text, int s) {
    int e = s;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '\'' || text.charAt(b - 1) == '’')) {
      b--;
    }
    return b == e ? -1 : b;
  }

  /**
   * The word before {@code start} is a subject's head: a pronoun, a capitalised word, or a noun of
   * {@code source-heads} or {@code org-nouns}, and no word a plural noun follows ({@code
   * clause-nouns} tag before): "the report states", "he notes", "Smith calls"; not "some states",
   * "battleground states", "their fears".
   */
  static boolean afterSubjectHead(Article a, WordTags tags, int start) {
    String text = a.text();
    int b = start > 0 && text.charAt(start - 1) == ' ' ? wordBefore(text, start) : -1;
    if (b < 0) {
      return true; // after punctuation ("…,” states the report") or at the start: not a noun's modifier
    }
    String t = tags.tag(b, WordTags.FUNCTION);
    return !"before".equals(tags.tag(b, NOUNS)) && (t != null && t.startsWith("pron")
        || Character.isUpperCase(text.charAt(b)) || tags.is(b, "source-heads") || tags.is(b, "org-nouns"));
  }
}
