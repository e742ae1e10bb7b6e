package dev.sourcecheck.compare;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a quotation as they are compared across sources: the article's tokens inside the
 * quotation marks (of every part, for a quotation split around a speech tag), folded, with
 * hyphens, apostrophes and a digit/letter boundary splitting words ("well-known" = "well known",
 * "Trump's" = "Trump s" as a scraper leaves it, "4.2million" = "4.2 million"), so that case, quotation marks, punctuation and spacing never count. {@code
 * segments} are the words between ellipses (a cut may leave words out there). Immutable.
 */
record QuoteText(List<String> words, List<String> shown, List<List<String>> segments) {
  String shown(int i) {
    return shown.get(i);
  }

  static QuoteText of(String text, Tokens ts, List<Quote> parts) {
    List<String> words = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    List<List<String>> segments = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (Quote q : parts) {
      int prevEnd = q.inner().start();
      int from = ts.from(q.inner().start());
      int to = ts.until(q.inner().end());
      for (int i = from; i < to; i++) {
        String gap = text.substring(prevEnd, ts.start(i));
        if (gap.contains("...") || gap.contains("…")) {
          segments.add(cur);
          cur = new ArrayList<>();
        }
        String folded = ts.folded(i);
        String written = ts.word(i);
        for (int[] r : split(folded)) {
          String w = folded.substring(r[0], r[1]);
          words.add(w);
          shown.add(written.length() == folded.length() ? written.substring(r[0], r[1]) : w);
          cur.add(w);
        }
        prevEnd = ts.end(i);
      }
    }
    segments.add(cur);
    return new QuoteText(words, shown, segments);
  }

  /** The parts of a folded word, as offsets: split at hyphens and where digits meet letters. */
  private static List<int[]> split(String w) {
    List<int[]> out = new ArrayList<>(1);
    int start = 0;
    for (int k = 1; k <= w.length(); k++) {
      boolean cut = k == w.length() || w.charAt(k) == '-' || w.charAt(k) == '\''
          || Character.isDigit(w.charAt(k)) != Character.isDigit(w.charAt(k - 1)) && w.charAt(k) != '.'
          && w.charAt(k - 1) != '.' && w.charAt(k - 1) != '-' && w.charAt(k - 1) != '\'';
      if (cut) {
        int s = w.charAt(start) == '-' || w.charAt(start) == '\'' ? start + 1 : start;
        if (s < k) {
          out.add(new int[] {s, k});
        }
        start = k;
      }
    }
    return out;
  }
}
