package dev.sourcecheck.budget;

/**
 * The budget of the article being audited on this thread, checked cooperatively: the work stops
 * itself at its next check, so nothing is left running (and burning CPU) after a timeout, and no
 * watchdog thread is needed.
 *
 * <p><b>For every stage:</b> in any loop whose trip count grows with the article (over tokens,
 * sentences, paragraphs, quotations, lexicon hits, candidate pairs), call
 *
 * <pre>{@code
 * Deadline.check();            // throws BudgetExceeded once the article's time is up
 * }</pre>
 *
 * once per iteration. It costs a thread-local read and a counter decrement; the clock is read only
 * every {@value #STRIDE} calls. In the hottest inner loops, fetch the deadline once
 * ({@code Deadline d = Deadline.current();}) and call {@code d.tick()} instead. Outside an audit
 * (tests, tools, the cross-source stage until it gets budgets of its own) there is no current
 * deadline and both calls do nothing. Between two stages, {@link #checkNow()} reads the clock at
 * once.
 *
 * <p>The Auditor opens one with {@link #open(Budget)} around each article's work, in a
 * try-with-resources block on the thread that does the work. A deadline belongs to one thread and
 * is not thread-safe; {@link #current()} and {@link #check()} are safe from any thread (each sees
 * its own).
 */
public final class Deadline implements AutoCloseable {
  /** Calls between two reads of the clock. */
  static final int STRIDE = 64;

  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  /** No deadline: nothing expires, and rule sessions get the default firing limit. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Budget.DEFAULT_MAX_FIRINGS, "", null);

  private final long deadlineNanos;
  private final long maxFirings;
  private final String described;
  private final Deadline previous;
  private int countdown = STRIDE;

  private Deadline(long deadlineNanos, long maxFirings, String described, Deadline previous) {
    this.deadlineNanos = deadlineNanos;
    this.maxFirings = maxFirings;
    this.described = described;
    this.previous = previous;
  }

  /** Starts {@code budget} now on this thread; close it when the article's work is done. */
  public static Deadline open(Budget budget) {
    long nanos = budget.time().toNanos();
    Deadline d = new Deadline(System.nanoTime() + nanos, budget.maxFirings(), Budget.describe(budget.time()),
        CURRENT.get());
    CURRENT.set(d);
    return d;
  }

  /** The deadline of this thread's article, or {@link #NONE}. */
  public static Deadline current() {
    Deadline d = CURRENT.get();
    return d == null ? NONE : d;
  }

  /** Throws {@link BudgetExceeded} when this thread's article has run out of time; see the class comment. */
  public static void check() {
    Deadline d = CURRENT.get();
    if (d != null) {
      d.tick();
    }
  }

  /** As {@link #check()}, but reads the clock now: for the boundaries between stages. */
  public static void checkNow() {
    Deadline d = CURRENT.get();
    if (d != null && d.expired()) {
      throw d.timedOut();
    }
  }

  /** As {@link #check()}, on a deadline already in hand. */
  public void tick() {
    if (--countdown > 0) {
      return;
    }
    countdown = STRIDE;
    if (expired()) {
      throw timedOut();
    }
  }

  /** Whether the time is up (reads the clock). */
  public boolean expired() {
    return this != NONE && System.nanoTime() - deadlineNanos > 0;
  }

  /** The exception a stage throws when it finds the time up. */
  public BudgetExceeded timedOut() {
    return new BudgetExceeded("timed out: the article took longer than its budget of " + described
        + " (raise it with --article-timeout)");
  }

  /** The most rules one session of this article may fire. */
  public long maxFirings() {
    return maxFirings;
  }

  @Override
  public void close() {
    if (this == NONE) {
      return;
    }
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
