package dev.sourcecheck.finding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one audit: the audited articles, every finding in report order, the inputs that
 * failed (with one-line reasons), the files passed over, the outlets' scores (empty when no
 * article names its outlet) and, when findings were compared with a baseline, how they compared
 * ({@code null} otherwise). Immutable and thread-safe.
 *
 * @param rules the hash of the rule set that produced it
 */
public record AuditReport(
    String version, String rules, List<ArticleSummary> articles, List<Finding> findings, List<InputError> errors,
    List<Skipped> skipped, List<OutletScore> outlets, BaselineStatus baseline) {
  public AuditReport {
    articles = List.copyOf(articles);
    findings = findings.stream().sorted(Finding.ORDER).toList();
    errors = List.copyOf(errors);
    skipped = List.copyOf(skipped);
    outlets = List.copyOf(outlets);
  }

  /** A report without outlet scores or baseline. */
  public AuditReport(
      String version, String rules, List<ArticleSummary> articles, List<Finding> findings, List<InputError> errors,
      List<Skipped> skipped) {
    this(version, rules, articles, findings, errors, skipped, List.of(), null);
  }

  public Map<Category, Integer> countByCategory() {
    Map<Category, Integer> m = new EnumMap<>(Category.class);
    for (Finding f : findings) {
      m.merge(f.category(), 1, Integer::sum);
    }
    return m;
  }

  public Map<Severity, Integer> countBySeverity() {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    for (Finding f : findings) {
      m.merge(f.severity(), 1, Integer::sum);
    }
    return m;
  }

  /** True if any finding is at or above {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
  }

  /** The findings located in one article. */
  public List<Finding> findingsIn(String articleId) {
    return findings.stream().filter(f -> f.location().article().equals(articleId)).toList();
  }

  /** The findings grouped by the article they are located in, in report order; one pass. */
  public Map<String, List<Finding>> findingsByArticle() {
    Map<String, List<Finding>> m = new java.util.HashMap<>();
    for (Finding f : findings) {
      m.computeIfAbsent(f.location().article(), k -> new java.util.ArrayList<>()).add(f);
    }
    return m;
  }

  /** How many of {@code findings} are located in each article; one pass. */
  public static Map<String, Integer> countByArticle(List<Finding> findings) {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (Finding f : findings) {
      m.merge(f.location().article(), 1, Integer::sum);
    }
    return m;
  }

  /** The same report keeping only findings at or above {@code min}; article counts follow. */
  public AuditReport atLeast(Severity min) {
    return withFindings(findings.stream().filter(f -> f.severity().compareTo(min) >= 0).toList(), baseline);
  }

  /** The same report with other findings (a subset, say) and baseline status; article counts follow. */
  public AuditReport withFindings(List<Finding> kept, BaselineStatus status) {
    Map<String, Integer> counts = countByArticle(kept);
    List<ArticleSummary> arts = articles.stream().map(a -> a.withFindings(counts.getOrDefault(a.id(), 0))).toList();
    return new AuditReport(version, rules, arts, kept, errors, skipped, outlets, status);
  }
}
