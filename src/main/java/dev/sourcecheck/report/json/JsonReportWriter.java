package dev.sourcecheck.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.report.ReportHeader;
import dev.sourcecheck.report.ReportTail;
import dev.sourcecheck.report.ReportWriter;
import dev.sourcecheck.report.Tally;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes the JSON report ({@code sourcecheck.report/1}) as it is fed: each article and finding
 * goes to the output as one typed record through Jackson's streaming generator, and only counts
 * are kept for the summary, so a run of any size is written in constant memory. One use, one
 * thread.
 */
public final class JsonReportWriter implements ReportWriter {
  public static final String SCHEMA = "sourcecheck.report/1";

  private enum Phase { NEW, ARTICLES, FINDINGS, DONE }

  private final JsonGenerator g;
  private final Tally tally = new Tally();
  private Phase phase = Phase.NEW;

  public JsonReportWriter(Writer out) throws IOException {
    this.g = JsonStyle.generator(out);
  }

  @Override
  public void start(ReportHeader header) throws IOException {
    expect(Phase.NEW, "start");
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeObjectField("tool", new JsonEntries.Tool("sourcecheck", header.version(), header.rules()));
    g.writeArrayFieldStart("articles");
    phase = Phase.ARTICLES;
  }

  @Override
  public void article(ArticleSummary a) throws IOException {
    expect(Phase.ARTICLES, "an article");
    tally.article();
    g.writeObject(JsonEntries.Article.of(a));
  }

  @Override
  public void finding(Finding f) throws IOException {
    toFindings();
    expect(Phase.FINDINGS, "a finding");
    tally.finding(f);
    g.writeObject(JsonEntries.FindingEntry.of(f));
  }

  @Override
  public void finish(ReportTail tail) throws IOException {
    toFindings();
    expect(Phase.FINDINGS, "finish");
    g.writeEndArray();
    g.writeArrayFieldStart("errors");
    for (InputError e : tail.errors()) {
      g.writeObject(new JsonEntries.ErrorEntry(e.path(), e.message()));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("skipped");
    for (Skipped s : tail.skipped()) {
      g.writeObject(new JsonEntries.SkippedEntry(s.path(), s.reason()));
    }
    g.writeEndArray();
    g.writeObjectField("summary", new JsonEntries.Summary(tally.articles(), tail.errors().size(),
        tail.skipped().size(), tally.findings(), tally.byCategory(), tally.bySeverity(),
        JsonEntries.Baseline.of(tail.baseline())));
    if (!tail.outlets().isEmpty()) {
      g.writeArrayFieldStart("outlets");
      for (OutletScore o : tail.outlets()) {
        g.writeObject(JsonEntries.Outlet.of(o));
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
    phase = Phase.DONE;
  }

  /** Closes the articles and opens the findings, once. */
  private void toFindings() throws IOException {
    if (phase == Phase.ARTICLES) {
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      phase = Phase.FINDINGS;
    }
  }

  private void expect(Phase p, String what) {
    if (phase != p) {
      throw new IllegalStateException(what + " cannot come now: the report is at " + phase
          + " (start, then articles, then findings, then finish)");
    }
  }
}
