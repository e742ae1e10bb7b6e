package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Sentence;

/**
 * A run of capitalised words, separated by single spaces, around a lexicon word that is itself
 * capitalised: "CB Greedy Williams", "for Greedy Williams", "at the Remarkable Theatre". Found
 * only where the capital is not just the sentence's opening one: another capitalised word follows
 * the lexicon word in the run, or one stands before it that does not open the sentence. The rules
 * read such a run as a name, whose words are not the outlet's judgement. {@code start}/{@code end}
 * are the run's offsets, {@code text} its words.
 */
public record CapitalisedRun(String article, int start, int end, String text) {
  /** Words read at most on each side of the lexicon word: a name is a few words, and the walk stays bounded. */
  static final int MAX_WORDS = 6;

  /** The run around the capitalised word at {@code [start, end)}, or null when there is none. */
  static CapitalisedRun around(Article a, int start, int end) {
    String t = a.text();
    if (start >= end || !Character.isUpperCase(t.charAt(start)) || allCaps(t, start, end)) {
      return null;
    }
    int sentence = a.sentenceAt(start);
    int opening = sentence < 0 ? -1 : firstLetter(t, a.sentences().get(sentence));
    int from = start;
    int before = 0;
    for (int w = wordBefore(t, from); w >= 0 && capitalisedWord(t, w) && before < MAX_WORDS; w = wordBefore(t, from)) {
      from = w;
      if (w != opening) {
        before++;
      }
    }
    int to = end;
    int after = 0;
    for (int w = wordAfter(t, to); w >= 0 && capitalisedWord(t, w) && after < MAX_WORDS; w = wordAfter(t, to)) {
      to = wordEnd(t, w);
      after++;
    }
    return before + after == 0 ? null : new CapitalisedRun(a.id(), from, to, t.substring(from, to));
  }

  private static int firstLetter(String t, Sentence s) {
    for (int i = s.span().start(); i < s.span().end(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The start of the word one space before {@code at}, or -1. */
  private static int wordBefore(String t, int at) {
    if (at < 2 || t.charAt(at - 1) != ' ' || !wordChar(t.charAt(at - 2))) {
      return -1;
    }
    int i = at - 2;
    while (i > 0 && wordChar(t.charAt(i - 1)) && at - i < 40) {
      i--;
    }
    return i;
  }

  /** The start of the word one space after {@code at}, or -1. */
  private static int wordAfter(String t, int at) {
    return at + 1 < t.length() && t.charAt(at) == ' ' && wordChar(t.charAt(at + 1)) ? at + 1 : -1;
  }

  private static int wordEnd(String t, int w) {
    int i = w;
    while (i < t.length() && wordChar(t.charAt(i)) && i - w < 40) {
      i++;
    }
    return i;
  }

  private static boolean capitalisedWord(String t, int w) {
    return Character.isUpperCase(t.charAt(w));
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-' || c == '.';
  }

  private static boolean allCaps(String t, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
