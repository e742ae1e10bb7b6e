package dev.sourcecheck.report;

import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.html.HtmlReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The self-contained HTML report of a whole {@link AuditReport} (see {@link HtmlReportWriter}). Stateless. */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page; {@code rules} give the help shown on hover (the rule base's {@code list()}). */
  public static String render(AuditReport r, List<RuleInfo> rules) {
    return Rendered.string(r, rules, HtmlReportWriter::new);
  }

  public static void write(AuditReport r, List<RuleInfo> rules, Writer out) throws IOException {
    Rendered.write(r, rules, HtmlReportWriter::new, out);
  }
}
