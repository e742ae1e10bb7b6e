package dev.sourcecheck.article;

import java.util.List;

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
    int lo = 0;
    int hi = ps.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = ps.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return ps.get(mid);
      }
    }
    return null;
  }

  /** The index of the first quotation whose span ends after {@code offset} (the size if none). */
  public static int firstQuoteEndingAfter(Article a, int offset) {
    List<Quote> qs = a.quotes();
    int lo = 0;
    int hi = qs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (qs.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
    int lo = 0;
    int hi = qs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (qs.get(mid).paragraph() < paragraph) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < qs.size() && qs.get(lo).paragraph() == paragraph ? qs.get(lo) : null;
  }
}
