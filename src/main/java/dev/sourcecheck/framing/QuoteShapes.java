package dev.sourcecheck.framing;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shape of every quotation as a phrase ({@link QuotedPhrase}). Stateless. */
final class QuoteShapes {
  private QuoteShapes() {}

  /** The longest phrase looked up inside longer quotations. */
  static final int ECHO_WORDS = 6;
  /** The most characters between two quotations of one list. */
  static final int LIST_GAP = 8;

  static List<QuotedPhrase> find(Article a, Scan scan, List<HeadlineParts.Part> parts) {
    List<Quote> qs = a.quotes();
    Tokens t = scan.tokens;
    String text = a.text();
    // every run of up to ECHO_WORDS words of every quotation, with the longest quotation holding it
    List<String[]> words = new ArrayList<>(qs.size());
    Map<String, int[]> longest = new HashMap<>();
    for (Quote q : qs) {
      int from = t.from(q.inner().start());
      int to = t.until(q.inner().end());
      String[] w = new String[Math.max(0, to - from)];
      for (int i = from; i < to; i++) {
        w[i - from] = t.folded(i);
      }
      words.add(w);
      for (int i = 0; i < w.length; i++) {
        StringBuilder key = new StringBuilder();
        for (int k = i; k < Math.min(w.length, i + ECHO_WORDS); k++) {
          key.append(k > i ? " " : "").append(w[k]);
          int[] best = longest.get(key.toString());
          if (best == null || best[1] < w.length) {
            longest.put(key.toString(), new int[] {q.index(), w.length});
          }
        }
      }
    }
    List<QuotedPhrase> out = new ArrayList<>(qs.size());
    for (int n = 0; n < qs.size(); n++) {
      Quote q = qs.get(n);
      String[] w = words.get(n);
      boolean echo = false;
      if (w.length > 0 && w.length <= ECHO_WORDS) {
        int[] best = longest.get(String.join(" ", w));
        echo = best != null && best[0] != q.index() && best[1] > w.length;
      }
      boolean listed = n > 0 && list(text, qs.get(n - 1), q) || n + 1 < qs.size() && list(text, q, qs.get(n + 1));
      boolean headline = false;
      for (HeadlineParts.Part p : parts) {
        headline |= p.end() > p.start() && p.start() <= q.span().start() && q.span().end() <= p.end();
      }
      out.add(new QuotedPhrase(a.id(), q.index(), q.span().start(), q.span().end(), a.sentenceAt(q.span().start()),
          w.length, before(text, q.span().start()), after(text, q.span().end()), titleCase(scan, q), echo, listed,
          headline));
    }
    return out;
  }

  /** Every content word inside the quotation starts with a capital letter, and there is one. */
  private static boolean titleCase(Scan scan, Quote q) {
    Tokens t = scan.tokens;
    int content = 0;
    for (int i = t.from(q.inner().start()); i < t.until(q.inner().end()); i++) {
      if (!scan.skip[i] && !t.is(i, Tokens.NUMBER)) {
        if (!t.capitalised(i)) {
          return false;
        }
        content++;
      }
    }
    return content > 0;
  }

  /** Two quotations of one paragraph separated only by punctuation and at most one short word. */
  private static boolean list(String text, Quote x, Quote y) {
    if (x.paragraph() != y.paragraph() || y.span().start() - x.span().end() > LIST_GAP) {
      return false;
    }
    int letters = 0;
    for (int i = x.span().end(); i < y.span().start(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters++;
      } else if (letters > 0 && !Character.isWhitespace(c) && c != ',') {
        return false;
      }
    }
    return letters <= 3;
  }

  private static String before(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r' ? "" : String.valueOf(text.charAt(i));
  }

  private static String after(String text, int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' ? "" : String.valueOf(text.charAt(i));
  }
}
