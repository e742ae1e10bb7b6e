package dev.sourcecheck.cli;

import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.engine.RuleLoadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sourcecheck rules}: what the rule set holds. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Inspect the rule set.",
    subcommands = {RulesCommand.ListCommand.class})
final class RulesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list");
  }

  /** {@code sourcecheck rules list}: id, category, severity and summary of every rule. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rules: id, category, severity, summary.")
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "List the rules in DIR instead of the bundled ones.")
    Path rules;

    @Override
    public Integer call() throws RuleLoadException {
      RuleBase rb = rules == null ? RuleBase.bundled() : RuleBase.load(rules);
      PrintWriter out = spec.commandLine().getOut();
      int w = rb.list().stream().mapToInt(r -> r.id().length()).max().orElse(10);
      for (RuleInfo r : rb.list()) {
        out.printf(Locale.ROOT, "%-" + w + "s  %-13s  %-7s  %s%n", r.id(), r.category().label(), r.severity().label(), r.summary());
      }
      out.flush();
      return ExitCode.OK;
    }
  }
}
