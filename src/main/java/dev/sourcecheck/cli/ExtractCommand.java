package dev.sourcecheck.cli;

import dev.sourcecheck.engine.RuleLoadException;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.extract.ExtractReport;
import dev.sourcecheck.extract.ExtractWriters;
import dev.sourcecheck.extract.Extractor;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.parse.html.PageLexicons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sourcecheck extract}: the metadata and main text of pages, feeds and articles, as the audit reads them. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract articles: metadata and main text of web pages (.html, .htm, .html.gz), feeds (.jsonl) and text articles, read exactly as audit reads them.",
    footer = {
        "",
        "Examples:",
        "  sourcecheck extract page.html",
        "  sourcecheck extract pages/ --format json -o extracted.json",
        "  curl -s https://example.com/story | sourcecheck extract --input-format html -"})
final class ExtractCommand implements Callable<Integer> {
  /** Output formats: the main text with its metadata, the documented JSON, or the audited text (what findings' lines refer to). */
  enum Format { text, json, audited }

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: text (metadata and main text), json, or audited (the text the audit reads, whose lines findings give). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--rules", paramLabel = "DIR", description = "Read the page word lists (lexicons/page-*.txt) from the rules in DIR.")
  Path rules;

  @Option(names = "--max-bytes", defaultValue = "10485760", paramLabel = "N",
      description = "Skip, with an error, inputs (or feed lines) larger than N bytes (default: ${DEFAULT-VALUE}, 10 MB).")
  long maxBytes;

  @Mixin InputOptions input;

  @Override
  public Integer call() throws RuleLoadException {
    if (maxBytes <= 0) {
      throw new Main.UsageException("--max-bytes must be a positive number of bytes, got " + maxBytes);
    }
    if (output != null) {
      Path parent = output.toAbsolutePath().getParent();
      if (Files.isDirectory(output) || parent == null || !Files.isDirectory(parent)) {
        throw new Main.UsageException("--output " + output + ": cannot write there (a folder, or its folder is missing)");
      }
    }
    RuleSet set = rules == null ? RuleSet.bundled() : RuleSet.load(rules);
    Extractor extractor = new Extractor(PageLexicons.of(set.lexicons()), maxBytes, input.format());
    ExtractReport report = extractor.extract(paths, main.stdin);
    String rendered = switch (format) {
      case json -> ExtractWriters.json(report);
      case audited -> ExtractWriters.audited(report);
      case text -> ExtractWriters.text(report);
    };
    if (output == null) {
      spec.commandLine().getOut().print(rendered);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(output, rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Main.UsageException("--output " + output + ": cannot write: " + e.getMessage());
      }
    }
    for (InputError e : report.errors()) {
      spec.commandLine().getErr().println("sourcecheck: " + e.path() + ": " + e.message());
    }
    return report.errors().isEmpty() ? ExitCode.OK : ExitCode.INPUT;
  }
}
