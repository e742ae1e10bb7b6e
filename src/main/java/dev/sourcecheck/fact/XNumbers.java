package dev.sourcecheck.fact;

import java.util.List;

/**
 * Cross-source: one quantity of the story's event given different values by two sources. {@code
 * kind} is dead, injured, arrested (counts), votes, money or percent; {@code what} the key within
 * the kind (who was counted, what the money or the percentage measures, what was voted on);
 * {@code label} names the quantity for messages and {@code shown}/{@code otherShown} are the values
 * as written. {@code bound}/{@code otherBound} say a value is open ("at least", "more than") or an
 * update ("rose to"); {@code approx}/{@code otherApprox} that it is approximate ("about", "some");
 * {@code later} is true when this article's publication date is after the other's; {@code gap} is
 * the relative difference |a-b|/max(|a|,|b|), so rules can treat rounding as agreement. Immutable.
 */
public record XNumbers(
    String story, String kind, String what, String label, String article, int start, int end, double value,
    String shown, boolean bound, boolean approx, String otherArticle, double otherValue, String otherShown,
    boolean otherBound, boolean otherApprox, boolean later, double gap, List<Place> related) {
  public XNumbers {
    related = List.copyOf(related);
  }
}
