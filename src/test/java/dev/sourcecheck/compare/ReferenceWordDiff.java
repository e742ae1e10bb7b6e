package dev.sourcecheck.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link WordDiff} as it was before both directions came from one table (kept as the oracle of
 * {@code WordDiffTest}).
 *
 * <p>Word-level comparison of two quotations given as their comparison words ({@link QuoteText}):
 * longest common subsequence, longest shared run, words changed, and a diff in the {@code
 * [-removed-] {+added+}} notation (shown with the words as written). Words missing from the ends
 * of the shorter quotation's alignment are a cut, not a change. Quadratic in the words of the two
 * quotations, which are short (at most 400 words are compared). Stateless and thread-safe.
 */
final class ReferenceWordDiff {
  private ReferenceWordDiff() {}

  /**
   * The comparison of {@code a} (the reference) to {@code b}. {@code overlapping} is true when the
   * longest shared run reaches the start of one quotation and the end of one: the two quote
   * different extents of one passage (one goes on where the other stops), nothing inside differs.
   */

  static WordDiff.Result compare(QuoteText a, QuoteText b) {
    List<String> x = a.words();
    List<String> y = b.words();
    int n = Math.min(x.size(), 400);
    int m = Math.min(y.size(), 400);
    int[][] l = new int[n + 1][m + 1];
    int[][] run = new int[n + 1][m + 1];
    int longest = 0;
    int ri = 0;
    int rj = 0;
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        if (x.get(i).equals(y.get(j))) {
          l[i][j] = l[i + 1][j + 1] + 1;
          run[i][j] = run[i + 1][j + 1] + 1;
          if (run[i][j] >= longest) {
            longest = run[i][j];
            ri = i;
            rj = j;
          }
        } else {
          l[i][j] = Math.max(l[i + 1][j], l[i][j + 1]);
        }
      }
    }
    // the alignment as a list of hunks: matched words, and removed/added runs between them
    StringBuilder out = new StringBuilder();
    List<String> del = new ArrayList<>();
    List<String> add = new ArrayList<>();
    List<int[]> hunks = new ArrayList<>(); // {removed, added} of each change, in order
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x.get(i).equals(y.get(j))) {
        flush(out, del, add, hunks);
        append(out, b.shown(j));
        i++;
        j++;
      } else if (j < m && (i == n || l[i][j + 1] >= l[i + 1][j])) {
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
    return new WordDiff.Result(l[0][0], longest, changed, out.toString(), reachesStart && reachesEnd);
  }

  private static boolean startsWithChange(List<String> x, List<String> y, int n, int m) {
    return n == 0 || m == 0 || !x.get(0).equals(y.get(0));
  }

  private static boolean endsWithChange(List<String> x, List<String> y, int n, int m) {
    return n == 0 || m == 0 || !x.get(n - 1).equals(y.get(m - 1));
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
}
