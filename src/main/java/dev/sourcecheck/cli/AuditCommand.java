package dev.sourcecheck.cli;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.Progress;
import dev.sourcecheck.baseline.Baseline;
import dev.sourcecheck.engine.RuleLoadException;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sourcecheck audit}: audits files, folders and standard input and writes a report. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {"Audit articles: files, folders (every article inside, recursively: *.txt, web pages *.html, *.htm, *.html.gz, feeds *.jsonl, *.jsonl.gz) or - for standard input.",
        "Options not given are taken from sourcecheck.yaml in the current folder or a parent (or --config FILE)."},
    footer = {
        "",
        "Examples:",
        "  sourcecheck audit seeds/",
        "  sourcecheck audit seeds/ --format html --output report.html",
        "  sourcecheck audit story/*.txt --fail-on warning --min-severity warning",
        "  sourcecheck audit archive/ --write-baseline baseline.json     adopt: record what is there",
        "  sourcecheck audit archive/ --baseline baseline.json           then fail only on new findings",
        "  sourcecheck audit --rules my-rules/ article.txt"})
final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: text).")
  Formats.Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--rules", paramLabel = "DIR", description = "Use the rules in DIR instead of the bundled ones.")
  Path rules;

  @Option(names = "--config", paramLabel = "FILE", description = "Read settings from FILE instead of the nearest sourcecheck.yaml.")
  Path config;

  @Option(names = "--no-config", description = "Read no sourcecheck.yaml.")
  boolean noConfig;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 1 when a (new, with --baseline) finding is at or above info, warning or error; never: not at all (default: error).")
  String failOn;

  @Option(names = "--min-severity", paramLabel = "SEVERITY",
      description = "Report only findings at or above info, warning or error (default: info).")
  String minSeverity;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Report, and fail on, only findings not recorded in FILE; list recorded ones that are gone as fixed.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record every finding of this run in FILE.")
  Path writeBaseline;

  @Option(names = "--no-progress", description = "No progress bar on standard error (it shows only on a terminal, after a second).")
  boolean noProgress;

  @Option(names = "--max-bytes", defaultValue = "10485760", paramLabel = "N",
      description = "Skip, with an error, inputs larger than N bytes (default: ${DEFAULT-VALUE}, 10 MB).")
  long maxBytes;

  @Mixin InputOptions input;

  @Option(names = "--story", defaultValue = "auto", paramLabel = "MODE",
      description = "How articles are grouped for cross-source comparison: auto (by shared people, places and dates) or all (every input is one story). Default: ${DEFAULT-VALUE}.")
  String story;

  @Option(names = "--article-timeout", defaultValue = "10s", paramLabel = "TIME",
      description = "Give up on an article (reported as an error; the others are still audited) after TIME: 10s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
  String articleTimeout;

  @Override
  public Integer call() throws RuleLoadException {
    if (maxBytes <= 0) {
      throw new Main.UsageException("--max-bytes must be a positive number of bytes, got " + maxBytes);
    }
    if (!story.equals("auto") && !story.equals("all")) {
      throw new Main.UsageException("--story must be auto or all, got '" + story + "'");
    }
    ReportOutput.checkArguments(paths, output);
    checkWritable("--write-baseline", writeBaseline);
    java.time.Duration timeout = Durations.parse("--article-timeout", articleTimeout);
    Severity min = severity("--min-severity", minSeverity);
    String failCli = failOn == null ? null : failOn.strip().toLowerCase(java.util.Locale.ROOT);
    if (failCli != null && !failCli.equals("never")) {
      severity("--fail-on", failCli); // a usage error before the rules load
    }
    Settings s = Settings.resolve(config, noConfig, rules);
    Severity shownFrom = Settings.pick(min, s.config().minSeverity(), Severity.INFO);
    String fail = Settings.pick(failCli, s.config().failOn(), "error");
    Severity failAt = fail.equals("never") ? null : severity("--fail-on", fail);
    Formats.Format fmt = Settings.pick(format, s.config().format() == null ? null
        : Formats.Format.valueOf(s.config().format()), Formats.Format.text);
    Baseline known = baseline == null ? null : readBaseline(baseline);

    AuditOptions options = AuditOptions.defaults().withMaxBytes(maxBytes).withStoryAll(story.equals("all"))
        .withInputFormat(input.format()).withRules(s.config().rules()).withArticleTimeout(timeout);
    Progress progress = noProgress ? Progress.NONE : ProgressBar.forStderr(spec.commandLine().getErr());
    Auditor auditor = new Auditor(s.rules(), options);
    if (known == null && writeBaseline == null && StreamedRun.handles(fmt)) {
      // no report held: the audit streams to a temporary file and the report is written from it
      StreamedRun.Result r = StreamedRun.run(auditor, paths, main.stdin, progress, shownFrom, failAt, fmt,
          s.rules().list(), spec.commandLine().getOut(), output);
      ReportOutput.printErrors(spec.commandLine().getErr(), r.errors());
      return !r.errors().isEmpty() ? ExitCode.INPUT : r.failing() ? ExitCode.FINDINGS : ExitCode.OK;
    }
    // JSON Lines are written while the audit runs (a baseline needs the whole run first)
    boolean streamed = fmt == Formats.Format.jsonl && known == null;
    AuditReport full = streamed
        ? JsonLinesRun.run(auditor, paths, main.stdin, progress, shownFrom, spec.commandLine().getOut(), output)
        : auditor.audit(paths, main.stdin, progress);
    AuditReport judged = known == null ? full : known.compare(full, baseline.toString());
    if (writeBaseline != null) {
      try {
        Baseline.of(full).write(writeBaseline);
      } catch (IOException e) {
        throw new Main.UsageException("--write-baseline " + writeBaseline + ": cannot write: " + e.getMessage());
      }
    }
    AuditReport shown = judged.atLeast(shownFrom);
    try {
      if (!streamed) {
        ReportOutput.write(spec.commandLine().getOut(), output, w -> Formats.write(fmt, shown, s.rules().list(), w));
      }
    } finally {
      ReportOutput.printErrors(spec.commandLine().getErr(), full.errors());
    }
    if (!full.errors().isEmpty()) {
      return ExitCode.INPUT;
    }
    return failAt != null && judged.hasFindingsAtLeast(failAt) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private static Baseline readBaseline(Path file) {
    try {
      return Baseline.read(file);
    } catch (IOException e) {
      throw new Main.UsageException("--baseline " + file + ": " + e.getMessage());
    }
  }

  private static Severity severity(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Severity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(option + ": " + e.getMessage());
    }
  }

  private static void checkWritable(String option, Path file) {
    if (file != null) {
      Path parent = file.toAbsolutePath().getParent();
      if (Files.isDirectory(file) || parent == null || !Files.isDirectory(parent)) {
        throw new Main.UsageException(option + " " + file + ": cannot write there (a folder, or its folder is missing)");
      }
    }
  }
}
