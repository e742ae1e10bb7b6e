package dev.sourcecheck.fact;

import java.util.List;

/**
 * Cross-source: one event (who, what, to whom or where) told in two sources with its day.
 * {@code day}/{@code otherDay} are ISO dates when resolved against the publication date, else
 * weekday names; {@code comparable} is true when both name a weekday or both a date, {@code
 * sameDay} whether they agree. Immutable.
 */
public record XEventDays(
    String story, String subject, String action, String object, String article, int start, int end,
    String expression, String day, String otherArticle, String otherExpression, String otherDay,
    boolean comparable, boolean sameDay, List<Place> related) {
  public XEventDays {
    related = List.copyOf(related);
  }
}
