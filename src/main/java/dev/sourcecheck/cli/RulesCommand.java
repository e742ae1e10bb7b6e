package dev.sourcecheck.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.engine.RuleLoadException;
import dev.sourcecheck.report.json.JsonStyle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sourcecheck rules}: what the rule set holds. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Inspect and test the rule set.",
    subcommands = {RulesCommand.ListCommand.class, ExplainCommand.class, RulesTestCommand.class})
final class RulesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list, explain or test");
  }

  /** {@code sourcecheck rules list}: id, category, severity and summary of every rule. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the rules: id, category, severity, summary (JSON: also help, file, line, lexicons, weight).")
  static final class ListCommand implements Callable<Integer> {
    /** Formats of the list. */
    enum Format { text, json }

    @Spec CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "List the rules in DIR instead of the bundled ones.")
    Path rules;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws RuleLoadException {
      RuleBase rb = rules == null ? RuleBase.bundled() : RuleBase.load(rules);
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        List<Entry> entries = rb.list().stream().map(Entry::of).toList();
        try (var g = JsonStyle.generator(out)) {
          g.writeObject(new Listing("sourcecheck.rules/1", rb.hash(), entries));
          g.writeRaw('\n');
        } catch (IOException e) {
          throw new Main.UsageException("standard output: cannot write: " + e.getMessage());
        }
      } else {
        int w = rb.list().stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleInfo r : rb.list()) {
          out.printf(Locale.ROOT, "%-" + w + "s  %-13s  %-7s  %s%n", r.id(), r.category().label(), r.severity().label(), r.summary());
        }
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  /** The JSON rule list. */
  @JsonPropertyOrder({"schema", "hash", "rules"})
  record Listing(String schema, String hash,
      List<Entry> rules) {}

  /** One rule in the JSON list. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "category", "severity", "summary", "help", "file", "line", "lexicons", "weight", "examples"})
  record Entry(String id, String category, String severity, String summary, String help, String file, int line,
      List<String> lexicons, Integer weight, int examples) {
    static Entry of(RuleInfo r) {
      return new Entry(r.id(), r.category().label(), r.severity().label(), r.summary(), r.help(), r.file(), r.line(),
          r.lexicons(), r.weight(), r.examples().size());
    }
  }
}
