package dev.sourcecheck.bench;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.article.Article;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.bench.Corpus.Doc;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.parse.Decoder;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputException;
import dev.sourcecheck.parse.SentenceSplitter;
import dev.sourcecheck.parse.TextArticleParser;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's entry point, a plain {@code main} (the jar is shaded, so
 * {@code java -cp target/sourcecheck.jar dev.sourcecheck.bench.Bench MODE [options]} runs it).
 *
 * <pre>
 * modes:
 *   throughput    warm audit of a mixed corpus vs a sentence-splitting-only pass
 *   cross-source  the cross-source stage alone on one generated story, warm
 *   scaling       whole audit of generated stories at several sizes
 *   all           throughput, cross-source and scaling in one JVM
 *   pages         web pages: extraction alone (1 thread, parallel) and the whole audit, on the Zyte dev pages
 *   cold          wall time and peak RSS of a command run as a fresh process (default ./sourcecheck audit seeds/)
 *   generate      write a generated story corpus to --out DIR
 * options:
 *   --repo DIR         project root holding seeds/, fixtures/, rules/ (default .)
 *   --shared DIR       shared folder holding data/ (default: -Dsourcecheck.shared, env SOURCECHECK_SHARED, ../shared)
 *   --articles N       throughput corpus size / generate size (default 1000)
 *   --sizes A,B        scaling sizes (default 1000,10000)
 *   --story-size N     articles per generated story (default 20)
 *   --story-articles N size of the one story for cross-source (default 50)
 *   --warmup N --rounds N   rounds per measurement (defaults depend on the mode)
 *   --runs N           cold runs (default 5)
 *   --seed N           corpus and generator seed (default 42)
 *   --fixtures         also use multi-article fixtures as story templates
 *   --out DIR          output folder of generate
 *   -- CMD...          the command of cold
 * </pre>
 *
 * Prints human-readable results on stdout; nothing here is asserted. Not thread-safe (a CLI).
 */
public final class Bench {
  private final PrintStream out;
  private Path repo = Path.of(".");
  private String shared;
  private int articles = 1000;
  private List<Integer> sizes = List.of(1000, 10000);
  private int storySize = 20;
  private int storyArticles = 50;
  private Integer warmup;
  private Integer rounds;
  private int runs = 5;
  private long seed = 42;
  private boolean fixtures;
  private Path outDir;
  private List<String> command = List.of("./sourcecheck", "audit", "seeds/");
  private List<Integer> shapeSizes = List.of(10_000, 100_000, 1_000_000);
  private List<String> shapes = Shapes.ALL.stream().map(Shapes.Shape::name).toList();
  private int shapeBudget = 120;

