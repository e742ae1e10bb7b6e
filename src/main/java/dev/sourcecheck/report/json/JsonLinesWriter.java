package dev.sourcecheck.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.report.ReportHeader;
import dev.sourcecheck.report.ReportTail;
import dev.sourcecheck.report.ReportWriter;
import dev.sourcecheck.report.Tally;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes JSON Lines for pipelines ({@code sourcecheck.finding-line/1}, docs/finding-line.schema.json):
 * one JSON object a line, each with a {@code type}: a {@code start} line (schema, tool), then one
 * {@code finding} line per finding (the fields of a finding of the JSON report) and one {@code error}
 * line per input that could not be audited, each written as it is fed ({@link #flush} pushes them
 * out, say after each article), then the
 * {@code skipped} lines and an {@code end} line with the summary, so a reader knows the run is
 * complete. Fed as a {@link ReportWriter} it writes a whole report; {@link #finding} and
 * {@link #error} may also be called as a run goes, in the order findings become final. Keeps only
 * counts. One use, one thread.
 */
public final class JsonLinesWriter implements ReportWriter {
  public static final String SCHEMA = "sourcecheck.finding-line/1";

  private final JsonGenerator g;
  private final Tally tally = new Tally();
  private int errors;
  private boolean started;
  private boolean done;

  public JsonLinesWriter(Writer out) throws IOException {
    this.g = JsonStyle.lineGenerator(out);
  }

  @Override
  public void start(ReportHeader header) throws IOException {
    if (started) {
      throw new IllegalStateException("the JSON Lines report has already started");
    }
    started = true;
    ObjectNode n = line("start");
    n.put("schema", SCHEMA);
    n.set("tool", JsonStyle.MAPPER.valueToTree(new JsonEntries.Tool("sourcecheck", header.version(), header.rules())));
    write(n);
  }

  /** Articles get no line of their own: they are counted for the summary. */
  @Override
  public void article(ArticleSummary article) {
    check();
    tally.article();
  }

  @Override
  public void finding(Finding f) throws IOException {
    check();
    tally.finding(f);
    ObjectNode n = line("finding");
    n.setAll((ObjectNode) JsonStyle.MAPPER.valueToTree(JsonEntries.FindingEntry.of(f)));
    write(n);
  }

  /** An input that could not be audited, as a line now; {@link #finish} then writes the others of its tail. */
  public void error(InputError e) throws IOException {
    check();
    errors++;
    write(errorLine(e));
  }

  @Override
  public void finish(ReportTail tail) throws IOException {
    check();
    // errors fed one by one are in the tail too: write only those not written yet, in the tail's order
    for (InputError e : tail.errors().subList(Math.min(errors, tail.errors().size()), tail.errors().size())) {
      write(errorLine(e));
    }
    for (Skipped s : tail.skipped()) {
      ObjectNode n = line("skipped");
      n.put("path", s.path());
      n.put("reason", s.reason());
      write(n);
    }
    ObjectNode n = line("end");
    n.set("summary", JsonStyle.MAPPER.valueToTree(new JsonEntries.Summary(tally.articles(), tail.errors().size(),
        tail.skipped().size(), tally.findings(), tally.byCategory(), tally.bySeverity(),
        JsonEntries.Baseline.of(tail.baseline()))));
    write(n);
    g.flush();
    done = true;
  }

  private static ObjectNode errorLine(InputError e) {
    ObjectNode n = line("error");
    n.put("path", e.path());
    n.put("message", e.message());
    return n;
  }

  private static ObjectNode line(String type) {
    ObjectNode n = JsonStyle.MAPPER.createObjectNode();
    n.put("type", type);
    return n;
  }

  private void write(ObjectNode n) throws IOException {
    g.writeTree(n);
    g.writeRaw('\n');
  }

  /** Pushes the lines written so far to the output (and flushes it). */
  public void flush() throws IOException {
    g.flush();
  }

  private void check() {
    if (!started || done) {
      throw new IllegalStateException("JSON Lines: " + (done ? "the report is finished" : "start comes first"));
    }
  }
}
