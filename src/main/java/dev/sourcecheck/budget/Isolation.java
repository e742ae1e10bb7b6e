package dev.sourcecheck.budget;

import dev.sourcecheck.finding.InputError;
import java.util.function.Supplier;

/**
 * Runs one article's work under its budget and keeps whatever goes wrong inside it: a result, or
 * one {@link InputError} naming the article and the reason (over its time, over its firing limit,
 * out of memory, a stack overflow, any exception). The rest of the run goes on. Stateless and
 * thread-safe.
 */
public final class Isolation {
  private Isolation() {}

  /** What one article's work came to: exactly one of {@code value} and {@code error} is not null. */
  public record Outcome<T>(T value, InputError error) {
    public boolean failed() {
      return error != null;
    }
  }

  /** Runs {@code work} for the input shown as {@code path} under {@code budget}. */
  public static <T> Outcome<T> run(String path, Budget budget, Supplier<T> work) {
    return guard(path, () -> {
      try (Deadline d = Deadline.open(budget)) {
        return work.get();
      }
    });
  }

  /** Runs {@code work} (no budget of its own) and keeps what goes wrong as an error naming {@code path}. */
  public static <T> Outcome<T> guard(String path, Supplier<T> work) {
    try {
      return new Outcome<>(work.get(), null);
    } catch (BudgetExceeded e) {
      return new Outcome<>(null, new InputError(path, e.getMessage()));
    } catch (OutOfMemoryError e) {
      return new Outcome<>(null, new InputError(path, "ran out of memory ("
          + oneLine(e.getMessage()) + "); nothing from it is reported"));
    } catch (StackOverflowError e) {
      return new Outcome<>(null, new InputError(path, "could not be audited: stack overflow (an internal error)"));
    } catch (RuntimeException | Error e) {
      return new Outcome<>(null, new InputError(path, "could not be audited: " + describe(e)));
    }
  }

  /** The class and message of {@code t} and of its innermost cause, on one line. */
  static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String s = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + oneLine(t.getMessage()));
    if (root != t) {
      s += " (caused by " + root.getClass().getSimpleName()
          + (root.getMessage() == null ? "" : ": " + oneLine(root.getMessage())) + ")";
    }
    return s.length() > 300 ? s.substring(0, 299) + "…" : s;
  }

  private static String oneLine(String s) {
    return s == null ? "no detail" : s.replaceAll("\\s+", " ").strip();
  }
}
