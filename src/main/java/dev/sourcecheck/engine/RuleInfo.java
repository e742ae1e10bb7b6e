package dev.sourcecheck.engine;

import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Severity;
import java.util.List;

/**
 * What the catalog knows of one rule: its id ({@code category.slug}, the DRL rule name), severity
 * and summary from its annotations, the file and line that define it, and the examples it
 * carries. Immutable.
 */
public record RuleInfo(
    String id, Category category, Severity severity, String summary, String file, int line,
    List<RuleExample> examples) {
  public RuleInfo {
    examples = List.copyOf(examples);
  }

  public String slug() {
    return id.substring(id.indexOf('.') + 1);
  }
}
