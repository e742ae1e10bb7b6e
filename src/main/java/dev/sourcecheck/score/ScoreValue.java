package dev.sourcecheck.score;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/** What a value rule inserts: the score of {@code subject}, 0 to 100, and the rule that computed it. */
public record ScoreValue(String rule, String subject, int value) {
  public ScoreValue {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("rule " + rule + " gave " + subject + " a score of " + value
          + ": a score is 0 to 100");
    }
  }

  /** The value the firing rule computed for {@code subject}. */
  public static ScoreValue of(Object drools, String subject, int value) {
    if (!(drools instanceof RuleContext rc)) {
      throw new IllegalArgumentException("pass the consequence's 'drools', not " + drools);
    }
    return new ScoreValue(rc.getRule().getName(), subject, value);
  }
}
