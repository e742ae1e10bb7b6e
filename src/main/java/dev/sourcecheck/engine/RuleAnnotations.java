package dev.sourcecheck.engine;

import dev.sourcecheck.finding.Category;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the catalog reads from a rule beyond its severity and summary: a score rule's weight, the lexicons it names. Stateless. */
final class RuleAnnotations {
  private RuleAnnotations() {}

  private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9][a-z0-9-]*)\"");

  /** A score rule's {@code @weight}: an integer, required; other rules carry none. */
  static Integer weight(Map<String, Object> meta, Category category, String at, List<String> errors) {
    String w = RuleCompiler.unquote(meta.get("weight"));
    if (category.raisesFindings()) {
      if (w != null) {
        errors.add(at + "@weight is for score rules (rules/score/); a " + category.label() + " rule raises findings");
      }
      return null;
    }
    if (w == null) {
      errors.add(at + "missing @weight(\"N\"): the points a score rule gives per unit it counts");
      return null;
    }
    try {
      return Integer.parseInt(w.strip());
    } catch (NumberFormatException e) {
      errors.add(at + "@weight must be a whole number of points, got '" + w + "'");
      return null;
    }
  }

  /** The lexicons a rule names in its text (string literals that are a lexicon's name), in order. */
  static List<String> lexiconsUsed(RuleSet rules, String text, int from) {
    int end = text.indexOf("\nend", from);
    Matcher m = LITERAL.matcher(text.substring(from, end < 0 ? text.length() : end));
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    while (m.find()) {
      if (rules.lexicons().containsKey(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return List.copyOf(out);
  }

}
