package dev.sourcecheck.finding;

import java.util.Locale;

/** The rule families. A rule's category is the first segment of its id and its folder in rules/. */
public enum Category {
  BOILERPLATE,
  ATTRIBUTION,
  FRAMING,
  CONTRADICTION,
  PROVENANCE,
  DERIVED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
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
