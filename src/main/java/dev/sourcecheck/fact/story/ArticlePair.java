package dev.sourcecheck.fact.story;

import dev.sourcecheck.fact.Place;

/**
 * Two articles of a story compared sentence by sentence (emitted in both directions, "this"
 * first). {@code sentences}/{@code otherSentences} count their prose sentences; {@code copied} is
 * how many of this one's sentences nearly copy one of the other's (most content words shared),
 * {@code inOrder} the largest number of those that follow the other's order (a rewrite keeps the
 * order; two reports of one event share facts in their own orders). {@code [start, end)} is this
 * article's first copied passage and {@code [otherStart, otherEnd)} the passage it copies. {@code
 * order}/{@code otherOrder} rank the story's articles by publication date, then input order.
 * Immutable.
 */
public record ArticlePair(
    String story, String article, String other, int sentences, int otherSentences, int copied, int inOrder,
    int start, int end, int otherStart, int otherEnd, int order, int otherOrder) {

  /** The other article's copied passage as a related place of a finding. */
  public Place otherPlace(String role) {
    return new Place(other, otherStart, otherEnd, role);
  }
}
