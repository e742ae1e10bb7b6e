package dev.sourcecheck.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.BaselineStatus;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.QuoteSummary;
import dev.sourcecheck.finding.Score;
import java.util.List;
import java.util.Map;

/**
 * The typed records of the JSON report, {@code sourcecheck.report/1}: one per kind of entry, with
 * the names and order of docs/report.schema.json. Built from the report's values, written by
 * {@link JsonReportWriter} one at a time. Immutable.
 */
final class JsonEntries {
  private JsonEntries() {}

  @JsonPropertyOrder({"name", "version", "rules"})
  record Tool(String name, String version, String rules) {}

  @JsonPropertyOrder({"speaker", "role", "text", "line", "column", "start", "end", "how"})
  record Quote(String speaker, String role, String text, int line, int column, int start, int end,
      @JsonInclude(JsonInclude.Include.NON_NULL) String how) {
    static Quote of(QuoteSummary q) {
      return new Quote(q.speaker(), q.role(), q.text(), q.line(), q.column(), q.start(), q.end(), q.how());
    }
  }

  @JsonPropertyOrder({"named", "vague", "none"})
  record Sources(int named, int vague, int none) {}

  @JsonPropertyOrder({"rule", "points", "text"})
  record Reason(String rule, int points, String text) {}

  @JsonPropertyOrder({"value", "reasons"})
  record ScoreEntry(int value, List<Reason> reasons) {
    static ScoreEntry of(Score s) {
      return s == null ? null
          : new ScoreEntry(s.value(), s.reasons().stream().map(r -> new Reason(r.rule(), r.points(), r.text())).toList());
    }
  }

  @JsonPropertyOrder({"id", "path", "title", "published", "source", "byline", "contributors", "findings", "quotes",
      "sources", "score"})
  record Article(String id, String path, String title, String published, String source, String byline,
      List<String> contributors, int findings, List<Quote> quotes, Sources sources,
      @JsonInclude(JsonInclude.Include.NON_NULL) ScoreEntry score) {
    static Article of(ArticleSummary a) {
      return new Article(a.id(), a.path(), a.title(), a.published() == null ? null : a.published().toString(),
          a.source(), a.byline(), a.contributors(), a.findings(), a.quotes().stream().map(Quote::of).toList(),
          new Sources(a.sources().named(), a.sources().vague(), a.sources().none()), ScoreEntry.of(a.score()));
    }
  }

  /** {@code input_line}: for an article read from a web page, the page source's line (absent otherwise). */
  @JsonPropertyOrder({"article", "line", "column", "start", "end", "text", "input_line", "role"})
  record Place(String article, int line, int column, int start, int end, String text,
      @JsonProperty("input_line") @JsonInclude(JsonInclude.Include.NON_NULL) Integer inputLine,
      @JsonInclude(JsonInclude.Include.NON_NULL) String role) {
    static Place of(Location l) {
      return new Place(l.article(), l.line(), l.column(), l.start(), l.end(), l.text(), l.inputLine(), l.role());
    }
  }

  @JsonPropertyOrder({"rule", "kind", "category", "severity", "article", "line", "column", "start", "end", "text",
      "input_line", "message", "related"})
  record FindingEntry(String rule, String kind, String category, String severity, String article, int line,
      int column, int start, int end, String text,
      @JsonProperty("input_line") @JsonInclude(JsonInclude.Include.NON_NULL) Integer inputLine, String message,
      List<Place> related) {
    static FindingEntry of(Finding f) {
      Location l = f.location();
      return new FindingEntry(f.rule(), f.kind(), f.category().label(), f.severity().label(), l.article(), l.line(),
          l.column(), l.start(), l.end(), l.text(), l.inputLine(), f.message(),
          f.related().stream().map(Place::of).toList());
    }
  }

  @JsonPropertyOrder({"path", "message"})
  record ErrorEntry(String path, String message) {}

  @JsonPropertyOrder({"path", "reason"})
  record SkippedEntry(String path, String reason) {}

  @JsonPropertyOrder({"fingerprint", "rule", "article", "text"})
  record Fixed(String fingerprint, String rule, String article, String text) {}

  @JsonPropertyOrder({"file", "known", "fixed"})
  record Baseline(String file, int known, List<Fixed> fixed) {
    static Baseline of(BaselineStatus b) {
      return b == null ? null : new Baseline(b.file(), b.known(),
          b.fixed().stream().map(e -> new Fixed(e.fingerprint(), e.rule(), e.article(), e.text())).toList());
    }
  }

  @JsonPropertyOrder({"audited", "failed", "skipped", "findings", "by_category", "by_severity", "baseline"})
  record Summary(int audited, int failed, int skipped, int findings,
      @JsonProperty("by_category") Map<String, Integer> byCategory,
      @JsonProperty("by_severity") Map<String, Integer> bySeverity,
      @JsonInclude(JsonInclude.Include.NON_NULL) Baseline baseline) {}

  @JsonPropertyOrder({"outlet", "articles", "score"})
  record Outlet(String outlet, int articles, ScoreEntry score) {
    static Outlet of(OutletScore o) {
      return new Outlet(o.outlet(), o.articles(), ScoreEntry.of(o.score()));
    }
  }
}
