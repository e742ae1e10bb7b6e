package dev.sourcecheck.cli;

/**
 * The exit codes, defined once. When several apply, the lowest-numbered of 2, 3, 4, 1 wins:
 * usage, then rules, then input, then findings.
 */
public final class ExitCode {
  private ExitCode() {}

  /** No finding at or above {@code --fail-on}. */
  public static final int OK = 0;
  /** Findings at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** The rules failed to load or compile. */
  public static final int RULES = 3;
  /** Some input was unreadable or skipped for an error; the rest was still audited and reported. */
  public static final int INPUT = 4;
}
