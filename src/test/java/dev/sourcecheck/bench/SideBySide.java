package dev.sourcecheck.bench;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.parse.Decoder;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Speed side by side, in one JVM on one corpus (the anchor corpus: the shared seeds plus the Zyte
 * dev lines, 347 files, whose near-duplicate pages are one wire story syndicated many times):
 * <ul>
 *   <li>a floor: decode and a {@link BreakIterator} sentence split of each text, one thread;
 *   <li>sourcecheck's whole audit: {@link Auditor#audit} of all the files in one call;
 *   <li>one article per call: {@code audit} of each file alone, one after another, with the
 *       latency of every call (p50, p99, max; and p99 for articles of up to 2,000 words).
 * </ul>
 * Prints articles per second for each, and the ratios to the floor. Not thread-safe (a benchmark).
 */
final class SideBySide {
  private final PrintStream out;

  SideBySide(PrintStream out) {
    this.out = out;
  }

  /** The anchor corpus: {@code seeds/*.txt} and {@code data/zyte/lines-dev/*.txt} of the shared folder, sorted. */
  static List<Input> anchorCorpus(Path shared) {
    List<Input> inputs = new ArrayList<>();
    for (Path dir : List.of(shared.resolve("seeds"), shared.resolve("data/zyte/lines-dev"))) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String name = p.getFileName().toString();
          inputs.add(new Input(p.toString(), name.substring(0, name.length() - 4), Files.readAllBytes(p)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the anchor corpus under " + dir + ": " + e.getMessage(), e);
      }
    }
    return inputs;
  }

  void run(Auditor auditor, Path shared, int warmup, int rounds) {
    List<Input> corpus = anchorCorpus(shared);
    int n = corpus.size();
    long bytes = corpus.stream().mapToLong(i -> i.bytes().length).sum();
    int[] words = corpus.stream().mapToInt(i -> words(decode(i))).toArray();
    out.printf(Locale.ROOT, "%n== side by side on the anchor corpus: %d files (%s/seeds + %s/data/zyte/lines-dev), %.2f MB%n",
        n, shared, shared, bytes / 1e6);
    out.println("   load before: " + Timing.loadAverage() + "   warm-up " + warmup + " rounds, measured " + rounds + " rounds each");
    // everything warms up before anything is measured
    Timing.run(warmup * 4, 0, () -> split(corpus));
    Timing.run(warmup, 0, () -> auditor.audit(corpus, List.of(), List.of()));
    Timing.run(warmup, 0, () -> perCall(auditor, corpus, null));
    Timing split = Timing.run(0, rounds * 4, () -> split(corpus));
    Timing whole = Timing.run(0, rounds, () -> auditor.audit(corpus, List.of(), List.of()));
    long[][] latencies = new long[rounds][];
    int[] round = {0};
    Timing perCall = Timing.run(0, rounds, () -> {
      long[] l = new long[n];
      latencies[round[0]++] = l;
      return perCall(auditor, corpus, l);
    });
    AuditReport report = auditor.audit(corpus, List.of(), List.of());
    out.printf(Locale.ROOT, "   sentences (BreakIterator): %,d   findings of the whole audit: %,d   input errors: %d%n",
        split(corpus), report.findings().size(), report.errors().size());
    row("split: decode + BreakIterator sentences, 1 thread", split, n);
    row("sourcecheck whole audit (one call, all files)", whole, n);
    row("sourcecheck one article per call, 1 caller", perCall, n);
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    long[] upTo2000 = new long[0];
    List<Long> small = new ArrayList<>();
    for (long[] l : latencies) {
      for (int i = 0; i < n; i++) {
        if (words[i] <= 2000) {
          small.add(l[i]);
        }
      }
    }
    upTo2000 = small.stream().mapToLong(Long::longValue).sorted().toArray();
    out.printf(Locale.ROOT, "   one-article latency: p50 %.2f ms  p99 %.2f ms  max %.2f ms (%d calls); articles of <= 2,000 words:"
            + " p99 %.2f ms (%d calls)%n", pct(all, 50), pct(all, 99), all[all.length - 1] / 1e6, all.length,
        pct(upTo2000, 99), upTo2000.length);
    out.printf(Locale.ROOT, "   ratios to the split: whole audit %.1fx slower, one article per call %.1fx slower"
            + " (target: within 5x); on CPU time %.1fx and %.1fx%n", whole.medianMs() / split.medianMs(),
        perCall.medianMs() / split.medianMs(), whole.medianCpuMs() / split.medianCpuMs(),
        perCall.medianCpuMs() / split.medianCpuMs());
    out.printf(Locale.ROOT, "   load after: %s%n", Timing.loadAverage());
  }

  private void row(String label, Timing t, int n) {
    out.printf(Locale.ROOT, "   %-50s %s  %,.0f articles/s (cpu estimate %,.0f/s)%n", label, t.summary(), t.perSecond(n),
        t.perSecondIdleEstimate(n));
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** Decode and split every text; the number of sentences. */
  static long split(List<Input> corpus) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    long sentences = 0;
    for (Input in : corpus) {
      it.setText(decode(in));
      for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
        sentences++;
      }
    }
    return sentences;
  }

  private static long perCall(Auditor auditor, List<Input> corpus, long[] latencies) {
    long findings = 0;
    for (int i = 0; i < corpus.size(); i++) {
      long t0 = System.nanoTime();
      findings += auditor.audit(List.of(corpus.get(i)), List.of(), List.of()).findings().size();
      if (latencies != null) {
        latencies[i] = System.nanoTime() - t0;
      }
    }
    return findings;
  }

  private static int words(String text) {
    int w = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        w++;
      }
      in = letter;
    }
    return w;
  }

  private static String decode(Input in) {
    try {
      return Decoder.decode(in.bytes());
    } catch (InputException e) {
      throw new IllegalStateException(in.path() + ": " + e.getMessage(), e);
    }
  }
}
