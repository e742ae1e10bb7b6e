package dev.sourcecheck.fact;

import java.util.List;

/**
 * Cross-source: one quantity of the story's event ({@code kind}: dead, injured, arrested, votes,
 * percent, money; {@code what}: who was counted) given different values by two sources. {@code
 * bound}/{@code otherBound} say a value is open ("at least", "more than") or an update ("rose to");
 * {@code later} is true when this article's publication date is after the other's. Immutable.
 */
public record XNumbers(
    String story, String kind, String what, String article, int start, int end, long value, boolean bound,
    String otherArticle, long otherValue, boolean otherBound, boolean later, List<Place> related) {
  public XNumbers {
    related = List.copyOf(related);
  }
}