  private Bench(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println("usage: java -cp target/sourcecheck.jar dev.sourcecheck.bench.Bench"
          + " throughput|cross-source|scaling|all|pages|cold|generate [options]  (see the class javadoc or docs/benchmarks.md)");
      return;
    }
    Bench b = new Bench(System.out);
    b.options(args);
    b.header();
    switch (args[0]) {
      case "throughput" -> b.throughput(b.auditor());
      case "cross-source" -> b.crossSource(b.auditor());
      case "scaling" -> b.scaling(b.auditor());
      case "all" -> {
        Auditor a = b.auditor();
        b.throughput(a);
        b.crossSource(a);
        b.scaling(a);
      }
      case "pathological" -> new Pathological(b.out, b.auditor(), java.time.Duration.ofSeconds(b.shapeBudget))
          .run(b.shapeSizes, b.shapes);
      case "side-by-side" -> new SideBySide(b.out).run(b.auditor(),
          SharedData.locate(b.shared).orElseThrow(() -> new IllegalStateException("side-by-side needs the shared folder"
              + " (../shared, --shared DIR or SOURCECHECK_SHARED)")), b.warmup != null ? b.warmup : 10,
          b.rounds != null ? b.rounds : 5);
      case "pages" -> PageBench.run(b.auditor(), SharedData.locate(b.shared).orElseThrow(
          () -> new IllegalArgumentException("the shared folder with data/zyte is not found: use --shared DIR")),
          b.warmup != null ? b.warmup : 3, b.rounds != null ? b.rounds : 5, b.out);
      case "cold" -> b.cold();
      case "generate" -> b.generate();
      default -> throw new IllegalArgumentException("unknown mode '" + args[0] + "'");
    }
    b.out.printf(Locale.ROOT, "%nend: %s  load %s  peak RSS of this JVM %d MB%n", Instant.now(), Timing.loadAverage(),
        Timing.peakRssMb());
  }

  private void options(String[] args) {
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--repo" -> repo = Path.of(value(args, ++i, a));
        case "--shared" -> shared = value(args, ++i, a);
        case "--articles" -> articles = positive(value(args, ++i, a), a);
        case "--sizes" -> {
          List<Integer> s = new ArrayList<>();
          for (String x : value(args, ++i, a).split(",")) {
            s.add(positive(x.trim(), a));
          }
          sizes = List.copyOf(s);
        }
        case "--story-size" -> storySize = positive(value(args, ++i, a), a);
        case "--story-articles" -> storyArticles = positive(value(args, ++i, a), a);
        case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
        case "--rounds" -> rounds = positive(value(args, ++i, a), a);
        case "--runs" -> runs = positive(value(args, ++i, a), a);
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--fixtures" -> fixtures = true;
        case "--shape-sizes" -> {
          List<Integer> s = new ArrayList<>();
          for (String x : value(args, ++i, a).split(",")) {
            s.add(positive(x.trim(), a));
          }
          shapeSizes = List.copyOf(s);
        }
        case "--shapes" -> shapes = List.of(value(args, ++i, a).split(","));
        case "--shape-budget" -> shapeBudget = positive(value(args, ++i, a), a);
        case "--out" -> outDir = Path.of(value(args, ++i, a));
        case "--" -> {
          command = List.of(args).subList(i + 1, args.length);
          i = args.length;
        }
        default -> throw new IllegalArgumentException("unknown option '" + a + "'");
      }
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String v, String option) {
    int n = Integer.parseInt(v);
    if (n <= 0) {
      throw new IllegalArgumentException(option + " must be positive, got " + v);
    }
    return n;
  }

  private void header() {
    Runtime rt = Runtime.getRuntime();
    out.println("sourcecheck bench  " + Instant.now());
    out.println("  commit: " + gitCommit() + "   cpus: " + rt.availableProcessors() + "   cpu: " + cpuModel());
    out.println("  java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + "   max heap: " + Timing.mb(rt.maxMemory()) + "   gc: "
        + String.join(",", ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList()));
    out.println("  load average at start: " + Timing.loadAverage());
  }

  private Auditor auditor() throws Exception {
    long t0 = System.nanoTime();
    Auditor a = new Auditor(RuleBase.bundled(), AuditOptions.defaults());
    out.printf(Locale.ROOT, "  rule base (bundled) ready in %.0f ms, rules hash %s%n", (System.nanoTime() - t0) / 1e6,
        a.rules().hash());
    return a;
  }

  // ---------------------------------------------------------------- throughput

  private void throughput(Auditor auditor) {
    int w = warmup != null ? warmup : 5;
    int r = rounds != null ? rounds : 10;
    List<Doc> distinct = new ArrayList<>(Corpus.seeds(repo));
    distinct.addAll(Corpus.thirdParty(SharedData.locate(shared), out));
    List<Doc> corpus = Corpus.mixed(distinct, articles, seed);
    List<Input> inputs = Corpus.inputs(corpus);
    Map<String, Integer> byOrigin = new LinkedHashMap<>();
    distinct.forEach(d -> byOrigin.merge(d.origin(), 1, Integer::sum));
    long chars = corpus.stream().mapToLong(d -> d.text().length()).sum();
    long bytes = inputs.stream().mapToLong(i -> i.bytes().length).sum();
    out.printf(Locale.ROOT, "%n== throughput: %d articles (distinct texts by origin %s, cycled), %,d chars, %.1f MB%n",
        corpus.size(), byOrigin, chars, bytes / 1e6);
    out.println("   load before: " + Timing.loadAverage() + "   warm-up " + w + " rounds, measured " + r + " rounds");

    // all four passes warm up before any is measured, so that no measurement pays for the JIT
    // compiling code another one shares; the split passes are short: more rounds, a stabler median
    Timing.run(4 * w, 0, () -> splitOnly(inputs, false));
    Timing.run(4 * w, 0, () -> splitOnly(inputs, true));
    Timing.run(w, 0, () -> perArticle(auditor, inputs));
    Timing.run(w, 0, () -> auditor.audit(inputs, List.of(), List.of()));
    Timing splitSeq = Timing.run(0, 4 * r, () -> splitOnly(inputs, false));
    Timing splitPar = Timing.run(0, 4 * r, () -> splitOnly(inputs, true));
    Timing perArticle = Timing.run(0, r, () -> perArticle(auditor, inputs));
    Timing whole = Timing.run(0, r, () -> auditor.audit(inputs, List.of(), List.of()));
    long sentences = splitOnly(inputs, false);
    AuditReport report = auditor.audit(inputs, List.of(), List.of());

    out.printf(Locale.ROOT, "   sentences in corpus: %,d   findings of whole audit: %,d   input errors: %d%n", sentences,
        report.findings().size(), report.errors().size());
    row("split only, 1 thread (decode + SentenceSplitter)", splitSeq, corpus.size());
    row("split only, parallel stream (as the Auditor)", splitPar, corpus.size());
    row("per-article audit (decode, parse, facts, rules)", perArticle, corpus.size());
    row("whole audit (Auditor.audit: + cross-source + report)", whole, corpus.size());
    out.printf(Locale.ROOT, "   ratio per-article audit / parallel split: %.1fx   whole audit / parallel split: %.1fx%n",
        perArticle.medianMs() / splitPar.medianMs(), whole.medianMs() / splitPar.medianMs());
    out.printf(Locale.ROOT, "   peak heap during whole-audit rounds: %s   load after: %s%n", Timing.mb(whole.peakHeap),
        Timing.loadAverage());
  }

  private void row(String label, Timing t, int n) {
    out.printf(Locale.ROOT, "   %-54s %s  %,.0f articles/s (idle-machine estimate from cpu: %,.0f/s)%n", label, t.summary(),
        t.perSecond(n), t.perSecondIdleEstimate(n));
  }

  /** The baseline: decode each input and split its whole text into sentences; returns the sentence count. */
  private static long splitOnly(List<Input> inputs, boolean parallel) {
    var s = parallel ? inputs.parallelStream() : inputs.stream();
    return s.mapToLong(in -> {
      String text = decode(in);
      return SentenceSplitter.split(text, 0, text.length()).size();
    }).sum();
  }

  private static List<AuditedArticle> perArticle(Auditor auditor, List<Input> inputs) {
    return inputs.parallelStream().map(in -> auditor.auditArticle(parse(in))).toList();
  }

  private static Article parse(Input in) {
    return TextArticleParser.parse(in.id(), in.path(), decode(in));
  }

  private static String decode(Input in) {
    try {
      return Decoder.decode(in.bytes());
    } catch (InputException e) {
      throw new IllegalStateException(in.path() + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- cross-source

  private void crossSource(Auditor auditor) {
    int w = warmup != null ? warmup : 5;
    int r = rounds != null ? rounds : 10;
    StoryGenerator g = StoryGenerator.fromRepo(repo, fixtures, seed);
    List<Doc> story = g.generate(storyArticles, storyArticles).get(0).articles();
    List<Input> inputs = Corpus.inputs(story);
    List<AuditedArticle> results = perArticle(auditor, inputs);
    long sentences = results.stream().mapToLong(x -> x.article().sentences().size()).sum();
    long quotes = results.stream().mapToLong(x -> x.article().quotes().size()).sum();
    out.printf(Locale.ROOT, "%n== cross-source stage alone: one generated story of %d articles (%,d sentences, %,d quotes)%n",
        story.size(), sentences, quotes);
    out.println("   load before: " + Timing.loadAverage() + "   warm-up " + w + " rounds, measured " + r + " rounds");
    Timing cs = Timing.run(w, r, () -> auditor.crossSource(results));
    Timing whole = Timing.run(w, r, () -> auditor.audit(inputs, List.of(), List.of()));
    int flags = auditor.crossSource(results).size();
    out.printf(Locale.ROOT, "   %-54s %s  (%d cross-source flags)%n", "cross-source stage (facts + rules)", cs.summary(), flags);
    out.printf(Locale.ROOT, "   %-54s %s%n", "whole audit of the same story", whole.summary());
  }

  // ---------------------------------------------------------------- scaling

  private void scaling(Auditor auditor) {
    int w = warmup != null ? warmup : 1;
    int r = rounds != null ? rounds : 3;
    StoryGenerator g = StoryGenerator.fromRepo(repo, fixtures, seed);
    out.printf(Locale.ROOT, "%n== scaling: whole audit of generated stories of %d articles (templates: seeds%s; %d names renamed per story)%n",
        storySize, fixtures ? " + multi-article fixtures" : "", g.templateNames().get(0).size());
    out.println("   warm-up " + w + " rounds per size (after one warm-up at the smallest size), measured " + r + " rounds");
    List<Integer> order = new ArrayList<>(sizes);
    order.sort(null);
    List<Input> smallest = storyInputs(g, order.get(0));
    Timing.run(Math.max(w, 1), 0, () -> auditor.audit(smallest, List.of(), List.of()));
    Timing first = null;
    int firstSize = 0;
    for (int size : order) {
      List<Input> inputs = size == order.get(0) ? smallest : storyInputs(g, size);
      String loadBefore = Timing.loadAverage();
      Timing t = Timing.run(w, r, () -> auditor.audit(inputs, List.of(), List.of()));
      AuditReport report = auditor.audit(inputs, List.of(), List.of());
      out.printf(Locale.ROOT, "   %,7d articles (%d stories): %s  %,.0f articles/s (cpu estimate %,.0f/s)  %.2f ms/article"
              + "  findings %,d  peak heap %s  load %s%n",
          size, (size + storySize - 1) / storySize, t.summary(), t.perSecond(size), t.perSecondIdleEstimate(size),
          t.medianMs() / size, report.findings().size(), Timing.mb(t.peakHeap), loadBefore);
      if (first == null) {
        first = t;
        firstSize = size;
      } else {
        double ratio = t.medianMs() / first.medianMs();
        double cpuRatio = t.medianCpuMs() / first.medianCpuMs();
        out.printf(Locale.ROOT, "   time ratio %,d / %,d articles: wall %.2f, cpu %.2f for %.1fx the articles"
                + " (per article, 1.00 = linear: wall %.2f, cpu %.2f)%n",
            size, firstSize, ratio, cpuRatio, (double) size / firstSize, ratio / ((double) size / firstSize),
            cpuRatio / ((double) size / firstSize));
      }
    }
  }

  private List<Input> storyInputs(StoryGenerator g, int size) {
    List<Doc> docs = new ArrayList<>();
    g.generate(size, storySize).forEach(s -> docs.addAll(s.articles()));
    return Corpus.inputs(docs);
  }

  // ---------------------------------------------------------------- generate

  private void generate() throws IOException {
    if (outDir == null) {
      throw new IllegalArgumentException("generate needs --out DIR");
    }
    StoryGenerator g = StoryGenerator.fromRepo(repo, fixtures, seed);
    long[] written = {0};
    Files.createDirectories(outDir);
    g.generate(articles, storySize, story -> { // story by story: the corpus is never held whole
      try {
        Corpus.write(story.articles(), outDir);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      written[0] += story.articles().size();
    });
    out.println("wrote " + written[0] + " articles in stories of " + storySize + " to " + outDir);
  }

  // ---------------------------------------------------------------- cold

  private void cold() throws Exception {
    boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
    out.printf(Locale.ROOT, "%n== cold run: %s  (%d runs after one untimed run that also builds a stale jar; peak RSS by %s)%n",
        String.join(" ", command), runs, gnuTime ? "/usr/bin/time -f %M" : "nothing: /usr/bin/time absent, memory not measured");
    runOnce(gnuTime);
    List<Long> nanos = new ArrayList<>();
    List<Long> rss = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      String load = Timing.loadAverage();
      long[] r = runOnce(gnuTime);
      nanos.add(r[0]);
      rss.add(r[1]);
      cpu.add(r[3]);
      out.printf(Locale.ROOT, "   run %d: %.2f s  cpu (user+sys) %.2f s  peak RSS %s  exit %d  load %s%n", i + 1, r[0] / 1e9,
          r[3] / 1e3, r[1] < 0 ? "unknown" : (r[1] / 1024) + " MB", r[2], load);
    }
    out.printf(Locale.ROOT, "   median wall %.2f s [min %.2f]  median cpu %.2f s  median peak RSS %s%n", median(nanos) / 1e9,
        nanos.stream().mapToLong(Long::longValue).min().orElse(0) / 1e9, median(cpu) / 1e3,
        median(rss) < 0 ? "unknown" : (median(rss) / 1024) + " MB");
  }

  /** Wall nanoseconds, peak RSS in KB (-1 unknown), exit code, user+system CPU ms (-1 unknown). */
  private long[] runOnce(boolean gnuTime) throws IOException, InterruptedException {
    File timeOut = File.createTempFile("bench-time", ".txt");
    try {
      List<String> cmd = new ArrayList<>();
      if (gnuTime) {
        cmd.addAll(List.of("/usr/bin/time", "-f", "%U %S %M", "-o", timeOut.getPath()));
      }
      cmd.addAll(command);
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      long start = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("command did not finish in 10 minutes: " + cmd);
      }
      long wall = System.nanoTime() - start;
      long kb = -1;
      long cpuMs = -1;
      if (gnuTime) {
        String[] f = Files.readString(timeOut.toPath(), StandardCharsets.UTF_8).trim().split("\\s+");
        int n = f.length; // GNU time may prefix a "Command exited with non-zero status" line
        kb = Long.parseLong(f[n - 1]);
        cpuMs = Math.round((Double.parseDouble(f[n - 3]) + Double.parseDouble(f[n - 2])) * 1000);
      }
      return new long[] {wall, kb, p.exitValue(), cpuMs};
    } finally {
      Files.deleteIfExists(timeOut.toPath());
    }
  }

  private static long median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    s.sort(null);
    return s.get(s.size() / 2);
  }

  // ---------------------------------------------------------------- machine

  private String gitCommit() {
    try {
      Process p = new ProcessBuilder("git", "-C", repo.toString(), "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      Process d = new ProcessBuilder("git", "-C", repo.toString(), "status", "--porcelain", "--untracked-files=no").start();
      boolean dirty = !new String(d.getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank();
      return p.waitFor() == 0 ? s + (dirty ? " (with uncommitted changes)" : "") : "unknown";
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      Optional<String> m = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst();
      return m.map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    } catch (Exception e) {
      return "unknown";
    }
  }
}
