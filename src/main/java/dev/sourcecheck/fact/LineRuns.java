package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds runs of short lines in an article's body: headline-and-summary pairs ({@link TeaserRun})
 * and lines without final punctuation ({@link HeadlineRun}). A line of a run is a one-line body
 * paragraph of at most {@link #SHORT} words (a short block, as jusText and boilerpipe count them)
 * that is not a web address, a table row, a label ending with ':' or a row of figures; a headline
 * has no final punctuation. Where two alignments of pairs are possible, the one with more pairs
 * wins. Facts only: the rules decide which runs are furniture. Stateless and thread-safe.
 */
public final class LineRuns {
  private LineRuns() {}

  /** The longest line, in words, that may stand in a run. */
  static final int SHORT = 30;

  /** The runs of both kinds: pairs (at least one) and headlines (at least two), in reading order. */
  public static List<Object> find(Article a, FactWords fw) {
    List<Paragraph> ps = a.paragraphs();
    int n = ps.size();
    String[] text = new String[n];
    int[] words = new int[n];
    boolean[] line = new boolean[n];
    boolean[] head = new boolean[n];
    int[] bodyBefore = new int[n + 1];
    for (int i = 0; i < n; i++) {
      Paragraph p = ps.get(i);
      text[i] = p.span().of(a.text()).strip();
      words[i] = FactExtractor.splitCount(text[i]);
      line[i] = p.kind() == Paragraph.Kind.BODY && p.firstLine() == p.lastLine() && words[i] >= 1
          && words[i] <= SHORT && !furniture(text[i], words[i]);
      head[i] = line[i] && !FactExtractor.terminal(text[i]);
      bodyBefore[i + 1] = bodyBefore[i] + (p.kind() == Paragraph.Kind.BODY ? 1 : 0);
    }
    int[] longestFrom = new int[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      longestFrom[i] = Math.max(words[i], longestFrom[i + 1]);
    }
    List<Object> out = new ArrayList<>();
    pairs(a, ps, words, line, head, bodyBefore, longestFrom, out);
    headlines(a, ps, text, words, head, bodyBefore, out, fw);
    return out;
  }

  private static void pairs(Article a, List<Paragraph> ps, int[] words, boolean[] line, boolean[] head,
      int[] bodyBefore, int[] longestFrom, List<Object> out) {
    int n = ps.size();
    int[] chain = new int[n + 2];
    for (int i = n - 2; i >= 0; i--) {
      chain[i] = head[i] && line[i + 1] ? 1 + chain[i + 2] : 0;
    }
    int i = 0;
    while (i < n - 1) {
      if (chain[i] == 0 || chain[i + 1] > chain[i]) {
        i++;
        continue;
      }
      int last = i + 2 * chain[i] - 1;
      int headMin = Integer.MAX_VALUE;
      int headMax = 0;
      int sumMin = Integer.MAX_VALUE;
      int sumMax = 0;
      for (int k = i; k <= last; k += 2) {
        headMin = Math.min(headMin, words[k]);
        headMax = Math.max(headMax, words[k]);
        sumMin = Math.min(sumMin, words[k + 1]);
        sumMax = Math.max(sumMax, words[k + 1]);
      }
      Paragraph first = ps.get(i);
      Paragraph end = ps.get(last);
      out.add(new TeaserRun(a.id(), first.firstLine(), end.lastLine(), first.span().start(), end.span().end(),
          first.index(), end.index(), chain[i], headMin, headMax, sumMin, sumMax, longestFrom[last + 1],
          bodyBefore[i]));
      i = last + 1;
    }
  }

  private static void headlines(Article a, List<Paragraph> ps, String[] text, int[] words, boolean[] head,
      int[] bodyBefore, List<Object> out, FactWords fw) {
    int n = ps.size();
    int[] proseFrom = new int[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      proseFrom[i] = Math.max(FactExtractor.terminal(text[i]) ? words[i] : 0, proseFrom[i + 1]);
    }
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && head[j]) {
        j++;
      }
      if (j - i >= 2) {
        int bulleted = 0;
        int titleCase = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int k = i; k < j; k++) {
          bulleted += BULLET.matcher(text[k]).lookingAt() ? 1 : 0;
          titleCase += FactExtractor.titleCase(text[k], fw) ? 1 : 0;
          min = Math.min(min, words[k]);
          max = Math.max(max, words[k]);
        }
        Paragraph first = ps.get(i);
        Paragraph end = ps.get(j - 1);
        out.add(new HeadlineRun(a.id(), first.firstLine(), end.lastLine(), first.span().start(), end.span().end(),
            first.index(), end.index(), j - i, bulleted, titleCase, min, max, proseFrom[j], bodyBefore[i]));
      }
      i = Math.max(j, i + 1);
    }
  }

  private static final Pattern BULLET = Pattern.compile("[-•*–]\\s+\\S");

  /** A web address, a table row, a label that introduces what follows, or a row of figures. */
  private static boolean furniture(String t, int words) {
    if (t.endsWith(":") || t.indexOf('|') >= 0 || t.contains("://") || t.contains("www.")) {
      return true;
    }
    int numbers = 0;
    int k = 0;
    while (k < t.length()) {
      while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
        k++;
      }
      boolean digit = false;
      while (k < t.length() && !Character.isWhitespace(t.charAt(k))) {
        digit |= Character.isDigit(t.charAt(k));
        k++;
      }
      numbers += digit ? 1 : 0;
    }
    return numbers * 3 >= words;
  }
}
