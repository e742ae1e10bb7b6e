package dev.sourcecheck.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Word-level comparison of two quotations: longest common subsequence, longest shared run, words
 * changed, and a diff in the {@code [-removed-]{+added+}} notation. Case, quotation marks and
 * punctuation do not count (words are compared folded). Quadratic in the words of the two
 * quotations, which are short. Stateless and thread-safe.
 */
final class WordDiff {
  private WordDiff() {}

  /** The comparison of {@code a} (the reference) to {@code b}. */
  record Result(int lcs, int longestRun, int changed, String diff) {}

  static Result compare(List<Words.Token> a, List<Words.Token> b) {
    int n = Math.min(a.size(), 400);
    int m = Math.min(b.size(), 400);
    int[][] l = new int[n + 1][m + 1];
    int[][] run = new int[n + 1][m + 1];
    int longest = 0;
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        if (a.get(i).norm().equals(b.get(j).norm())) {
          l[i][j] = l[i + 1][j + 1] + 1;
          run[i][j] = run[i + 1][j + 1] + 1;
          longest = Math.max(longest, run[i][j]);
        } else {
          l[i][j] = Math.max(l[i + 1][j], l[i][j + 1]);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    List<String> del = new ArrayList<>();
    List<String> add = new ArrayList<>();
    int i = 0;
    int j = 0;
    int changed = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).norm().equals(b.get(j).norm())) {
        changed += flush(out, del, add);
        append(out, b.get(j).raw());
        i++;
        j++;
      } else if (j < m && (i == n || l[i][j + 1] >= l[i + 1][j])) {
        add.add(b.get(j++).raw());
      } else {
        del.add(a.get(i++).raw());
      }
    }
    changed += flush(out, del, add);
    return new Result(l[0][0], longest, changed, out.toString());
  }

  private static int flush(StringBuilder out, List<String> del, List<String> add) {
    int changed = Math.max(del.size(), add.size());
    if (!del.isEmpty()) {
      append(out, "[-" + String.join(" ", del) + "-]");
    }
    if (!add.isEmpty()) {
      append(out, "{+" + String.join(" ", add) + "+}");
    }
    del.clear();
    add.clear();
    return changed;
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
  static boolean isCut(List<List<String>> shorterSegments, List<String> longer) {
    int from = 0;
    for (List<String> seg : shorterSegments) {
      if (seg.isEmpty()) {
        continue;
      }
      int at = Collections.indexOfSubList(longer.subList(from, longer.size()), seg);
      if (at < 0) {
        return false;
      }
      from += at + seg.size();
    }
    return true;
  }
}
