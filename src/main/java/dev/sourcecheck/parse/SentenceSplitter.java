package dev.sourcecheck.parse;

import dev.sourcecheck.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a stretch of prose into sentences. A sentence ends at {@code . ! ? …} (with any closing
 * quotation marks and brackets after it) followed by white space and a capital letter or digit,
 * except after a title (Mr., Gen.), a numbering abbreviation before a number (No. 10), an initial
 * or dotted abbreviation (J.R.R., U.S., a.m.) unless an ordinary sentence opener follows, and a
 * question or exclamation in quotation marks followed by its speech tag ({@code “Why?” Smith
 * asked}). An ellipsis followed by a lower-case word runs on. A sentence longer than {@link
 * Windows#MAX_SENTENCE} is cut into windows. Stateless and thread-safe; linear in the text.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  /** As {@link #split(String, int, int, ParseWords)} with the bundled rule set's word lists. */
  public static List<Span> split(String text, int from, int to) {
    return split(text, from, to, ParseWords.bundled());
  }

  /**
   * The sentences of {@code text[from, to)}. The abbreviations are {@code words-splitter-titles} (never an
   * end), {@code words-splitter-contextual} (an end before a word of {@code words-sentence-starters}) and
   * {@code words-before-number}; a speech tag after a quoted question starts with a verb of {@code
   * words-speech-tag-verbs}.
   */
  public static List<Span> split(String text, int from, int to, ParseWords words) {
    List<Span> out = new ArrayList<>();
    int start = skipSpace(text, from, to);
    int i = start;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < to && isTerminal(text.charAt(end))) {
          end++;
        }
        int closers = end;
        while (end < to && Chars.isClosing(text.charAt(end))) {
          end++;
        }
        int next = skipSpace(text, end, to);
        if (next == to) {
          break;
        }
        if (next > end && boundary(text, start, i, closers, end, next, to, words)) {
          Windows.addSentence(text, start, trimEnd(text, start, end), out);
          start = next;
        }
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    Windows.addSentence(text, start, trimEnd(text, start, to), out);
    return out;
  }

  /**
   * Whether the terminal at {@code mark} (run of terminals up to {@code closers}, then closing
   * marks up to {@code end}) ends a sentence whose successor starts at {@code next}.
   */
  private static boolean boundary(String text, int start, int mark, int closers, int end, int next, int to,
      ParseWords words) {
    char first = firstLetterOrDigit(text, next, to);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    char c = text.charAt(mark);
    boolean quoted = end > closers;
    boolean ellipsis = c == '…' || (c == '.' && closers - mark >= 3);
    if (ellipsis) {
      return true;
    }
    if (c == '!' || c == '?' || text.charAt(closers - 1) != '.') {
      return !(quoted && speechTagFollows(text, next, to, words));
    }
    if (quoted) {
      return true; // a quotation closed after the full stop: optimistic.” They
    }
    int w = mark;
    while (w > start && !Chars.isSpace(text.charAt(w - 1)) && !Chars.isOpening(text.charAt(w - 1))) {
      w--;
    }
    int len = mark - w;
    if (len == 0) {
      return true;
    }
    if (len == 1 && Character.isUpperCase(text.charAt(w))) {
      return startsSentence(text, next, to, words); // an initial (John F. Kennedy) or Plan B.
    }
    if (len > 8) {
      return true;
    }
    String lower = text.substring(w, mark).toLowerCase(Locale.ROOT);
    if (words.titles.contains(lower)) {
      return false;
    }
    if (words.beforeNumber.contains(lower)) {
      return !Character.isDigit(text.charAt(next));
    }
    if (words.contextual.contains(lower) || (lower.indexOf('.') > 0 && len <= 6 && Character.isLetter(text.charAt(w)))) {
      return startsSentence(text, next, to, words); // U.S., a.m., J.R.R., Inc.
    }
    return true;
  }

  private static boolean startsSentence(String text, int from, int to, ParseWords words) {
    return words.starters.contains(word(text, wordStart(text, from, to), to).toLowerCase(Locale.ROOT));
  }

  /** Up to six capitalised words then a speech verb: {@code “Why?” White House spokesman John Doe asked}. */
  private static boolean speechTagFollows(String text, int from, int to, ParseWords words) {
    int i = wordStart(text, from, to);
    for (int k = 0; k < 7 && i < to; k++) {
      String w = word(text, i, to);
      if (w.isEmpty()) {
        return false;
      }
      if (words.speechVerbs.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      i += w.length();
      while (i < to && (text.charAt(i) == '.' || text.charAt(i) == '’' || text.charAt(i) == '\'')) {
        i++; // Sen. or Trump’s: still part of the tag's subject
      }
      if (i < to && !Chars.isSpace(text.charAt(i))) {
        return false;
      }
      i = skipSpace(text, i, to);
    }
    return false;
  }

  private static int wordStart(String text, int from, int to) {
    int i = from;
    while (i < to && i < from + 4 && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String word(String text, int from, int to) {
    int j = from;
    while (j < to && j < from + 40 && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(from, j);
  }

  private static char firstLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to && i < from + 4; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c;
      }
    }
    return ' ';
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static int skipSpace(String text, int i, int to) {
    while (i < to && Chars.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Chars.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
