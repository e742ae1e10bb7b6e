package dev.sourcecheck.report;

import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.finding.QuoteSummary;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.Skipped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, schema {@code sourcecheck.report/1} (see {@code docs/report.schema.json}).
 * Later versions add keys and never rename them. Stateless and thread-safe.
 */
public final class JsonReport {
  public static final String SCHEMA = "sourcecheck.report/1";

  private JsonReport() {}

  public static String render(AuditReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("name", "sourcecheck");
    tool.put("version", r.version());
    tool.put("rules", r.rules());
    root.put("tool", tool);
    List<Object> arts = new ArrayList<>();
    for (ArticleSummary a : r.articles()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.id());
      m.put("path", a.path());
      m.put("title", a.title());
      m.put("published", a.published() == null ? null : a.published().toString());
      m.put("source", a.source());
      m.put("byline", a.byline());
      m.put("contributors", a.contributors());
      m.put("findings", a.findings());
      List<Object> quotes = new ArrayList<>();
      for (QuoteSummary q : a.quotes()) {
        Map<String, Object> qm = new LinkedHashMap<>();
        qm.put("speaker", q.speaker());
        qm.put("role", q.role());
        qm.put("text", q.text());
        qm.put("line", q.line());
        qm.put("column", q.column());
        qm.put("start", q.start());
        qm.put("end", q.end());
        quotes.add(qm);
      }
      m.put("quotes", quotes);
      Map<String, Object> sources = new LinkedHashMap<>();
      sources.put("named", a.sources().named());
      sources.put("vague", a.sources().vague());
      sources.put("none", a.sources().none());
      m.put("sources", sources);
      arts.add(m);
    }
    root.put("articles", arts);
    List<Object> fs = new ArrayList<>();
    for (Finding f : r.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", f.rule());
      m.put("kind", f.kind());
      m.put("category", f.category().label());
      m.put("severity", f.severity().label());
      putLocation(m, f.location());
      m.put("message", f.message());
      List<Object> rel = new ArrayList<>();
      for (Location l : f.related()) {
        Map<String, Object> lm = new LinkedHashMap<>();
        putLocation(lm, l);
        if (l.role() != null) {
          lm.put("role", l.role());
        }
        rel.add(lm);
      }
      m.put("related", rel);
      fs.add(m);
    }
    root.put("findings", fs);
    List<Object> errs = new ArrayList<>();
    for (InputError e : r.errors()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", e.path());
      m.put("message", e.message());
      errs.add(m);
    }
    root.put("errors", errs);
    List<Object> skipped = new ArrayList<>();
    for (Skipped s : r.skipped()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", s.path());
      m.put("reason", s.reason());
      skipped.add(m);
    }
    root.put("skipped", skipped);
    root.put("summary", summary(r));
    return Json.write(root);
  }

  private static void putLocation(Map<String, Object> m, Location l) {
    m.put("article", l.article());
    m.put("line", l.line());
    m.put("column", l.column());
    m.put("start", l.start());
    m.put("end", l.end());
    m.put("text", l.text());
    if (l.inputLine() != null) {
      m.put("input_line", l.inputLine());
    }
  }

  private static Map<String, Object> summary(AuditReport r) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("audited", r.articles().size());
    s.put("failed", r.errors().size());
    s.put("skipped", r.skipped().size());
    s.put("findings", r.findings().size());
    Map<String, Object> byCategory = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      byCategory.put(c.label(), r.countByCategory().getOrDefault(c, 0));
    }
    s.put("by_category", byCategory);
    Map<String, Object> bySeverity = new LinkedHashMap<>();
    for (Severity v : Severity.values()) {
      bySeverity.put(v.label(), r.countBySeverity().getOrDefault(v, 0));
    }
    s.put("by_severity", bySeverity);
    return s;
  }
}
