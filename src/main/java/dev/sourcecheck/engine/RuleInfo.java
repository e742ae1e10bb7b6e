package dev.sourcecheck.engine;

import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Severity;
import java.util.List;

/**
 * What the catalog knows of one rule: its id ({@code category.slug}, the DRL rule name), severity,
 * summary and help from its annotations ({@code help} null when it has none), the file and line
 * that define it, the examples it carries, the lexicons its text names, and, for a score rule, its
 * {@code @weight} (null for the others). Immutable.
 */
public record RuleInfo(
    String id, Category category, Severity severity, String summary, String help, String file, int line,
    List<RuleExample> examples, List<String> lexicons, Integer weight) {
  public RuleInfo {
    examples = List.copyOf(examples);
    lexicons = List.copyOf(lexicons);
  }

  public String slug() {
    return id.substring(id.indexOf('.') + 1);
  }

  /** The help, or the summary when the rule has no help. */
  public String helpOrSummary() {
    return help == null || help.isBlank() ? summary : help;
  }
}
