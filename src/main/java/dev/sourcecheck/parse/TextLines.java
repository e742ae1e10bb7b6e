package dev.sourcecheck.parse;

import dev.sourcecheck.article.Line;
import dev.sourcecheck.article.Span;
import dev.sourcecheck.article.TextIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a plain-text article and their grouping into paragraph blocks, undoing hard wraps.
 * Stateless; linear in the text.
 */
final class TextLines {
  private TextLines() {}

  /**
   * The lines of the text. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r} (old Mac
   * files, some exports), as {@link TextIndex} counts them; a line's span excludes its terminator;
   * its content excludes surrounding white space, including no-break spaces.
   */
  static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = 1;
    while (start <= text.length()) {
      int nl = TextIndex.lineBreak(text, start);
      int end = nl < 0 ? text.length() : nl;
      int cs = start;
      int ce = end;
      while (cs < ce && Chars.isSpace(text.charAt(cs))) {
        cs++;
      }
      while (ce > cs && Chars.isSpace(text.charAt(ce - 1))) {
        ce--;
      }
      if (cs == ce) {
        cs = ce = start;
      }
      lines.add(new Line(n++, new Span(start, end), new Span(cs, ce)));
      if (nl < 0) {
        break;
      }
      start = TextIndex.afterBreak(text, nl);
    }
    return lines;
  }

  /**
   * Groups lines into paragraphs. Scraped text mostly has one paragraph a line, or paragraphs
   * separated by blank lines. Lines are joined when they were hard-wrapped: the line breaks
   * mid-sentence (no final punctuation, next line in lower case or the line ends with a comma or
   * hyphen), or the file is wrapped at a margin and the line reaches it.
   */
  static List<int[]> blocks(String text, List<Line> lines, Meta meta) {
    int margin = wrapMargin(text, lines, meta);
    List<int[]> out = new ArrayList<>();
    int k = 0;
    while (k < lines.size()) {
      if (lines.get(k).isBlank() || meta.line[k] || meta.end[k] <= meta.start[k]) {
        k++;
        continue;
      }
      int start = k;
      while (k + 1 < lines.size() && !lines.get(k + 1).isBlank() && !meta.line[k + 1]
          && meta.end[k + 1] > meta.start[k + 1] && meta.end[k] == lines.get(k).content().end()
          && wraps(text, meta.start[k], meta.end[k], meta.start[k + 1], margin)) {
        k++;
      }
      out.add(new int[] {start, k});
      k++;
    }
    return out;
  }

  /**
   * The margin a hard-wrapped file was wrapped at, or 0 when it is not hard-wrapped: every line is
   * at most 100 characters, and of the lines followed by another non-blank line, at least three and
   * at least half come within 15 characters of the longest and break mid-sentence (scraped text
   * with a paragraph a line ends its lines with sentence punctuation).
   */
  private static int wrapMargin(String text, List<Line> lines, Meta meta) {
    int max = 0;
    for (int i = 0; i < lines.size(); i++) {
      max = Math.max(max, meta.end[i] - meta.start[i]);
    }
    if (max > 100 || max < 40) {
      return 0;
    }
    int followed = 0;
    int broken = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).isBlank() || lines.get(i + 1).isBlank()) {
        continue;
      }
      followed++;
      if (meta.end[i] - meta.start[i] >= max - 15 && ".!?:;\"”’)…".indexOf(text.charAt(meta.end[i] - 1)) < 0) {
        broken++;
      }
    }
    return broken >= 3 && broken * 2 >= followed ? max : 0;
  }

  private static boolean wraps(String text, int start, int end, int nextStart, int margin) {
    char last = text.charAt(end - 1);
    char first = text.charAt(nextStart);
    boolean ends = ".!?:;\"”’)…".indexOf(last) >= 0;
    if (margin > 0 && end - start >= margin - 25 && end - start >= 30) {
      return true;
    }
    return !ends && (Character.isLowerCase(first) || last == ',' || last == '-');
  }
}
