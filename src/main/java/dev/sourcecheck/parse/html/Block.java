package dev.sourcecheck.parse.html;

import org.jsoup.nodes.Element;

/**
 * A run of text the page shows as one block: a paragraph, heading, list item, quotation line,
 * table cell, caption, or text standing directly in a container. {@code element} is the nearest
 * block-level element holding it. Counts are of the collapsed text. {@code inputLine} is the
 * 1-based line of the page's source where the text starts (0 when unknown). Mutable only while
 * the extractor decides {@link #kept}; confined to one extraction.
 */
final class Block {
  /** What the block is, for the lines of the extracted text. */
  enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, PRE, CELL, CAPTION, TEXT }

  final int index;
  final Element element;
  final Kind kind;
  final String text;
  final int chars;
  final int linkChars;
  final int links;
  final int words;
  final int stopWords;
  final int commas;
  final int sentenceEnds;
  final int inputLine;
  /** Whether the main-text extraction keeps it. */
  boolean kept;
  /** Whether it is the page's headline (which the article states apart, as its title). */
  boolean headline;

  Block(int index, Element element, Kind kind, String text, int linkChars, int links, int words, int stopWords,
      int commas, int sentenceEnds, int inputLine) {
    this.index = index;
    this.element = element;
    this.kind = kind;
    this.text = text;
    this.chars = text.length();
    this.linkChars = Math.min(linkChars, text.length());
    this.links = links;
    this.words = words;
    this.stopWords = stopWords;
    this.commas = commas;
    this.sentenceEnds = sentenceEnds;
    this.inputLine = inputLine;
  }

  double linkDensity() {
    return chars == 0 ? 0 : linkChars / (double) chars;
  }

  double stopDensity() {
    return words == 0 ? 0 : stopWords / (double) words;
  }

  @Override
  public String toString() {
    return index + " " + kind + " <" + element.tagName() + "> " + (kept ? "+" : "-") + " " + text;
  }
}
