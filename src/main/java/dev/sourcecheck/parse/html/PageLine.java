package dev.sourcecheck.parse.html;

/**
 * One line of a page as read: a block of the main text, or a compact line standing for a block
 * the extraction left out (navigation, a share bar, an ad slot...). {@code inputLine} is the
 * 1-based line of the page's source where it starts, 0 when unknown. For a left-out line, the
 * DOM's signals: the tag and ARIA role of the element that holds it, what its class and id hints
 * name ({@code hint}, empty when nothing), where it sat ({@code before}, {@code inside} or {@code
 * after} the main text), and its words, links and link characters. Immutable.
 */
public record PageLine(String text, boolean main, Kind kind, int inputLine, String tag, String role, String hint,
    String where, int words, int links, double linkDensity) {
  /** What a main-text line is. */
  public enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, PRE, ROW, CAPTION, TEXT, LEFT_OUT }

  static PageLine main(Block b) {
    return new PageLine(b.text, true, kindOf(b.kind), b.inputLine, b.element.normalName(), "", "", "", b.words,
        b.links, b.linkDensity());
  }

  static PageLine text(String text) {
    return new PageLine(text, true, Kind.PARAGRAPH, 0, "", "", "", "", 0, 0, 0);
  }

  private static Kind kindOf(Block.Kind k) {
    return switch (k) {
      case PARAGRAPH -> Kind.PARAGRAPH;
      case HEADING -> Kind.HEADING;
      case ITEM -> Kind.ITEM;
      case QUOTE -> Kind.QUOTE;
      case PRE -> Kind.PRE;
      case CELL -> Kind.ROW;
      case CAPTION -> Kind.CAPTION;
      case TEXT -> Kind.TEXT;
    };
  }
}
