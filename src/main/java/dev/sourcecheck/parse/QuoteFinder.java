package dev.sourcecheck.parse;

import dev.sourcecheck.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level quotations of a paragraph in straight, curly, single, low-9 and guillemet
 * marks, in one linear pass. Stateless and thread-safe.
 *
 * <p>Double marks: a curly or low opening mark always opens; a straight mark opens where it stands
 * before a word and after a space or punctuation. An opening mark met while a quotation is open
 * ends the open one there, unclosed (unless it stands where a closing mark would, between a word or
 * punctuation and a space: a left mark typed for a right one closes): by news convention a quotation that runs on into a new
 * paragraph is reopened without being closed, and scraped text often loses the paragraph break. A
 * double quotation still open at the paragraph's end is reported as {@code unclosed} (it continues
 * in the next paragraph). Marks inside a quotation (nested single quotes, apostrophes) are not
 * reported.
 *
 * <p>Single marks are mostly apostrophes (don’t, Kyiv's, the Ukrainians’ talks, ’90s, rock ’n’
 * roll): a single mark opens only before a word of two or more characters (not a decade), after a
 * space or punctuation, and only when a closing single mark follows in the paragraph (after a
 * non-space, before a non-letter); otherwise it is an apostrophe.
 *
 * <p>Two straight apostrophes in a row ({@code ''Yes,'' he said}, the form of newspaper archives
 * and of text typed for TeX) are one double mark: they open after a space or punctuation and
 * before a non-space, and close the quotation they opened.
 */
final class QuoteFinder {
  private QuoteFinder() {}

  /** The mark of a quotation opened by two straight apostrophes (the archive form of {@code “}): found as {@code "}. */
  private static final char PAIR = '\u2033';

  /** A quotation found in a paragraph; offsets index the article text. */
  record Found(Span span, Span inner, char mark, boolean unclosed) {}

