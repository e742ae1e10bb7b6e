package dev.sourcecheck.cli;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.engine.RuleLoadException;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.ruletest.ExampleRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sourcecheck rules test DIR}: runs the examples of the rules in a user's rules folder, laid
 * out like rules/ and added to the bundled rules (or {@code --rules BASE}) as a configured extra
 * folder is; a file with the same path as a base file replaces it. Prints each failure as {@code
 * file:line: message}; exits 1 when any example fails.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run the // flag:, // pass: and // score: examples of the rules in DIR; failures as file:line.")
final class RulesTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A rules folder (category folders of .drl files, lexicons/).")
  Path dir;

  @Option(names = "--rules", paramLabel = "BASE", description = "Add DIR to the rules in BASE instead of the bundled ones.")
  Path base;

  @Override
  public Integer call() throws RuleLoadException {
    RuleSet extra = RuleSet.load(dir);
    RuleSet set = (base == null ? RuleSet.bundled() : RuleSet.load(base)).with(extra);
    RuleBase rb = RuleBase.of(set);
    Auditor auditor = new Auditor(rb, AuditOptions.defaults());
    PrintWriter out = spec.commandLine().getOut();
    List<ExampleRunner.Failure> failures = new ArrayList<>();
    int tested = 0;
    int examples = 0;
    for (RuleInfo r : rb.list()) {
      if (!extra.drl().containsKey(r.file())) {
        continue;
      }
      tested++;
      examples += r.examples().size();
      for (ExampleRunner.Failure f : ExampleRunner.run(auditor, r)) {
        failures.add(f);
        out.println(ExplainCommand.where(rb, f.file()) + ":" + f.line() + ": " + f.message());
      }
    }
    out.println(tested + (tested == 1 ? " rule, " : " rules, ") + examples + " examples: "
        + (failures.isEmpty() ? "all passed" : failures.size() + " failed"));
    out.flush();
    if (tested == 0) {
      throw new Main.UsageException(dir + ": no rules in this folder (rules live in <category>/*.drl)");
    }
    return failures.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }
}
