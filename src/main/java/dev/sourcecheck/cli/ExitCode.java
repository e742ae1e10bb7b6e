package dev.sourcecheck.cli;

/**
 * The exit codes, defined once. When several apply, the lowest-numbered of 2, 3, 4, 1 wins:
 * usage, then rules, then input, then findings. 5 (the report could not be written) and 6 (an
 * internal error) end the run with no report, or none that can be trusted, and win over 4 and 1.
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
  /** The report could not be written (standard output closed or full, {@code --output} unwritable mid-way). */
  public static final int WRITE = 5;
  /** An internal error (a bug in sourcecheck, or the JVM out of memory outside any one article). */
  public static final int INTERNAL = 6;
}
