package dev.sourcecheck.article;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Binary searches over an article's ordered, non-overlapping elements (paragraphs, quotations),
 * so that a stage asking "which paragraph holds this offset" once per match costs a logarithm, not
 * a pass over every paragraph: the pass made the fact stage quadratic on articles with many
 * paragraphs or quotations. Stateless and thread-safe.
 */
public final class Positions {
  private Positions() {}

  /** The paragraph whose span holds {@code offset}, or null. */
  public static Paragraph paragraphAt(Article a, int offset) {
    List<Paragraph> ps = a.paragraphs();
    int i = firstNot(ps.size(), k -> ps.get(k).span().end() <= offset);
    return i < ps.size() && ps.get(i).span().start() <= offset ? ps.get(i) : null;
  }

  /** The index of the first quotation whose span ends after {@code offset} (the size if none). */
  public static int firstQuoteEndingAfter(Article a, int offset) {
    List<Quote> qs = a.quotes();
    return firstNot(qs.size(), k -> qs.get(k).span().end() <= offset);
  }

  /** The quotation whose quoted words ({@code inner}) hold all of {@code [start, end)}, or null. */
  public static Quote quoteAround(Article a, int start, int end) {
    List<Quote> qs = a.quotes();
    for (int i = firstQuoteEndingAfter(a, start); i < qs.size() && qs.get(i).span().start() <= start; i++) {
      Quote q = qs.get(i);
      if (q.inner().start() <= start && end <= q.inner().end()) {
        return q;
      }
    }
    return null;
  }

  /** The first quotation of paragraph {@code paragraph}, or null (quotations are in paragraph order). */
  public static Quote firstQuoteOf(Article a, int paragraph) {
    List<Quote> qs = a.quotes();
    int i = firstNot(qs.size(), k -> qs.get(k).paragraph() < paragraph);
    return i < qs.size() && qs.get(i).paragraph() == paragraph ? qs.get(i) : null;
  }

  /** The first index in {@code [0, size)} for which {@code before} is false ({@code before} holds for a prefix). */
  public static int firstNot(int size, IntPredicate before) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (before.test(mid)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
