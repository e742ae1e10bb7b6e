package dev.sourcecheck.article;

import java.util.Arrays;
import java.util.List;

/**
 * How an article read from a web page maps back onto the page: the page's source line for each
 * line of the article text, and the compact lines that stand for what the extraction left out
 * (with the DOM's signals about each). Plain-text articles have none. Immutable and thread-safe.
 */
public final class PageLayout {
  /**
   * A left-out block of the page, standing as one compact line of the article text at {@code span}.
   * {@code tag} and {@code role} are the element holding it; {@code hint} what its class and id
   * name (empty when nothing); {@code where} is {@code before}, {@code inside} or {@code after}
   * the main text.
   */
  public record LeftOut(Span span, int inputLine, String tag, String role, String hint, String where, int words,
      int links, double linkDensity) {}

  private final int[] inputLines;
  private final List<LeftOut> leftOut;

  /** {@code inputLines[i]} is the source line of article line {@code i + 1}, 0 when unknown. */
  public PageLayout(int[] inputLines, List<LeftOut> leftOut) {
    this.inputLines = Arrays.copyOf(inputLines, inputLines.length);
    this.leftOut = List.copyOf(leftOut);
  }

  /** The page's source line of a 1-based article line, or 0 when the page does not say. */
  public int inputLine(int articleLine) {
    return articleLine >= 1 && articleLine <= inputLines.length ? inputLines[articleLine - 1] : 0;
  }

  public List<LeftOut> leftOut() {
    return leftOut;
  }
}
