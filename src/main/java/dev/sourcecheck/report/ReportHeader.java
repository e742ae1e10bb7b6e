package dev.sourcecheck.report;

import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.AuditReport;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a report says before its articles: the tool's version, the hash of the rule set, and the
 * rules' descriptions (id, summary, help, severity) for the formats that explain rules (SARIF,
 * HTML); empty when the caller has no catalog. Immutable.
 */
public record ReportHeader(String version, String rules, Map<String, RuleInfo> catalog) {
  public ReportHeader {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(rules, "rules");
    catalog = java.util.Collections.unmodifiableMap(new TreeMap<>(catalog));
  }

  public static ReportHeader of(AuditReport r, List<RuleInfo> catalog) {
    Map<String, RuleInfo> m = new TreeMap<>();
    catalog.forEach(i -> m.put(i.id(), i));
    return new ReportHeader(r.version(), r.rules(), m);
  }

  /** The rule's description, or null when the catalog does not hold it. */
  public RuleInfo rule(String id) {
    return catalog.get(id);
  }
}
