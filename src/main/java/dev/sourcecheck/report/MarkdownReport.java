package dev.sourcecheck.report;

import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.markdown.MarkdownReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The Markdown report of a whole {@link AuditReport} (see {@link MarkdownReportWriter}). Stateless. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(AuditReport r) {
    StringWriter out = new StringWriter();
    try {
      ReportWriter.writeAll(r, ReportHeader.of(r, List.<RuleInfo>of()), new MarkdownReportWriter(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
