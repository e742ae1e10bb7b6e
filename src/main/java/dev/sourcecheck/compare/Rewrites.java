package dev.sourcecheck.compare;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.compare.AlignedSentence.Pair;
import dev.sourcecheck.fact.story.ArticlePair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per ordered pair of articles: how many of this one's sentences nearly copy the other's, and the
 * longest run of them in the other's order (a longest increasing subsequence of partner positions),
 * as an {@link ArticlePair}. Short pairs (fewer than {@link SentenceAligner#MIN_SHARED} stems in
 * common) are not counted.
 */
final class Rewrites {
  /** Overlap from which a sentence nearly copies another (counted for rewrites). */
  static final double COPY = 0.5;

  private Rewrites() {}

  static void facts(Story story, List<Pair> pairs, int[] sizes, List<Object> out) {
    Map<Long, List<Pair>> byDocs = new HashMap<>();
    for (Pair p : pairs) {
      if (p.overlap() >= COPY && p.shared() >= SentenceAligner.MIN_SHARED) {
        byDocs.computeIfAbsent((long) p.a().docIndex * sizes.length + p.b().docIndex, k -> new ArrayList<>()).add(p);
      }
    }
    List<Long> keys = new ArrayList<>(byDocs.keySet());
    keys.sort(null);
    for (long key : keys) {
      List<Pair> ps = byDocs.get(key);
      ps.sort((x, y) -> Integer.compare(x.a().s.index(), y.a().s.index()));
      List<Pair> run = increasing(ps);
      Pair first = run.get(0);
      AuditedArticle a = first.a().doc;
      AuditedArticle b = first.b().doc;
      out.add(new ArticlePair(story.id, a.id(), b.id(), sizes[first.a().docIndex], sizes[first.b().docIndex], ps.size(),
          run.size(), first.a().s.span().start(), first.a().s.span().end(), first.b().s.span().start(),
          first.b().s.span().end(), story.order(a.id()), story.order(b.id())));
    }
  }

  /** The longest run of pairs whose partners follow in the same order (patience sorting). */
  private static List<Pair> increasing(List<Pair> ps) {
    int n = ps.size();
    int[] tails = new int[n];
    int[] prev = new int[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      int v = ps.get(i).b().s.index();
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ps.get(tails[mid]).b().s.index() < v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[i] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = i;
      len = Math.max(len, lo + 1);
    }
    List<Pair> out = new ArrayList<>();
    for (int k = len == 0 ? -1 : tails[len - 1]; k >= 0; k = prev[k]) {
      out.add(0, ps.get(k));
    }
    return out;
  }
}
