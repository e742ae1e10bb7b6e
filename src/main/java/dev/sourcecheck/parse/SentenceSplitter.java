package dev.sourcecheck.parse;

import dev.sourcecheck.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a stretch of prose into sentences. It knows abbreviations (Mr., Gen., U.S.), initials
 * (J. Smith), decimal numbers, ellipses that run on in lower case, and quotations that end a
 * sentence ({@code optimistic.” They}). Stateless and thread-safe; linear in the text.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  /** Abbreviations that never end a sentence on their own, lower-case, without the final dot. */
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "cmdr", "sen", "rep",
          "gov", "pres", "rev", "hon", "st", "mt", "ft", "jr", "sr", "no", "nos", "vs", "v", "inc", "corp", "ltd",
          "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
          "dept", "est", "fig", "gov't", "ave", "blvd", "e.g", "i.e", "cf", "al", "etc", "mln", "bln", "pp");

  /** Words that start a sentence even after an abbreviation such as U.S. at a sentence end. */
  private static final Set<String> STARTERS =
      Set.of(
          "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that", "there",
          "his", "her", "their", "its", "on", "at", "after", "as", "when", "while", "meanwhile", "however",
          "earlier", "later", "some", "many", "officials", "both", "for", "if", "one", "no", "yet");

  public static List<Span> split(String text, int from, int to) {
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
        while (end < to && Chars.isClosing(text.charAt(end))) {
          end++;
        }
        int next = skipSpace(text, end, to);
        if (next == to) {
          break;
        }
        if (next > end && boundary(text, start, i, end, next, to)) {
          out.add(new Span(start, trimEnd(text, start, end)));
          start = next;
        }
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    int end = trimEnd(text, start, to);
    if (end > start) {
      out.add(new Span(start, end));
    }
    return out;
  }

  private static boolean boundary(String text, int start, int mark, int end, int next, int to) {
    char first = firstLetterOrDigit(text, next, to);
    boolean upper = Character.isUpperCase(first) || Character.isDigit(first);
    if (!upper) {
      return false;
    }
    char c = text.charAt(mark);
    boolean ellipsis = c == '…' || (c == '.' && end - mark >= 3 && text.startsWith("...", mark));
    if (ellipsis) {
      return true;
    }
    if (c != '.' || end > mark + 1 && Chars.isClosing(text.charAt(mark + 1))) {
      return true; // '!' '?' or a quotation closed after the dot
    }
    int w = mark;
    while (w > start && !Character.isWhitespace(text.charAt(w - 1)) && !Chars.isOpening(text.charAt(w - 1))) {
      w--;
    }
    String token = text.substring(w, mark);
    String lower = token.toLowerCase(Locale.ROOT);
    if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
      return false; // an initial: J. Smith
    }
    if (TITLES.contains(lower)) {
      return false;
    }
    if (token.indexOf('.') >= 0 && token.length() <= 6) {
      // U.S. or a.m.: ends the sentence only when the next word is an ordinary sentence start
      return STARTERS.contains(nextWord(text, next, to));
    }
    return true;
  }

  private static String nextWord(String text, int from, int to) {
    int i = from;
    while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < to && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j).toLowerCase(Locale.ROOT);
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
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
