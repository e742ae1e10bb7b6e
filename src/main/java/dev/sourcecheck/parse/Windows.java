package dev.sourcecheck.parse;

import dev.sourcecheck.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounded windows for text with no natural end: a "sentence" of a megabyte without punctuation, a
 * paragraph of thousands of sentences on one line. Every later stage works per sentence or per
 * paragraph, so capping both keeps each stage's windows, and what it holds at once, bounded. The
 * caps sit far above real copy (the longest sentence in the seeds, fixtures and shared corpora is
 * about 2,500 characters, the longest paragraph about 8,600): real text is never cut, a
 * pathological one is audited in pieces instead of refused. Stateless and thread-safe.
 */
public final class Windows {
  private Windows() {}

  /** The longest sentence kept whole, in characters. */
  public static final int MAX_SENTENCE = 4_000;

  /** The longest paragraph kept whole, in characters. */
  public static final int MAX_PARAGRAPH = 20_000;

  /**
   * Adds {@code [start, end)} to {@code out} as one sentence, or, when it is longer than
   * {@link #MAX_SENTENCE}, as consecutive pieces cut at the last white space of each window (at a
   * character boundary when a window has none).
   */
  static void addSentence(String text, int start, int end, List<Span> out) {
    while (end - start > MAX_SENTENCE) {
      int cut = cutPoint(text, start, start + MAX_SENTENCE);
      int pieceEnd = cut;
      while (pieceEnd > start && Chars.isSpace(text.charAt(pieceEnd - 1))) {
        pieceEnd--;
      }
      out.add(new Span(start, pieceEnd));
      start = cut;
      while (start < end && Chars.isSpace(text.charAt(start))) {
        start++;
      }
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  /** Where to cut before {@code limit}: after the last white space in the window's last quarter, else at {@code limit}. */
  private static int cutPoint(String text, int start, int limit) {
    int floor = start + (limit - start) * 3 / 4;
    for (int i = limit; i > floor; i--) {
      if (Chars.isSpace(text.charAt(i - 1))) {
        return i;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /**
   * {@code paragraph} as itself, or, when it is longer than {@link #MAX_PARAGRAPH}, as consecutive
   * windows of whole sentences (each at most that long, since sentences are capped far below it).
   */
  static List<Span> paragraphs(String text, Span paragraph, ParseWords words) {
    if (paragraph.length() <= MAX_PARAGRAPH) {
      return List.of(paragraph);
    }
    List<Span> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Span s : SentenceSplitter.split(text, paragraph.start(), paragraph.end(), words)) {
      if (start >= 0 && s.end() - start > MAX_PARAGRAPH) {
        out.add(new Span(start, end));
        start = -1;
      }
      if (start < 0) {
        start = s.start();
      }
      end = s.end();
    }
    if (start >= 0) {
      out.add(new Span(start, end));
    }
    return out;
  }
}
