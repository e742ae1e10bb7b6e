package dev.sourcecheck.score;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a score rule's consequence inserts: points for {@code subject} (an article id, or an
 * outlet in the outlet pass) with the reason in plain words. The points are the rule's own
 * {@code @weight} times a factor the rule computes (a count, a share), so the weights are rule
 * data and the consequence never types a number of points.
 */
public record ScorePoints(String rule, String subject, int points, String reason) {
  private static final Map<String, Integer> WEIGHTS = new ConcurrentHashMap<>();

  public ScorePoints {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
  }

  /** Points for {@code subject}: the firing rule's {@code @weight} times {@code factor}, rounded. */
  public static ScorePoints of(Object drools, String subject, double factor, String reason) {
    return new ScorePoints(rule(drools).getName(), subject, (int) Math.round(weight(drools) * factor), reason);
  }

  /** The firing rule's {@code @weight}. */
  public static int weight(Object drools) {
    org.kie.api.definition.rule.Rule r = rule(drools);
    return WEIGHTS.computeIfAbsent(r.getPackageName() + "/" + r.getName(), k -> {
      Object w = r.getMetaData().get("weight");
      if (w == null) {
        throw new IllegalStateException("rule " + r.getName() + " has no @weight");
      }
      return Integer.parseInt(w.toString().strip().replace("\"", "").strip());
    });
  }

  private static org.kie.api.definition.rule.Rule rule(Object drools) {
    if (drools instanceof RuleContext rc) {
      return rc.getRule();
    }
    throw new IllegalArgumentException("pass the consequence's 'drools', not " + drools);
  }
}
