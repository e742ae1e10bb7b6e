package dev.sourcecheck;

import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleLoadException;
import dev.sourcecheck.finding.AuditReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one-call entry point for library users. {@code Sourcecheck.audit(paths)} audits files and
 * folders with the bundled rules; {@link #auditor()} gives a reusable, thread-safe {@link Auditor}
 * for editorial tools that audit many times. Nothing here prints or exits.
 *
 * <pre>{@code
 * AuditReport report = Sourcecheck.audit(List.of(Path.of("seeds")));
 * for (Finding f : report.findings()) { ... }
 * }</pre>
 */
public final class Sourcecheck {
  private Sourcecheck() {}

  /** Audits files and folders with the bundled rules and default options. */
  public static AuditReport audit(List<Path> paths) throws RuleLoadException {
    return auditor().auditPaths(paths);
  }

  /** Audits in-memory articles (id to text) with the bundled rules. */
  public static AuditReport auditTexts(Map<String, String> texts) throws RuleLoadException {
    return auditor().auditTexts(texts);
  }

  /** An auditor with the bundled rules; the rule base is built once per JVM and shared. */
  public static Auditor auditor() throws RuleLoadException {
    return new Auditor(RuleBase.bundled(), AuditOptions.defaults());
  }

  /** An auditor with the rules in {@code rulesDir} (laid out like the project's {@code rules/}). */
  public static Auditor auditor(Path rulesDir, AuditOptions options) throws RuleLoadException {
    return new Auditor(RuleBase.load(rulesDir), options);
  }
}
