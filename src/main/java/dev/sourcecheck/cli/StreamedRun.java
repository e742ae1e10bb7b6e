package dev.sourcecheck.cli;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.Progress;
import dev.sourcecheck.Version;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.report.ReportHeader;
import dev.sourcecheck.report.ReportWriter;
import dev.sourcecheck.report.SpilledReport;
import dev.sourcecheck.report.json.JsonLinesWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code audit} in any format without a baseline: the audit streams ({@link Auditor#stream}) into
 * a {@link SpilledReport}, so that no report is held in memory, and the report is written from it
 * (JSON and SARIF item by item, text, HTML and Markdown article by article from its view), the
 * same bytes as from the whole report. JSON Lines are written
 * while the audit runs (each batch's findings as soon as it is done, a story's cross-source
 * findings once no input to come can change it, the rest at the end of the story stage). Stateless.
 */
final class StreamedRun {
  private StreamedRun() {}

  /** What the command needs after the report is written. */
  record Result(List<InputError> errors, boolean failing) {}

  static boolean handles(Formats.Format f) {
    return true; // every format: without a baseline, no run needs its whole report in memory
  }

  static Result run(Auditor auditor, List<String> paths, InputStream stdin, Progress progress, Severity min,
      Severity failAt, Formats.Format fmt, List<RuleInfo> catalog, PrintWriter out, Path output) {
    Map<String, RuleInfo> rules = new TreeMap<>();
    catalog.forEach(i -> rules.put(i.id(), i));
    ReportHeader header = new ReportHeader(Version.VERSION, auditor.rules().hash(), rules);
    try (SpilledReport spill = new SpilledReport()) {
      if (fmt == Formats.Format.jsonl) {
        lines(auditor, paths, stdin, progress, min, header, spill, out, output);
      } else {
        List<Skipped> skipped = auditor.stream(paths, stdin, progress, spill);
        ReportOutput.write(out, output, w -> Formats.write(fmt, spill.view(header, auditor.rules(), min, skipped), w));
      }
      return new Result(spill.errors(), failAt != null && spill.hasFindingsAtLeast(failAt));
    } catch (IOException e) {
      throw new ReportOutput.WriteFailed("cannot keep the run's findings in a temporary file: " + e.getMessage());
    }
  }

  private static void lines(Auditor auditor, List<String> paths, InputStream stdin, Progress progress, Severity min,
      ReportHeader header, SpilledReport spill, PrintWriter out, Path output) {
    Throwable[] failed = {null};
    try {
      ReportOutput.write(out, output, w -> {
        JsonLinesWriter lines = new JsonLinesWriter(w);
        lines.start(new ReportHeader(header.version(), header.rules(), Map.of()));
        List<Skipped> skipped;
        try {
          skipped = auditor.stream(paths, stdin, new JsonLinesRun.Lines(progress, lines, min), spill);
        } catch (UncheckedIOException e) {
          throw e.getCause(); // writing a line failed: a write error, reported as such
        } catch (RuntimeException | Error e) {
          failed[0] = e;
          throw new IOException("the audit failed", e); // the output is abandoned; the failure is rethrown below
        }
        // the start line is the writer's own; the entries are only counted, the findings were written
        spill.write(new Tail(lines), header, auditor.rules(), min, skipped, false);
      });
    } catch (ReportOutput.WriteFailed e) {
      throw JsonLinesRun.failure(failed[0], e);
    }
  }

  /** The JSON Lines writer fed the end of the run: entries counted, no findings again. */
  private record Tail(JsonLinesWriter lines) implements ReportWriter {
    @Override
    public void start(ReportHeader header) {}

    @Override
    public void article(dev.sourcecheck.finding.ArticleSummary a) throws IOException {
      lines.article(a);
    }

    @Override
    public void finding(dev.sourcecheck.finding.Finding f) {}

    @Override
    public void finish(dev.sourcecheck.report.ReportTail tail) throws IOException {
      lines.finish(tail);
    }
  }
}
