package dev.sourcecheck;

import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleLoadException;
import java.nio.file.Path;

/** The project's rules/, compiled once per test JVM (a compile costs seconds). */
public final class TestRules {
  private TestRules() {}

  public static final Path RULES = Path.of("rules");

  public static RuleBase ruleBase() {
    try {
      return RuleBase.load(RULES);
    } catch (RuleLoadException e) {
      throw new AssertionError("rules/ failed to load:\n" + String.join("\n", e.errors()), e);
    }
  }

  public static Auditor auditor() {
    return new Auditor(ruleBase(), AuditOptions.defaults());
  }
}
