package dev.sourcecheck.fact;

import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence inserts: the rule id is taken from the rule itself, so consequences
 * never type an id. {@code severity} overrides the rule's {@code @severity} when not null (for
 * rules whose severity grows with what they find). A flag is a fact: suppression and scoring
 * rules can see it.
 */
public record Flag(
    String rule, String article, int start, int end, String message, String severity, List<Place> related) {
  public Flag {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(message, "message");
    related = List.copyOf(related);
  }

  /**
   * A flag by the rule now firing, at {@code [start, end)} of {@code article}. Pass the
   * consequence's {@code drools}: in the executable model it is a {@code Drools} that is also the
   * {@link RuleContext} naming the rule.
   */
  public static Flag of(Object drools, String article, int start, int end, String message) {
    return new Flag(ruleOf(drools), article, start, end, message, null, List.of());
  }

  /** As {@link #of}, with a severity that overrides the rule's own. */
  public static Flag of(Object drools, String article, int start, int end, String message, String severity) {
    return new Flag(ruleOf(drools), article, start, end, message, severity, List.of());
  }

  /** A cross-source flag with the places that agree or deviate. */
  public static Flag of(Object drools, String article, int start, int end, String message, String severity,
      List<Place> related) {
    return new Flag(ruleOf(drools), article, start, end, message, severity, related);
  }

  /** The id of the rule whose consequence is running. */
  public static String ruleOf(Object drools) {
    if (drools instanceof RuleContext rc) {
      return rc.getRule().getName();
    }
    throw new IllegalArgumentException("pass the consequence's 'drools', not " + drools);
  }
}
