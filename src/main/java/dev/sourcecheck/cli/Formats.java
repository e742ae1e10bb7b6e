package dev.sourcecheck.cli;

import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.ReportHeader;
import dev.sourcecheck.report.ReportWriter;
import dev.sourcecheck.report.TextReport;
import dev.sourcecheck.report.html.HtmlReportWriter;
import dev.sourcecheck.report.json.JsonLinesWriter;
import dev.sourcecheck.report.json.JsonReportWriter;
import dev.sourcecheck.report.markdown.MarkdownReportWriter;
import dev.sourcecheck.report.sarif.SarifWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The report formats of {@code audit --format} and the writer of each. Stateless. */
final class Formats {
  private Formats() {}

  /** The formats; lower case, as typed. */
  enum Format { text, json, jsonl, sarif, html, markdown }

  /** Writes {@code r} in {@code f} to {@code out}, streaming for the formats that can. */
  static void write(Format f, AuditReport r, List<RuleInfo> rules, Writer out) throws IOException {
    if (f == Format.text) {
      TextReport.write(r, out);
      return;
    }
    ReportWriter w = switch (f) {
      case json -> new JsonReportWriter(out);
      case jsonl -> new JsonLinesWriter(out);
      case sarif -> new SarifWriter(out);
      case html -> new HtmlReportWriter(out);
      case markdown -> new MarkdownReportWriter(out);
      case text -> throw new AssertionError();
    };
    ReportWriter.writeAll(r, ReportHeader.of(r, rules), w);
  }
}
