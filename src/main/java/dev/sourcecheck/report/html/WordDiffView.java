package dev.sourcecheck.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word diff the report shows between two sources' versions of a passage: words are compared
 * case- and punctuation-folded (a longest common subsequence, capped at 300 words a side), and the
 * result is HTML with {@code <del>} for words only the first has and {@code <ins>} for words only
 * the second has. Stateless.
 */
final class WordDiffView {
  private WordDiffView() {}

  private static final int CAP = 300;

  /** HTML of the way from {@code from} to {@code to}: kept words plain, removed struck, added underlined. */
  static String html(String from, String to) {
    String[] a = words(from);
    String[] b = words(to);
    int n = Math.min(a.length, CAP);
    int m = Math.min(b.length, CAP);
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = fold(a[i]).equals(fold(b[j])) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && fold(a[i]).equals(fold(b[j]))) {
        out.add(Html.text(b[j]));
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add("<ins>" + Html.text(b[j++]) + "</ins>");
      } else {
        out.add("<del>" + Html.text(a[i++]) + "</del>");
      }
    }
    StringBuilder sb = new StringBuilder(String.join(" ", out));
    if (a.length > CAP || b.length > CAP) {
      sb.append(" …");
    }
    return sb.toString().replace("</del> <del>", " ").replace("</ins> <ins>", " ");
  }

  /** Whether the two passages differ in their words (not only in case or punctuation). */
  static boolean differ(String x, String y) {
    String[] a = words(x);
    String[] b = words(y);
    if (a.length != b.length) {
      return true;
    }
    for (int i = 0; i < a.length; i++) {
      if (!fold(a[i]).equals(fold(b[i]))) {
        return true;
      }
    }
    return false;
  }

  private static String[] words(String s) {
    String t = s == null ? "" : s.strip();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }

  private static String fold(String w) {
    return w.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
  }
}
