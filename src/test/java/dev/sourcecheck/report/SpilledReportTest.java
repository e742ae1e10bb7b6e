package dev.sourcecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.Progress;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.Version;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.report.json.JsonReportWriter;
import dev.sourcecheck.report.sarif.SarifWriter;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 5: a streamed run kept on disk ({@link SpilledReport}) writes the report the
 * whole in-memory report gives, byte for byte: in JSON and SARIF, with and without a minimum
 * severity, on the seeds and the fixtures (several stories, cross-source findings, scores, errors).
 */
class SpilledReportTest {
  private static Auditor auditor;
  private static final List<String> PATHS = List.of("seeds", "fixtures");

  @BeforeAll
  static void load() {
    auditor = TestRules.auditor();
  }

  private static String spilled(Severity min, boolean sarif) throws Exception {
    Map<String, RuleInfo> rules = new TreeMap<>();
    auditor.rules().list().forEach(i -> rules.put(i.id(), i));
    try (SpilledReport spill = new SpilledReport()) {
      List<Skipped> skipped = auditor.stream(PATHS, InputStream.nullInputStream(), Progress.NONE, spill);
      StringWriter out = new StringWriter();
      ReportWriter w = sarif ? new SarifWriter(out) : new JsonReportWriter(out);
      spill.write(w, new ReportHeader(Version.VERSION, auditor.rules().hash(), rules), auditor.rules(), min, skipped, true);
      return out.toString();
    }
  }

  /** The text, Markdown and HTML reports from the spilled run's view. */
  private static String viewed(Severity min, String format) throws Exception {
    Map<String, RuleInfo> rules = new TreeMap<>();
    auditor.rules().list().forEach(i -> rules.put(i.id(), i));
    try (SpilledReport spill = new SpilledReport()) {
      List<Skipped> skipped = auditor.stream(PATHS, InputStream.nullInputStream(), Progress.NONE, spill);
      StringWriter out = new StringWriter();
      ReportView v = spill.view(new ReportHeader(Version.VERSION, auditor.rules().hash(), rules), auditor.rules(), min, skipped);
      switch (format) {
        case "text" -> TextReport.write(v, out);
        case "markdown" -> dev.sourcecheck.report.markdown.MarkdownReportWriter.write(v, out);
        default -> dev.sourcecheck.report.html.HtmlReportWriter.write(v, out);
      }
      return out.toString();
    }
  }

  @Test
  void textMarkdownAndHtmlFromTheSpilledRunAreTheBytesOfTheWholeReport() throws Exception {
    AuditReport whole = auditor.audit(PATHS, InputStream.nullInputStream());
    assertEquals(TextReport.render(whole), viewed(Severity.INFO, "text"));
    assertEquals(TextReport.render(whole.atLeast(Severity.WARNING)), viewed(Severity.WARNING, "text"));
    assertEquals(MarkdownReport.render(whole), viewed(Severity.INFO, "markdown"));
    assertEquals(HtmlReport.render(whole, auditor.rules().list()), viewed(Severity.INFO, "html"));
    assertEquals(HtmlReport.render(whole.atLeast(Severity.WARNING), auditor.rules().list()), viewed(Severity.WARNING, "html"));
  }

  @Test
  void writesTheBytesOfTheWholeReport() throws Exception {
    AuditReport whole = auditor.audit(PATHS, InputStream.nullInputStream());
    assertFalse(whole.findings().isEmpty());
    assertTrue(whole.findings().stream().anyMatch(f -> !f.related().isEmpty()), "cross-source findings are in it");
    assertEquals(JsonReport.render(whole), spilled(Severity.INFO, false));
    assertEquals(JsonReport.render(whole.atLeast(Severity.WARNING)), spilled(Severity.WARNING, false));
    assertEquals(SarifReport.render(whole, auditor.rules().list()), spilled(Severity.INFO, true));
  }
}
