package dev.sourcecheck.parse;

import dev.sourcecheck.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level quotations of a paragraph in straight, curly, single and guillemet marks.
 * Apostrophes (don’t, Kyiv's, the Ukrainians’) are told from single quotation marks by the letters
 * around them; a single mark opened and never closed in the paragraph was an apostrophe. A double
 * quotation left open at the paragraph's end is reported as {@code unclosed}: by news convention
 * it continues in the next paragraph. Stateless and thread-safe.
 */
final class QuoteFinder {
  private QuoteFinder() {}

  /** A quotation found in a paragraph; offsets index the article text. */
  record Found(Span span, Span inner, char mark, boolean unclosed) {}

  static List<Found> find(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    int open = -1;
    char mark = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char prev = i > from ? text.charAt(i - 1) : ' ';
      char next = i + 1 < to ? text.charAt(i + 1) : ' ';
      if (open < 0) {
        if (c == '“' || c == '«' || c == '"' && !Character.isLetterOrDigit(prev) && !Character.isWhitespace(next)) {
          open = i;
          mark = c;
        } else if (isSingleOpener(c, prev, next)) {
          open = i;
          mark = c;
        }
        continue;
      }
      if (closes(mark, c, prev, next)) {
        out.add(found(text, open, i + 1, mark, false));
        open = -1;
      }
    }
    if (open >= 0 && isDouble(mark)) {
      int end = to;
      out.add(found(text, open, end, mark, true));
    }
    return out;
  }

  private static boolean isSingleOpener(char c, char prev, char next) {
    boolean boundaryBefore = !Character.isLetterOrDigit(prev) && prev != '’' && prev != '\'';
    return (c == '‘' || c == '\'' || c == '‹') && boundaryBefore && Character.isLetterOrDigit(next);
  }

  private static boolean isDouble(char mark) {
    return mark == '“' || mark == '"' || mark == '«';
  }

  private static boolean closes(char mark, char c, char prev, char next) {
    switch (mark) {
      case '“':
        return c == '”' || c == '"';
      case '"':
        return c == '"' || c == '”';
      case '«':
        return c == '»';
      case '‹':
        return c == '›';
      default:
        // a single mark closes where no letter follows: ’ before a letter is an apostrophe
        return (c == '’' || c == '\'') && !Character.isLetterOrDigit(next) && !Character.isWhitespace(prev);
    }
  }

  private static Found found(String text, int start, int end, char mark, boolean unclosed) {
    int innerStart = start + 1;
    int innerEnd = unclosed ? end : end - 1;
    while (innerStart < innerEnd && Character.isWhitespace(text.charAt(innerStart))) {
      innerStart++;
    }
    while (innerEnd > innerStart && Character.isWhitespace(text.charAt(innerEnd - 1))) {
      innerEnd--;
    }
    int spanEnd = end;
    while (unclosed && spanEnd > start && Character.isWhitespace(text.charAt(spanEnd - 1))) {
      spanEnd--;
    }
    return new Found(new Span(start, spanEnd), new Span(innerStart, innerEnd), mark, unclosed);
  }
}
