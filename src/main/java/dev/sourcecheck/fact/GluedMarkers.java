package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Line;
import dev.sourcecheck.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds markers glued to prose, which the word-by-word lexicon matcher cannot see ("SponsoredThe"
 * is one word to it). A candidate starts where a capital letter follows sentence punctuation with
 * no space, or at a word start; it is a marker when an entry of the glued-marker lexicon matches
 * there (case-insensitively, longest entry first), starts with a capital, and ends at a boundary:
 * the line's end, white space, punctuation, or the capital letter of a glued next word. After
 * punctuation it must end the line, meet a colon or bar, or touch the next word; at a word start
 * it must touch the next word. Immutable and thread-safe.
 */
public final class GluedMarkers {
  /** The lexicon this finder reads. */
  public static final String LEXICON = "glued-markers";

  private final List<String> terms;

  private GluedMarkers(List<String> terms) {
    this.terms = terms;
  }

  /** A finder over the lexicon's entries (none when the rule set has no such lexicon). */
  public static GluedMarkers of(Lexicon lexicon) {
    List<String> t = new ArrayList<>();
    if (lexicon != null) {
      lexicon.entries().forEach(e -> t.add(e.term().toLowerCase(Locale.ROOT)));
    }
    t.sort(Comparator.comparingInt(String::length).reversed());
    return new GluedMarkers(List.copyOf(t));
  }

  public List<GluedMarker> find(Article a) {
    List<GluedMarker> out = new ArrayList<>();
    if (terms.isEmpty()) {
      return out;
    }
    String text = a.text();
    for (Line l : a.lines()) {
      int ls = l.content().start();
      int le = l.content().end();
      for (int i = ls; i < le; i++) {
        char c = text.charAt(i);
        if (!Character.isUpperCase(c)) {
          continue;
        }
        boolean afterPunct = i > ls && ".!?:;\"”’)".indexOf(text.charAt(i - 1)) >= 0;
        boolean wordStart = i == ls || Character.isWhitespace(text.charAt(i - 1));
        if (!afterPunct && !wordStart) {
          continue;
        }
        int end = match(text, i, le);
        if (end < 0) {
          continue;
        }
        boolean gluedAfter = end < le && Character.isUpperCase(text.charAt(end));
        // after punctuation a marker must end its line, meet a colon or bar, or touch the next word: a
        // capitalised word after a missing space ("ended.Related issues") is prose, not a marker
        boolean closes = end == le || text.charAt(end) == ':' || text.charAt(end) == '|';
        if (!(afterPunct && (closes || gluedAfter) || wordStart && gluedAfter)) {
          continue;
        }
        int to = end < le && text.charAt(end) == ':' ? end + 1 : end;
        String glued = afterPunct && gluedAfter ? "both" : afterPunct ? "before" : "after";
        out.add(new GluedMarker(a.id(), l.number(), i, to, text.substring(i, to), text.substring(i, end).toLowerCase(Locale.ROOT),
            glued));
        i = to - 1;
      }
    }
    return out;
  }

  /** The end of the longest entry matching at {@code i} and ending at a boundary, or -1. */
  private int match(String text, int i, int lineEnd) {
    for (String t : terms) {
      int end = i + t.length();
      if (end > lineEnd || !text.regionMatches(true, i, t, 0, t.length())) {
        continue;
      }
      if (end == lineEnd) {
        return end;
      }
      char next = text.charAt(end);
      boolean capitalNext = Character.isUpperCase(next) && (Character.isLowerCase(text.charAt(end - 1))
          || end + 1 < lineEnd && Character.isLowerCase(text.charAt(end + 1)));
      if (capitalNext || !Character.isLetterOrDigit(next)) {
        return end;
      }
    }
    return -1;
  }
}
