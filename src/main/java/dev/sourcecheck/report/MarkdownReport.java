package dev.sourcecheck.report;

import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.markdown.MarkdownReportWriter;
import java.util.List;

/** The Markdown report of a whole {@link AuditReport} (see {@link MarkdownReportWriter}). Stateless. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(AuditReport r) {
    return Rendered.string(r, List.of(), MarkdownReportWriter::new);
  }
}
