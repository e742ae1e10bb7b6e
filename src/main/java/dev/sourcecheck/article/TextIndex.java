package dev.sourcecheck.article;

import java.util.Arrays;

/**
 * Maps offsets of a text to 1-based line and column numbers. Lines end at {@code \n}; a {@code
 * \r} before it belongs to the line. Immutable and thread-safe.
 */
public final class TextIndex {
  private final int[] lineStarts;
  private final int length;

  public TextIndex(String text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = i + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.length = text.length();
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
      if (span.charAt(i) == '\n') {
        l++;
        c = 1;
      } else {
        c++;
      }
    }
    return new int[] {l, c};
  }
}
