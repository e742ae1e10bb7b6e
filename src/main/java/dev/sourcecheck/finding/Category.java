package dev.sourcecheck.finding;

import java.util.Locale;

/**
 * The rule families. A rule's category is the first segment of its id and its folder in rules/.
 * {@link #SCORE} rules raise no findings: they give the points an article's score is made of.
 */
public enum Category {
  BOILERPLATE,
  ATTRIBUTION,
  FRAMING,
  CONTRADICTION,
  PROVENANCE,
  DERIVED,
  SCORE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether rules of this category raise findings (all but {@link #SCORE}). */
  public boolean raisesFindings() {
    return this != SCORE;
  }

  /** The categories whose rules raise findings, in report order. */
  public static java.util.List<Category> ofFindings() {
    return java.util.Arrays.stream(values()).filter(Category::raisesFindings).toList();
  }

  /** The category of a {@code category.slug} rule id, or null if the first segment is not one. */
  public static Category ofRuleId(String ruleId) {
    int dot = ruleId.indexOf('.');
    String head = dot < 0 ? ruleId : ruleId.substring(0, dot);
    for (Category c : values()) {
      if (c.label().equals(head)) {
        return c;
      }
    }
    return null;
  }
}