  static List<Found> find(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    int open = -1;
    char mark = 0;
    // the last search for a single closing mark, kept so that the pass stays linear: closerAt is
    // the first candidate at or after searchedFrom, or -1 when there is none
    int searchedFrom = -1;
    int closerAt = -1;
    boolean searchedGuillemet = false;
    int doubleAt = -1; // likewise the first double mark at or after the last search's start (to, if none)
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isMark(c)) {
        continue;
      }
      char prev = i > from ? text.charAt(i - 1) : ' ';
      char next = i + 1 < to ? text.charAt(i + 1) : ' ';
      if (c == '\'' && next == '\'') { // two straight apostrophes typed for one double mark (''Yes,'' he said)
        char after = i + 2 < to ? text.charAt(i + 2) : ' ';
        if (open >= 0 && mark == PAIR) {
          add(out, found(text, open, i + 2, mark, false));
          open = -1;
        } else if (open < 0 && !Character.isLetterOrDigit(prev) && !Chars.isSpace(after)) {
          open = i;
          mark = PAIR;
        }
        i++;
        continue;
      }
      if (open >= 0) {
        if (closesWithLeftMark(mark, c, prev, next)) {
          add(out, found(text, open, i + 1, mark, false));
          open = -1;
        } else if (reopens(mark, c, prev, next)) {
          add(out, found(text, open, i, mark, true));
          open = i;
          mark = c;
        } else if (closesDouble(mark, c)) {
          add(out, found(text, open, i + 1, mark, false));
          open = -1;
        }
        continue;
      }
      if (opensDouble(c, prev, next)) {
        open = i;
        mark = c;
        continue;
      }
      if (opensSingle(text, i, to, c, prev, next)) {
        boolean cached = searchedFrom >= 0 && searchedFrom <= i + 1 && (closerAt < 0 || closerAt >= i + 1)
            && searchedGuillemet == (c == '‹');
        if (!cached) {
          searchedFrom = i + 1;
          searchedGuillemet = c == '‹';
          closerAt = nextSingleCloser(text, i + 1, to, c);
        }
        if (closerAt >= 0 && c == '\'' && doubleAt <= i) {
          doubleAt = nextDouble(text, i + 1, to);
        }
        if (closerAt >= 0 && closerAt - i >= 3 && (c != '\'' || doubleAt > closerAt)) {
          out.add(found(text, i, closerAt + 1, c, false));
          i = closerAt;
        }
      }
    }
    if (open >= 0) {
      add(out, found(text, open, to, mark, true));
    }
    return out;
  }

  /** Keeps quotations with words in them: a lone mark at a paragraph's end or {@code ""} is none. */
  private static void add(List<Found> out, Found f) {
    if (!f.inner().isEmpty()) {
      out.add(f);
    }
  }

  private static boolean isMark(char c) {
    return switch (c) {
      case '"', '“', '”', '„', '«', '»', '\'', '‘', '’', '‹', '›' -> true;
      default -> false;
    };
  }

  private static boolean opensDouble(char c, char prev, char next) {
    return switch (c) {
      case '“', '„', '«' -> true;
      case '"' -> !Character.isLetterOrDigit(prev) && !Chars.isSpace(next);
      default -> false;
    };
  }

  /**
   * A left curly mark typed for a right one: inside a curly or straight quotation, a {@code “}
   * right after a word or punctuation and before a space or punctuation closes it ({@code “It's
   * unusual,“ said Larry Noble}, {@code “Frozen“ and}); before a word it reopens ({@code .“Next}).
   */
  private static boolean closesWithLeftMark(char mark, char c, char prev, char next) {
    return c == '“' && (mark == '“' || mark == '"') && !Chars.isSpace(prev) && !isMark(prev)
        && !Character.isLetterOrDigit(next) && !isMark(next);
  }

  /** An opening mark met inside an open quotation: a curly or low mark, or a straight one between a space and a word. */
  private static boolean reopens(char mark, char c, char prev, char next) {
    if (mark == '„' && c == '“') {
      return false; // „…“ is the German pair
    }
    return c == '“' || c == '„' || c == '«' || c == '"' && Chars.isSpace(prev) && Character.isLetterOrDigit(next);
  }

  private static boolean closesDouble(char mark, char c) {
    return switch (mark) {
      case '«' -> c == '»';
      case '„' -> c == '“' || c == '”' || c == '"';
      case PAIR -> false;
      default -> c == '”' || c == '"';
    };
  }

  /** A single mark that may open: after a space or punctuation, before a word that is not a decade or one letter. */
  private static boolean opensSingle(String text, int i, int to, char c, char prev, char next) {
    if (c != '‘' && c != '\'' && c != '‹') {
      return false;
    }
    if (Character.isLetterOrDigit(prev) || prev == '’' || prev == '\'' || !Character.isLetterOrDigit(next)) {
      return false;
    }
    char after = i + 2 < to ? text.charAt(i + 2) : ' ';
    if (Character.isLowerCase(next) && !Character.isLetterOrDigit(after)) {
      return false; // ’n’, ‘t (a misplaced apostrophe), 'em
    }
    if (Character.isDigit(next) && Character.isDigit(after)) {
      char third = i + 3 < to ? text.charAt(i + 3) : ' ';
      return third != 's' && Character.isLetterOrDigit(third); // '90s and '19 are years
    }
    return true;
  }

  /** The first single mark after {@code from} that can close {@code open}, or -1. */
  private static int nextSingleCloser(String text, int from, int to, char open) {
    for (int j = from; j < to; j++) {
      char c = text.charAt(j);
      if (open == '‹' ? c == '›' : (c == '’' || c == '\'')) {
        char prev = text.charAt(j - 1);
        char next = j + 1 < to ? text.charAt(j + 1) : ' ';
        if (!Chars.isSpace(prev) && (!Character.isLetterOrDigit(next) || c == '’' && !latin(next))) {
          return j;
        }
      }
    }
    return -1;
  }

  /** Korean and other scripts attach particles to a closing mark: ‘데이트 폭력’이 closes before 이. */
  private static boolean latin(char c) {
    return c < 0x250 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /**
   * The first double mark after {@code from}, or {@code to}: a straight single quotation does not
   * swallow a double one (its "opening" mark was an apostrophe).
   */
  private static int nextDouble(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '"' || c == '“' || c == '”') {
        return k;
      }
    }
    return to;
  }

  private static Found found(String text, int start, int end, char mark, boolean unclosed) {
    int width = mark == PAIR ? 2 : 1;
    int innerStart = start + width;
    int innerEnd = unclosed ? end : end - width;
    while (innerStart < innerEnd && Chars.isSpace(text.charAt(innerStart))) {
      innerStart++;
    }
    while (innerEnd > innerStart && Chars.isSpace(text.charAt(innerEnd - 1))) {
      innerEnd--;
    }
    int spanEnd = end;
    while (unclosed && spanEnd > start + 1 && Chars.isSpace(text.charAt(spanEnd - 1))) {
      spanEnd--;
    }
    return new Found(new Span(start, spanEnd), new Span(innerStart, innerEnd), mark == PAIR ? '"' : mark, unclosed);
  }
}
