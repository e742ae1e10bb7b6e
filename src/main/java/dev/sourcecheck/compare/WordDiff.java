package dev.sourcecheck.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-level comparison of two quotations given as their comparison words ({@link QuoteText}):
 * longest common subsequence, longest shared run, words changed, and a diff in the {@code
 * [-removed-] {+added+}} notation (shown with the words as written). Words missing from the ends
 * of the shorter quotation's alignment are a cut, not a change. Quadratic in the words of the two
 * quotations, which are short (at most 400 words are compared). Stateless and thread-safe.
 */
final class WordDiff {
  private WordDiff() {}

  /**
   * The comparison of {@code a} (the reference) to {@code b}. {@code overlapping} is true when the
   * longest shared run reaches the start of one quotation and the end of one: the two quote
   * different extents of one passage (one goes on where the other stops), nothing inside differs.
   */
  record Result(int lcs, int longestRun, int changed, String diff, boolean overlapping) {}

  static Result compare(QuoteText a, QuoteText b) {
    return both(a, b)[0];
  }

  /**
   * {@code compare(a, b)} and {@code compare(b, a)} from one table: the longest common subsequence
   * of b and a at (j, i) is that of a and b at (i, j), so the second direction costs only its walk
   * back through the table. Words are compared as ids (equal ids, equal words).
   */
  static Result[] both(QuoteText a, QuoteText b) {
    List<String> x = a.words();
    List<String> y = b.words();
    int n = Math.min(x.size(), 400);
    int m = Math.min(y.size(), 400);
    int[] xi = new int[n];
    int[] yi = new int[m];
    ids(x, y, xi, yi);
    int w = m + 1;
    int[] l = new int[(n + 1) * w];
    int[] run = new int[w];
    int[] below = new int[w + 1]; // run of row i + 1
    int longest = 0;
    // where compare(a, b) takes the longest run: the last cell reaching it in its order (i, then j,
    // downwards), i.e. the least i, then the least j; compare(b, a) walks j first: the least j, then i
    int ri = 0;
    int rj = 0;
    int si = 0;
    int sj = 0;
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        if (xi[i] == yi[j]) {
          l[i * w + j] = l[(i + 1) * w + j + 1] + 1;
          int r = below[j + 1] + 1;
          run[j] = r;
          if (r >= longest) {
            if (r > longest || j < sj || j == sj && i < si) {
              si = i;
              sj = j;
            }
            longest = r;
            ri = i;
            rj = j;
          }
        } else {
          l[i * w + j] = Math.max(l[(i + 1) * w + j], l[i * w + j + 1]);
          run[j] = 0;
        }
      }
      int[] t = below;
      below = run;
      run = t;
      run[m] = 0;
    }
    return new Result[] {walk(a, b, xi, yi, n, m, l, w, false, longest, ri, rj),
        walk(b, a, yi, xi, m, n, l, w, true, longest, sj, si)};
  }

  /** Equal ids for equal words of {@code x} and {@code y} (their first 400). */
  private static void ids(List<String> x, List<String> y, int[] xi, int[] yi) {
    Map<String, Integer> id = new HashMap<>();
    for (int i = 0; i < xi.length; i++) {
      xi[i] = id.computeIfAbsent(x.get(i), k -> id.size());
    }
    for (int j = 0; j < yi.length; j++) {
      yi[j] = id.computeIfAbsent(y.get(j), k -> id.size());
    }
  }

  /**
   * The comparison of {@code a} (ids {@code x}, {@code n} words) to {@code b}, walking the table of
   * longest common subsequences ({@code transposed}: the table was filled with a and b swapped).
   */
  private static Result walk(QuoteText a, QuoteText b, int[] x, int[] y, int n, int m, int[] table, int w,
      boolean transposed, int longest, int ri, int rj) {
    // the alignment as a list of hunks: matched words, and removed/added runs between them
    StringBuilder out = new StringBuilder();
    List<String> del = new ArrayList<>();
    List<String> add = new ArrayList<>();
    List<int[]> hunks = new ArrayList<>(); // {removed, added} of each change, in order
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x[i] == y[j]) {
        flush(out, del, add, hunks);
        append(out, b.shown(j));
        i++;
        j++;
      } else if (j < m && (i == n || lcs(table, w, transposed, i, j + 1) >= lcs(table, w, transposed, i + 1, j))) {
        add.add(b.shown(j++));
      } else {
        del.add(a.shown(i++));
      }
    }
    flush(out, del, add, hunks);
    boolean aShorter = n <= m;
    int changed = 0;
    for (int k = 0; k < hunks.size(); k++) {
      int[] h = hunks.get(k);
      boolean end = k == 0 && startsWithChange(x, y, n, m) || k == hunks.size() - 1 && endsWithChange(x, y, n, m);
      // at an end, only the shorter quotation's own extra words are a change: the longer's are a cut
      changed += end ? (aShorter ? h[0] : h[1]) : Math.max(h[0], h[1]);
    }
    boolean reachesStart = longest > 0 && (ri == 0 || rj == 0);
    boolean reachesEnd = longest > 0 && (ri + longest == n || rj + longest == m);
    return new Result(lcs(table, w, transposed, 0, 0), longest, changed, out.toString(), reachesStart && reachesEnd);
  }

  /** The longest common subsequence of the words from i and from j. */
  private static int lcs(int[] table, int w, boolean transposed, int i, int j) {
    return transposed ? table[j * w + i] : table[i * w + j];
  }

  private static boolean startsWithChange(int[] x, int[] y, int n, int m) {
    return n == 0 || m == 0 || x[0] != y[0];
  }

  private static boolean endsWithChange(int[] x, int[] y, int n, int m) {
    return n == 0 || m == 0 || x[n - 1] != y[m - 1];
  }

  private static void flush(StringBuilder out, List<String> del, List<String> add, List<int[]> hunks) {
    if (del.isEmpty() && add.isEmpty()) {
      return;
    }
    hunks.add(new int[] {del.size(), add.size()});
    if (!del.isEmpty()) {
      append(out, "[-" + String.join(" ", del) + "-]");
    }
    if (!add.isEmpty()) {
      append(out, "{+" + String.join(" ", add) + "+}");
    }
    del.clear();
    add.clear();
  }

  private static void append(StringBuilder out, String s) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(s);
  }

  /**
   * Whether {@code shorter} is a cut of {@code longer}: its words, split where it has an ellipsis,
   * appear as contiguous runs of {@code longer}'s words, in order. Identical word lists are a cut.
   */
  static boolean isCut(QuoteText shorter, QuoteText longer) {
    List<String> words = longer.words();
    int from = 0;
    for (List<String> seg : shorter.segments()) {
      if (seg.isEmpty()) {
        continue;
      }
      int at = Collections.indexOfSubList(words.subList(from, words.size()), seg);
      if (at < 0) {
        return false;
      }
      from += at + seg.size();
    }
    return true;
  }
}
