package dev.sourcecheck.report;

import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.sarif.SarifWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The SARIF 2.1.0 report of a whole {@link AuditReport}; {@link SarifWriter} writes one as a run goes. Stateless. */
public final class SarifReport {
  private SarifReport() {}

  /** The report as a string; {@code rules} describe the rules (the rule base's {@code list()}). */
  public static String render(AuditReport r, List<RuleInfo> rules) {
    return Rendered.string(r, rules, SarifWriter::new);
  }

  public static void write(AuditReport r, List<RuleInfo> rules, Writer out) throws IOException {
    Rendered.write(r, rules, SarifWriter::new, out);
  }
}
