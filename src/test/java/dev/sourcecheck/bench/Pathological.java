package dev.sourcecheck.bench;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.article.Article;
import dev.sourcecheck.attribution.AttributionModel;
import dev.sourcecheck.attribution.Speakers;
import dev.sourcecheck.fact.AttributionFacts;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.budget.Budget;
import dev.sourcecheck.budget.BudgetExceeded;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.engine.RuleRun;
import dev.sourcecheck.fact.FactExtractor;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.parse.Decoder;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputException;
import dev.sourcecheck.parse.TextArticleParser;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pathological-shapes benchmark: each {@link Shapes} shape at each size, audited alone, with
 * the time of every per-article stage (decode and parse, lexicon pass, speakers, facts,
 * attribution facts, rules) and of the whole audit, and the growth from one size to the next
 * (10× the bytes: at most 12× the time is the target, linear is 10×). Each measurement runs once,
 * after a warm-up at 10 KB, under a budget of {@code --shape-budget} seconds; a stage still running
 * then is shown as over it. Not thread-safe (a benchmark).
 */
final class Pathological {
  private final PrintStream out;
  private final Auditor auditor;
  private final Duration budget;
  /** The lexicons whose matches become Cue facts, as the auditor chooses them. */
  private final java.util.Set<String> cueLexicons;
  private final dev.sourcecheck.fact.FactWords factWords;

  Pathological(PrintStream out, Auditor auditor, Duration budget) {
    this.out = out;
    this.auditor = new Auditor(auditor.rules(), auditor.options().withArticleTimeout(budget));
    var rs = auditor.rules().rules();
    this.cueLexicons = FactExtractor.cueLexicons(rs.lexicons().keySet(), rs.drl().values(), AttributionModel::modelOnly);
    this.cueLexicons.removeIf(dev.sourcecheck.audit.AuditedArticle::crossSource); // as the Auditor's first pass
    this.factWords = dev.sourcecheck.fact.FactWords.of(rs.lexicons());
    this.budget = budget;
  }

  /** The stages, in order, and the whole audit. */
  static final List<String> STAGES = List.of("parse", "lexicon", "speakers", "facts", "attr-facts", "rules", "whole");

  void run(List<Integer> sizes, List<String> shapes) {
    out.printf(Locale.ROOT, "%n== pathological shapes: each audited alone, one run after a warm-up, budget %s s per run%n",
        budget.toSeconds());
    out.printf(Locale.ROOT, "   %-20s %8s %9s  %s%n", "shape", "bytes", "whole ms", "stages ms (" + String.join(", ", STAGES.subList(0, 6)) + ")");
    for (String name : shapes) {
      Shapes.Shape shape = Shapes.named(name);
      measure(shape, 10_000); // warm-up: the JIT compiles this shape's paths before anything is timed
      Map<String, Double> previous = null;
      int previousSize = 0;
      for (int size : sizes) {
        if (previous != null && (previous.get("whole") == null
            || previous.get("whole") * size / previousSize > budget.toMillis())) {
          // even a linear growth from the smaller size would run far past the budget, and the
          // stages that cannot be stopped (attribution/ checks no deadline yet) would run for it
          out.printf(Locale.ROOT, "   %-20s %8d %9s  (not run: the smaller size was over, or near, the budget)%n", name, size, "-");
          continue;
        }
        Map<String, Double> t = measure(shape, size);
        StringBuilder stages = new StringBuilder();
        for (String s : STAGES.subList(0, 6)) {
          stages.append(stages.length() == 0 ? "" : " ").append(fmt(t.get(s)));
        }
        String growth = previous == null || previous.get("whole") == null || t.get("whole") == null ? ""
            : String.format(Locale.ROOT, "  x%.1f", t.get("whole") / Math.max(0.1, previous.get("whole")));
        out.printf(Locale.ROOT, "   %-20s %8d %9s  %s%s%n", name, size, fmt(t.get("whole")), stages, growth);
        previous = t;
        previousSize = size;
      }
    }
  }

  private static String fmt(Double ms) {
    return ms == null ? "over" : String.format(Locale.ROOT, "%.0f", ms);
  }

  /** Milliseconds per stage (null: over the budget), the whole audit under "whole". */
  Map<String, Double> measure(Shapes.Shape shape, int bytes) {
    String text = shape.article(bytes);
    Input in = new Input(shape.name() + ".txt", shape.name(), text.getBytes(StandardCharsets.UTF_8));
    Map<String, Double> t = new LinkedHashMap<>();
    try (Deadline d = Deadline.open(new Budget(budget, Budget.DEFAULT_MAX_FIRINGS))) {
      long t0 = System.nanoTime();
      Article a = TextArticleParser.parse(in.id(), in.path(), decode(in));
      t0 = lap(t, "parse", t0);
      Tokens words = AttributionModel.words(a);
      List<LexiconMatcher.Match> matches = auditor.rules().matcher().find(words);
      t0 = lap(t, "lexicon", t0);
      Speakers speakers = AttributionModel.find(a, words, matches);
      t0 = lap(t, "speakers", t0);
      List<Object> facts = new ArrayList<>(FactExtractor.extract(a, matches, cueLexicons, factWords));
      t0 = lap(t, "facts", t0);
      facts.addAll(AttributionFacts.facts(a, words, speakers, matches, factWords));
      t0 = lap(t, "attr-facts", t0);
      RuleRun.run(auditor.rules(), facts);
      lap(t, "rules", t0);
    } catch (BudgetExceeded e) {
      // the stages after the one that ran over stay missing: shown as "over"
    }
    if (t.size() < 6) {
      return t; // the whole audit would run over too
    }
    long w0 = System.nanoTime();
    AuditReport r = auditor.audit(List.of(in), List.of(), List.of());
    if (r.errors().isEmpty()) {
      t.put("whole", (System.nanoTime() - w0) / 1e6);
    }
    return t;
  }

  private static long lap(Map<String, Double> t, String stage, long t0) {
    long now = System.nanoTime();
    t.put(stage, (now - t0) / 1e6);
    Deadline.check();
    return now;
  }

  private static String decode(Input in) {
    try {
      return Decoder.decode(in.bytes());
    } catch (InputException e) {
      throw new IllegalStateException(e);
    }
  }

  static AuditOptions options() {
    return AuditOptions.defaults();
  }
}
