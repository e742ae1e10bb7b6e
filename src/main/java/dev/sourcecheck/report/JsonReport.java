package dev.sourcecheck.report;

import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.json.JsonReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON report, schema {@code sourcecheck.report/1} (see {@code docs/report.schema.json}), for
 * a whole {@link AuditReport}; {@link JsonReportWriter} writes one as a run produces it. Later
 * versions add keys and never rename them. Stateless and thread-safe.
 */
public final class JsonReport {
  public static final String SCHEMA = JsonReportWriter.SCHEMA;

  private JsonReport() {}

  public static String render(AuditReport r) {
    return Rendered.string(r, List.of(), JsonReportWriter::new);
  }

  /** Writes the report to {@code out} as it goes, never holding it as one string. */
  public static void write(AuditReport r, Writer out) throws IOException {
    Rendered.write(r, List.of(), JsonReportWriter::new, out);
  }
}
