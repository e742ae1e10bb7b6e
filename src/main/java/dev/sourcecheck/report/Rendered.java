package dev.sourcecheck.report;

import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.AuditReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Feeds a whole report to a writer of one format, into a string or a {@link Writer}: what every facade does. Stateless. */
final class Rendered {
  private Rendered() {}

  /** Makes the writer of a format over an output. */
  interface Format {
    ReportWriter over(Writer out) throws IOException;
  }

  static String string(AuditReport r, List<RuleInfo> rules, Format f) {
    StringWriter out = new StringWriter();
    try {
      write(r, rules, f, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  static void write(AuditReport r, List<RuleInfo> rules, Format f, Writer out) throws IOException {
    ReportWriter.writeAll(r, ReportHeader.of(r, rules), f.over(out));
  }
}
