package dev.sourcecheck.bench;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.parse.Gzip;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputException;
import dev.sourcecheck.parse.InputKind;
import dev.sourcecheck.parse.Stated;
import dev.sourcecheck.parse.html.HtmlReader;
import dev.sourcecheck.parse.html.Page;
import dev.sourcecheck.parse.html.PageLexicons;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The {@code pages} mode of the benchmark: reading web pages, on the Zyte benchmark's development
 * pages (decompressed into memory first, so that disk and gzip are not measured). Measures the
 * extraction alone ({@link HtmlReader}: parse, metadata, main text, left-out lines) on one thread
 * and as the extractor runs it (a parallel stream), and the whole audit of the pages. Pages per
 * second and MB of HTML per second. Prints; asserts nothing. Not thread-safe (a CLI's part).
 */
final class PageBench {
  private PageBench() {}

  static void run(Auditor auditor, Path shared, int warmup, int rounds, PrintStream out) {
    Path dir = shared.resolve("data/zyte/html");
    List<byte[]> pages = load(dir);
    long bytes = pages.stream().mapToLong(b -> b.length).sum();
    PageLexicons lexicons = PageLexicons.of(auditor.rules().rules().lexicons());
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      inputs.add(new Input("page" + i + ".html", "page" + i, pages.get(i), InputKind.HTML, Stated.NONE));
    }
    out.printf(Locale.ROOT, "%n== pages: %d web pages from %s, %.1f MB of HTML (decompressed)%n", pages.size(), dir,
        bytes / 1e6);
    out.println("   load before: " + Timing.loadAverage() + "   warm-up " + warmup + " rounds, measured " + rounds + " rounds");
    Timing.run(warmup, 0, () -> extract(pages, lexicons, false));
    Timing.run(warmup, 0, () -> extract(pages, lexicons, true));
    Timing.run(Math.max(1, warmup / 2), 0, () -> auditor.audit(inputs, List.of(), List.of()));
    Timing one = Timing.run(0, rounds, () -> extract(pages, lexicons, false));
    Timing par = Timing.run(0, rounds, () -> extract(pages, lexicons, true));
    Timing audit = Timing.run(0, Math.max(3, rounds / 2), () -> auditor.audit(inputs, List.of(), List.of()));
    AuditReport r = auditor.audit(inputs, List.of(), List.of());
    out.printf(Locale.ROOT, "   main-text characters extracted: %,d   audit findings: %,d   input errors: %d%n",
        extract(pages, lexicons, false), r.findings().size(), r.errors().size());
    row(out, "extraction (HtmlReader), 1 thread", one, pages.size(), bytes);
    row(out, "extraction, parallel stream (as extract runs it)", par, pages.size(), bytes);
    row(out, "whole audit of the pages (Auditor.audit)", audit, pages.size(), bytes);
    out.printf(Locale.ROOT, "   load after: %s%n", Timing.loadAverage());
  }

  private static void row(PrintStream out, String label, Timing t, int n, long bytes) {
    double s = t.medianMs() / 1000.0;
    out.printf(Locale.ROOT, "   %-50s %s  %,.1f pages/s  %,.1f MB/s%n", label, t.summary(), n / s, bytes / 1e6 / s);
  }

  /** Reads every page; returns the main text's total length, so that the work cannot be dropped. */
  private static long extract(List<byte[]> pages, PageLexicons lexicons, boolean parallel) {
    Stream<byte[]> s = parallel ? pages.parallelStream() : pages.stream();
    return s.mapToLong(b -> {
      try {
        Page p = HtmlReader.read(b, lexicons);
        return p.mainText().length();
      } catch (InputException e) {
        return 0;
      }
    }).sum();
  }

  private static List<byte[]> load(Path dir) {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> InputKind.ofName(f.getFileName().toString()) == InputKind.HTML).sorted().toList()) {
        byte[] b = Files.readAllBytes(p);
        out.add(InputKind.gzipped(p.getFileName().toString()) ? Gzip.decompress(b, 64L << 20) : b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pages in " + dir, e);
    } catch (InputException e) {
      throw new IllegalStateException("a page in " + dir + " cannot be read: " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no web pages in " + dir);
    }
    return out;
  }
}
