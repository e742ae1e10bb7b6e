package dev.sourcecheck.cli;

import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.ReportHeader;
import dev.sourcecheck.report.ReportView;
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
    write(f, ReportView.of(r, ReportHeader.of(r, rules)), out);
  }

  /** Writes the report of {@code v} in {@code f} to {@code out}: item by item, or article by article. */
  static void write(Format f, ReportView v, Writer out) throws IOException {
    switch (f) {
      case text -> TextReport.write(v, out);
      case html -> HtmlReportWriter.write(v, out);
      case markdown -> MarkdownReportWriter.write(v, out);
      case json -> ReportView.feed(v, new JsonReportWriter(out));
      case jsonl -> ReportView.feed(v, new JsonLinesWriter(out));
      case sarif -> ReportView.feed(v, new SarifWriter(out));
    }
  }
}
