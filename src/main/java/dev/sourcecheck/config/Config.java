package dev.sourcecheck.config;

import dev.sourcecheck.RuleSettings;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read configuration file. Each value is null (or empty) when the file does not set it; the
 * command line overrides what is set. {@code lines} holds the line of every key under {@code
 * rules:} and {@code lexicons:}, so that a rule or lexicon the rule base turns out not to have is
 * reported where it was written. Immutable.
 *
 * @param failOn info, warning, error or never
 * @param format text, json, jsonl, sarif, html or markdown
 * @param extraRules an extra rules folder, resolved against the file's folder
 */
public record Config(Path file, RuleSettings rules, Severity minSeverity, String failOn, String format,
    Map<String, List<String>> lexicons, Path extraRules, Map<String, Integer> lines) {
  public Config {
    lexicons = Map.copyOf(lexicons);
    lines = Map.copyOf(lines);
  }

  /** No file: nothing set. */
  public static final Config NONE = new Config(null, RuleSettings.NONE, null, null, null, Map.of(), null, Map.of());

  /** Checks that every rule the file names exists in the loaded rule set and raises findings. */
  public void checkRules(Map<String, RuleInfo> catalog) throws ConfigException {
    for (String id : rules.rules()) {
      RuleInfo r = catalog.get(id);
      if (r == null || !r.category().raisesFindings()) {
        throw new ConfigException(file, lines.getOrDefault("rules." + id, 1), "rules." + id,
            r == null ? "no rule '" + id + "' (sourcecheck rules list shows them)" : "a score rule raises no findings");
      }
    }
  }

  /** Checks that every lexicon the file adds to exists. */
  public void checkLexicons(Set<String> known) throws ConfigException {
    for (String name : lexicons.keySet()) {
      if (!known.contains(name)) {
        throw new ConfigException(file, lines.getOrDefault("lexicons." + name, 1), "lexicons." + name,
            "no lexicon '" + name + "' in rules/lexicons/ (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
      }
    }
  }
}
