package dev.sourcecheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Timed rounds and the figures drawn from them (median, min, max), plus the process's load and
 * memory as seen from inside the JVM. Not thread-safe; one instance per measurement.
 */
final class Timing {
  /** Results are folded in here so the JIT cannot drop the measured work. */
  static volatile long sink;

  /** The measured round times, in nanoseconds, in the order run. */
  final List<Long> nanos = new ArrayList<>();

  /** The process CPU time of each measured round (all threads, JIT and GC included), in nanoseconds. */
  final List<Long> cpuNanos = new ArrayList<>();

  /** Peak heap used across the measured rounds (sampled every few ms), in bytes. */
  long peakHeap;

  private Timing() {}

  /** Runs {@code warmup} untimed then {@code rounds} timed rounds of {@code body}, a GC before each. */
  static Timing run(int warmup, int rounds, Supplier<Object> body) {
    for (int i = 0; i < warmup; i++) {
      sink += System.identityHashCode(body.get());
    }
    Timing t = new Timing();
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    try {
      for (int i = 0; i < rounds; i++) {
        System.gc();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        Object r = body.get();
        t.nanos.add(System.nanoTime() - start);
        t.cpuNanos.add(processCpuNanos() - cpu);
        sink += System.identityHashCode(r);
      }
    } finally {
      t.peakHeap = sampler.finish();
    }
    return t;
  }

  double medianMs() {
    return median(nanos);
  }

  /** Median process CPU time of a round, in ms; negative when the JVM does not report it. */
  double medianCpuMs() {
    return cpuNanos.stream().anyMatch(c -> c < 0) ? -1 : median(cpuNanos);
  }

  /**
   * {@code items} per second if the machine's cores were all ours: items over the median CPU time
   * shared by the available processors. Less sensitive to other processes' load than wall time;
   * an estimate, not a measurement.
   */
  double perSecondIdleEstimate(int items) {
    double cpu = medianCpuMs();
    return cpu <= 0 ? -1 : items / (cpu / 1000.0 / Runtime.getRuntime().availableProcessors());
  }

  private static double median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    s.sort(null);
    int n = s.size();
    double m = n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    return m / 1e6;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  double minMs() {
    return nanos.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6;
  }

  double maxMs() {
    return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
  }

  /** {@code items} per second at the median round time. */
  double perSecond(int items) {
    return items / (medianMs() / 1000.0);
  }

  /** "median 12.3 ms [min 11.9, max 13.0; 10 rounds] cpu 20.1 ms". */
  String summary() {
    return String.format(Locale.ROOT, "median %.1f ms [min %.1f, max %.1f; %d rounds] cpu %.1f ms", medianMs(), minMs(),
        maxMs(), nanos.size(), medianCpuMs());
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  /** The process's peak resident set size (VmHWM) in MB, or -1 where /proc is not available. */
  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (Exception e) {
      // not Linux: reported as unknown
    }
    return -1;
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
  }

  /** Samples used heap every 5 ms on a daemon thread and keeps the maximum. */
  private static final class HeapSampler extends Thread {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
      super("bench-heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long finish() {
      running = false;
      try {
        join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }
  }
}
