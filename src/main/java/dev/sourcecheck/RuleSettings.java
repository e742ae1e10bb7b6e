package dev.sourcecheck;

import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Severity;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a configuration says about single rules: which are turned off (their findings are not
 * reported and do not count in the score) and which report at another severity than their own.
 * Rules still run: a rule that counts another's flags sees them. Immutable.
 */
public record RuleSettings(Set<String> off, Map<String, Severity> severities) {
  public static final RuleSettings NONE = new RuleSettings(Set.of(), Map.of());

  public RuleSettings {
    off = java.util.Collections.unmodifiableSet(new TreeSet<>(off));
    severities = java.util.Collections.unmodifiableMap(new TreeMap<>(severities));
  }

  /** The finding as configured, or null when its rule is off. */
  public Finding apply(Finding f) {
    if (off.contains(f.rule())) {
      return null;
    }
    Severity s = severities.get(f.rule());
    return s == null || s == f.severity() ? f : f.withSeverity(s);
  }

  /** The rule ids these settings name. */
  public Set<String> rules() {
    Set<String> all = new TreeSet<>(off);
    all.addAll(severities.keySet());
    return all;
  }
}
