package dev.sourcecheck.cli;

import dev.sourcecheck.Version;
import dev.sourcecheck.engine.RuleLoadException;
import dev.sourcecheck.report.SafeText;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sourcecheck}: the command-line entry point. */
@Command(
    name = "sourcecheck",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Checks news articles for unnamed sources, framing, scraped boilerplate and cross-source contradictions.",
    subcommands = {AuditCommand.class, ExtractCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
    footer = {
        "",
        "Examples:",
        "  sourcecheck audit seeds/                       audit every article under seeds/",
        "  sourcecheck audit pages/ feed.jsonl            web pages and a JSON Lines feed",
        "  sourcecheck extract page.html --format json    a page's metadata and main text",
        "  sourcecheck audit a.txt b.txt --format json    JSON report on stdout",
        "  sourcecheck audit - < article.txt              audit standard input",
        "  sourcecheck rules list                         the rules with severity and summary",
        "",
        "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage error;",
        "3 rules failed to load; 4 some input unreadable (the rest is still audited); 5 the report",
        "could not be written; 6 internal error."})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: audit, extract or rules");
  }

  /** What {@code -} reads. */
  InputStream stdin = System.in;

  public static void main(String[] args) {
    // standard output straight on its file descriptor: System.out would swallow a write error
    PrintWriter out = ReportOutput.stdout();
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, System.in, out, err));
  }

  /** Runs the command line with the given streams and returns the exit code; never exits. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, InputStream.nullInputStream(), out, err);
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, with {@code stdin} as what {@code -} reads. */
  public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    main.stdin = stdin;
    CommandLine cl = commandLine(main);
    cl.setOut(out);
    cl.setErr(err);
    int code;
    try {
      code = cl.execute(args);
    } catch (Throwable t) { // an Error (out of memory outside any one article) passes picocli's handlers
      code = internalError(err, t);
    }
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(Main main) {
    CommandLine cl = new CommandLine(main);
    // no @file expansion: a file named @x.txt among the inputs would otherwise turn x.txt's lines
    // into options (--rules runs code, -o overwrites files)
    cl.setExpandAtFiles(false);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, line, parse) -> {
      if (ex instanceof RuleLoadException rle) {
        for (String e : rle.errors()) {
          line.getErr().println(e);
        }
        line.getErr().println("sourcecheck: rules failed to load (" + rle.errors().size() + " error"
            + (rle.errors().size() == 1 ? "" : "s") + ")");
        return ExitCode.RULES;
      }
      if (ex instanceof UsageException ue) {
        line.getErr().println("sourcecheck: " + ue.getMessage());
        return ExitCode.USAGE;
      }
      if (ex instanceof ReportOutput.WriteFailed wf) {
        line.getErr().println("sourcecheck: " + wf.getMessage());
        return ExitCode.WRITE;
      }
      return internalError(line.getErr(), ex);
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("sourcecheck: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
      return ExitCode.USAGE;
    });
    return cl;
  }

  /** Says on stderr that sourcecheck failed (with the stack trace for a bug report) and returns {@link ExitCode#INTERNAL}. */
  private static int internalError(PrintWriter err, Throwable t) {
    err.println("sourcecheck: internal error: " + SafeText.line(String.valueOf(t)));
    if (!(t instanceof OutOfMemoryError)) {
      t.printStackTrace(err);
    }
    err.println("sourcecheck: this is a bug in sourcecheck (or the JVM ran out of memory); no report was written");
    err.flush();
    return ExitCode.INTERNAL;
  }

  /** Reads the version the build stamped. */
  public static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sourcecheck " + Version.VERSION};
    }
  }

  /** A usage problem found while running (say, an unwritable --output). */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
