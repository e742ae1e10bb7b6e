package dev.sourcecheck.score;

/**
 * A finding of the article being scored, after configured overrides: its rule, category and
 * severity labels, its message and text, and {@code others}, the number of other articles its
 * related places are in (the other outlets of a cross-source finding).
 */
public record FindingFact(String article, String rule, String category, String severity, String message, String text,
    int others) {
  /** The rule id after the category. */
  public String kind() {
    return rule.substring(rule.indexOf('.') + 1);
  }
}
