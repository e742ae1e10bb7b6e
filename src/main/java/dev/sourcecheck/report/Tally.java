package dev.sourcecheck.report;

import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Severity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts a streaming writer keeps instead of the items: articles and findings seen, findings
 * by category and by severity. Not thread-safe: one per writer.
 */
public final class Tally {
  private int articles;
  private int findings;
  private final Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
  private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);

  public void article() {
    articles++;
  }

  public void finding(Finding f) {
    findings++;
    byCategory.merge(f.category(), 1, Integer::sum);
    bySeverity.merge(f.severity(), 1, Integer::sum);
  }

  public int articles() {
    return articles;
  }

  public int findings() {
    return findings;
  }

  /** Every category that raises findings, in report order, with its count (0 for none). */
  public Map<String, Integer> byCategory() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Category c : Category.ofFindings()) {
      m.put(c.label(), byCategory.getOrDefault(c, 0));
    }
    return m;
  }

  /** Every severity, lowest first, with its count (0 for none). */
  public Map<String, Integer> bySeverity() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      m.put(s.label(), bySeverity.getOrDefault(s, 0));
    }
    return m;
  }
}
