package dev.sourcecheck.cli;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.Progress;
import dev.sourcecheck.Version;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.report.ReportHeader;
import dev.sourcecheck.report.ReportTail;
import dev.sourcecheck.report.json.JsonLinesWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code audit --format jsonl} (without {@code --baseline}): runs the audit while the report is
 * being written, so each article's findings are on their line as soon as its batch is done, and
 * a story's cross-source findings once no input still to come can change the story (else at the
 * end of the story stage). To standard output the lines appear as they
 * come; with {@code -o} they go to the temporary file that is renamed into place at the end (a
 * failed run leaves the old file as it was). Stateless.
 */
final class JsonLinesRun {
  private JsonLinesRun() {}

  /** Audits {@code paths}, writing the findings at or above {@code min} as lines; the whole report. */
  static AuditReport run(Auditor auditor, List<String> paths, InputStream stdin, Progress progress, Severity min,
      PrintWriter out, Path output) {
    AuditReport[] report = {null};
    Throwable[] failed = {null};
    try {
      ReportOutput.write(out, output, w -> {
        JsonLinesWriter lines = new JsonLinesWriter(w);
        lines.start(new ReportHeader(Version.VERSION, auditor.rules().hash(), Map.of()));
        AuditReport r;
        try {
          r = auditor.audit(paths, stdin, new Lines(progress, lines, min));
        } catch (UncheckedIOException e) {
          throw e.getCause(); // writing a line failed: a write error, reported as such
        } catch (RuntimeException | Error e) {
          failed[0] = e;
          throw new IOException("the audit failed", e); // the output is abandoned; the failure is rethrown below
        }
        AuditReport shown = r.atLeast(min);
        for (var a : shown.articles()) {
          lines.article(a); // counted for the end line
        }
        lines.finish(ReportTail.of(shown));
        report[0] = r;
      });
    } catch (ReportOutput.WriteFailed e) {
      throw failure(failed[0], e);
    }
    return report[0];
  }

  /**
   * What to throw when writing failed: the audit's own failure when it abandoned the output (an
   * {@link Error} is thrown from here), else the write failure.
   */
  static RuntimeException failure(Throwable audit, ReportOutput.WriteFailed write) {
    if (audit instanceof Error err) {
      throw err;
    }
    return audit instanceof RuntimeException re ? re : write;
  }

  /** Passes the run's progress on, and writes each final finding and error as a line. */
  record Lines(Progress progress, JsonLinesWriter lines, Severity min) implements Progress {
    @Override
    public void started(int articles) {
      progress.started(articles);
    }

    @Override
    public void articleDone() {
      progress.articleDone();
    }

    @Override
    public void finished() {
      progress.finished();
    }

    @Override
    public void findings(List<Finding> findings) {
      try {
        for (Finding f : findings.stream().sorted(Finding.ORDER).toList()) {
          if (f.severity().compareTo(min) >= 0) {
            lines.finding(f);
          }
        }
        lines.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void failed(InputError error) {
      try {
        lines.error(error);
        lines.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
