package dev.sourcecheck.finding;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing a rule flagged. {@code kind} is the rule's slug (the id after the category). {@code
 * related} holds, for cross-source findings, the other places that agree or disagree. {@code
 * fingerprint} identifies it across runs ({@link Fingerprint}). Immutable.
 */
public record Finding(
    String rule, Category category, Severity severity, String message, Location location, List<Location> related,
    String fingerprint) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    related = List.copyOf(related);
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** A finding whose sentence is not known: fingerprinted by its own text alone. */
  public Finding(
      String rule, Category category, Severity severity, String message, Location location, List<Location> related) {
    this(rule, category, severity, message, location, related,
        Fingerprint.of(rule, location.article(), location.text(), location.text()));
  }

  /** The same finding at another severity (a configured override). */
  public Finding withSeverity(Severity s) {
    return new Finding(rule, category, s, message, location, related, fingerprint);
  }

  public String kind() {
    return rule.substring(rule.indexOf('.') + 1);
  }

  /** Report order: article, offset, end, rule id, message: stable across runs. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.location().article())
          .thenComparingInt(f -> f.location().start())
          .thenComparingInt(f -> f.location().end())
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);
}
