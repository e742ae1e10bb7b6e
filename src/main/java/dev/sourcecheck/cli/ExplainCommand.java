package dev.sourcecheck.cli;

import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleExample;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.engine.RuleLoadException;
import dev.sourcecheck.lexicon.Lexicon;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sourcecheck rules explain ID}: what one rule checks, why, how it is tested and which word lists it reads. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain a rule: summary, help, where it is defined, its examples and the lexicons it uses.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "A rule id, such as attribution.vague-source.")
  String id;

  @Option(names = "--rules", paramLabel = "DIR", description = "Explain a rule in DIR instead of the bundled ones.")
  Path rules;

  @Override
  public Integer call() throws RuleLoadException {
    RuleBase rb = rules == null ? RuleBase.bundled() : RuleBase.load(rules);
    RuleInfo r = rb.catalog().get(id.strip());
    if (r == null) {
      List<String> near = rb.list().stream().map(RuleInfo::id)
          .filter(x -> x.contains(id.strip().toLowerCase(Locale.ROOT)) || id.contains(x.substring(x.indexOf('.') + 1)))
          .toList();
      throw new Main.UsageException("no rule '" + id + "'" + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near)
          + "?") + " (sourcecheck rules list shows them all)");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(r.id() + "  (" + r.category().label() + (r.category().raisesFindings() ? ", " + r.severity().label() : "")
        + ")");
    out.println("  " + r.summary());
    if (r.help() != null && !r.help().isBlank()) {
      out.println();
      out.println("Help:");
      out.println("  " + r.help());
    }
    if (r.weight() != null) {
      out.println();
      out.println("Weight: " + r.weight() + " (points per unit this score rule counts; see rules/README.md)");
    }
    out.println();
    out.println("Defined in: " + where(rb, r.file()) + ":" + r.line());
    if (!r.lexicons().isEmpty()) {
      out.println();
      out.println("Lexicons:");
      for (String name : r.lexicons()) {
        Lexicon l = rb.rules().lexicons().get(name);
        out.println("  " + name + "  " + where(rb, "lexicons/" + name + ".txt") + " (" + l.entries().size() + " entries)");
      }
    }
    if (!r.examples().isEmpty()) {
      out.println();
      out.println("Examples:");
      for (RuleExample e : r.examples()) {
        out.println("  " + e.kind().name().toLowerCase(Locale.ROOT) + ": " + e.source());
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  static String where(RuleBase rb, String file) {
    return rb.rules().pathOf(file);
  }
}
