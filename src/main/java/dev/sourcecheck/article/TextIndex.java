package dev.sourcecheck.article;

import java.util.Arrays;

/**
 * Maps offsets of a text to 1-based line and column numbers. A line ends at {@code \n}, at
 * {@code \r\n} (one break) or at a lone {@code \r}; the terminator belongs to the line it ends.
 * Immutable and thread-safe.
 */
public final class TextIndex {
  private final int[] lineStarts;
  private final int length;

  public TextIndex(String text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = lineBreak(text, 0); i >= 0; i = lineBreak(text, afterBreak(text, i))) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = afterBreak(text, i);
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.length = text.length();
  }

  /** The offset of the first line terminator ({@code \n} or {@code \r}) at or after {@code from}, or -1. */
  public static int lineBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  /** Where the next line starts after the terminator at {@code brk}: past {@code \r\n} as one break. */
  public static int afterBreak(String text, int brk) {
    return text.charAt(brk) == '\r' && brk + 1 < text.length() && text.charAt(brk + 1) == '\n' ? brk + 2 : brk + 1;
  }

  /** The 1-based line holding {@code offset}; an offset at the end of the text is on the last line. */
  public int line(int offset) {
    if (offset < 0 || offset > length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside text of length " + length);
    }
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The 1-based column of {@code offset}, in UTF-16 units. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The offset where 1-based {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /**
   * The 1-based line and column just after {@code span}, for a span that starts at {@code line}
   * and {@code column}: the end of a region, by the same line rule as this index.
   */
  public static int[] endOf(int line, int column, CharSequence span) {
    int l = line;
    int c = column;
    for (int i = 0; i < span.length(); i++) {
      char ch = span.charAt(i);
      boolean crlf = ch == '\r' && i + 1 < span.length() && span.charAt(i + 1) == '\n';
      if (ch == '\n' || ch == '\r' && !crlf) {
        l++;
        c = 1;
      } else {
        c++;
      }
    }
    return new int[] {l, c};
  }
}
