package dev.sourcecheck.cli;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleLoadException;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.report.JsonReport;
import dev.sourcecheck.report.TextReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sourcecheck audit}: audits files, folders and standard input and writes a report. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audit articles: files, folders (every *.txt inside, recursively) or - for standard input.",
    footer = {
        "",
        "Examples:",
        "  sourcecheck audit seeds/",
        "  sourcecheck audit seeds/ --format json --output report.json",
        "  sourcecheck audit story/*.txt --fail-on warning --min-severity warning",
        "  sourcecheck audit --rules my-rules/ article.txt"})
final class AuditCommand implements Callable<Integer> {
  /** Report formats. */
  enum Format { text, json }

  /** Thresholds for a failing exit code. */
  enum FailOn { info, warning, error, never }

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Option(names = "--format", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--rules", paramLabel = "DIR", description = "Use the rules in DIR instead of the bundled ones.")
  Path rules;

  @Option(names = "--fail-on", defaultValue = "error",
      description = "Exit 1 when a finding is at or above this severity: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--min-severity", defaultValue = "info", paramLabel = "SEVERITY",
      description = "Report only findings at or above info, warning or error (default: ${DEFAULT-VALUE}).")
  String minSeverity;

  @Option(names = "--max-bytes", defaultValue = "10485760", paramLabel = "N",
      description = "Skip, with an error, inputs larger than N bytes (default: ${DEFAULT-VALUE}, 10 MB).")
  long maxBytes;

  @Option(names = "--story", defaultValue = "auto", paramLabel = "MODE",
      description = "How articles are grouped for cross-source comparison: auto (by shared people, places and dates) or all (every input is one story). Default: ${DEFAULT-VALUE}.")
  String story;

  @Option(names = "--article-timeout", defaultValue = "10s", paramLabel = "TIME",
      description = "Give up on an article (reported as an error; the others are still audited) after TIME: 10s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
  String articleTimeout;

  @Override
  public Integer call() throws RuleLoadException {
    Severity min;
    try {
      min = Severity.parse(minSeverity);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("--min-severity: " + e.getMessage());
    }
    if (maxBytes <= 0) {
      throw new Main.UsageException("--max-bytes must be a positive number of bytes, got " + maxBytes);
    }
    if (!story.equals("auto") && !story.equals("all")) {
      throw new Main.UsageException("--story must be auto or all, got '" + story + "'");
    }
    ReportOutput.checkArguments(paths, output);
    RuleBase rb = rules == null ? RuleBase.bundled() : RuleBase.load(rules);
    AuditOptions options = AuditOptions.defaults().withMaxBytes(maxBytes).withStoryAll(story.equals("all"))
        .withArticleTimeout(Durations.parse("--article-timeout", articleTimeout));
    AuditReport full = new Auditor(rb, options).audit(paths, main.stdin);
    AuditReport shown = full.atLeast(min);
    String rendered = format == Format.json ? JsonReport.render(shown) : TextReport.render(shown);
    try {
      ReportOutput.write(spec.commandLine().getOut(), output, rendered);
    } finally {
      ReportOutput.printErrors(spec.commandLine().getErr(), full.errors());
    }
    if (!full.errors().isEmpty()) {
      return ExitCode.INPUT;
    }
    if (failOn != FailOn.never && full.hasFindingsAtLeast(Severity.parse(failOn.name()))) {
      return ExitCode.FINDINGS;
    }
    return ExitCode.OK;
  }
}
