package dev.sourcecheck.cli;

import dev.sourcecheck.Progress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The progress bar on standard error: articles done of all, articles per second and the time
 * left, redrawn in place at most ten times a second. It shows only when standard error is a
 * terminal and only once the run has taken a second, and it clears its line when the audit ends,
 * so it never mixes with the report (which goes to standard output or a file) or a log.
 */
final class ProgressBar implements Progress {
  private static final long SECOND = 1_000_000_000L;
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;
  private long start;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
  }

  /** A bar on {@code err} when standard error is a terminal, else {@link Progress#NONE}. */
  static Progress forStderr(PrintWriter err) {
    return stderrIsTerminal() ? new ProgressBar(err, System::nanoTime) : Progress.NONE;
  }

  /**
   * Whether standard error is a terminal: the launcher says so ({@code SOURCECHECK_STDERR_TTY},
   * from {@code [ -t 2 ]}); without it, where file descriptor 2 points on Linux.
   */
  static boolean stderrIsTerminal() {
    String said = System.getenv("SOURCECHECK_STDERR_TTY");
    if (said != null) {
      return said.equals("1");
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false; // not Linux, or no /proc: no bar
    }
  }

  @Override
  public synchronized void started(int articles) {
    total = articles;
    start = clock.getAsLong();
  }

  @Override
  public void articleDone() {
    int n = done.incrementAndGet();
    long now = clock.getAsLong();
    if (now - start < SECOND) {
      return;
    }
    synchronized (this) {
      if (now - lastDraw >= SECOND / 10 || n == total) {
        lastDraw = now;
        draw(n, now);
      }
    }
  }

  @Override
  public synchronized void finished() {
    if (drawn) {
      err.print("\r" + " ".repeat(line(total, total, clock.getAsLong()).length()) + "\r");
      err.flush();
      drawn = false;
    }
  }

  private void draw(int n, long now) {
    err.print("\r" + line(n, total, now));
    err.flush();
    drawn = true;
  }

  /** {@code [#########---------]  120/500 articles  85.3/s  ETA 4s} */
  String line(int n, int of, long now) {
    double secs = Math.max(1e-9, (now - start) / (double) SECOND);
    double rate = n / secs;
    int filled = of == 0 ? WIDTH : (int) Math.round(WIDTH * (double) n / of);
    long eta = rate <= 0 ? 0 : Math.round((of - n) / rate);
    String left = eta >= 60 ? eta / 60 + "m" + String.format(Locale.ROOT, "%02d", eta % 60) + "s" : eta + "s";
    return String.format(Locale.ROOT, "sourcecheck [%s%s] %d/%d articles  %.1f/s  ETA %s",
        "#".repeat(filled), "-".repeat(WIDTH - filled), n, of, rate, left);
  }
}
