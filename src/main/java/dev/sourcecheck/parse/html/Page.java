package dev.sourcecheck.parse.html;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A web page as read: its metadata and its lines in reading order, main text and compact lines
 * for what the extraction left out. Immutable.
 */
public record Page(PageMetadata metadata, List<PageLine> lines) {
  public Page {
    lines = List.copyOf(lines);
  }

  /** The main text alone: one block a paragraph, separated by blank lines. */
  public String mainText() {
    return lines.stream().filter(PageLine::main).map(PageLine::text).collect(Collectors.joining("\n\n"));
  }
}
