package dev.sourcecheck.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.extract.ExtractReport;
import dev.sourcecheck.extract.ExtractedArticle;
import dev.sourcecheck.extract.Extractor;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.parse.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Zyte benchmark's 88 development pages ({@code data/zyte/html}): every page audits without an
 * input error; every left-out block gets exactly one boilerplate finding and no other rule's
 * finding; and main-text extraction keeps its quality, measured with the benchmark's own metric
 * (word 4-gram shingles, per-page precision and recall averaged, F1 of the averages, as
 * {@code eval/zyte-extract} computes it), reported for the tuning pages (names 0-3), the report
 * pages (4-7) and all, and written to {@code target/zyte-extract.txt}. Skips when the data is absent.
 */
class ZytePagesTest {
  /** The F1 this extractor reaches on all 88 pages, less a margin: a regression below it fails. */
  static final double F1_FLOOR = 0.96;

  static Path shared() {
    return dev.sourcecheck.bench.SharedData.locate(null).orElse(Path.of("..", "shared"));
  }

  static Path pages() {
    Path dir = shared().resolve("data/zyte/html");
    assumeTrue(Files.isDirectory(dir), "zyte pages absent at " + dir.toAbsolutePath() + ": set SOURCECHECK_SHARED");
    return dir;
  }

  @Test
  void everyPageAuditsAndEveryLeftOutBlockIsOneBoilerplateFindingAndNothingElse() {
    AuditReport r = TestRules.auditor().audit(List.of(pages().toString()), InputStream.nullInputStream());
    assertEquals(List.of(), r.errors());
    assertEquals(88, r.articles().size());
    // the left-out lines are the page-block findings; no other rule may point into one
    Map<String, List<Finding>> byArticle = new HashMap<>();
    for (Finding f : r.findings()) {
      byArticle.computeIfAbsent(f.location().article(), k -> new ArrayList<>()).add(f);
    }
    int blocks = 0;
    for (var e : byArticle.entrySet()) {
      List<Finding> page = e.getValue().stream().filter(f -> PAGE_RULES.contains(f.rule())).toList();
      blocks += page.size();
      for (Finding p : page) {
        long same = page.stream().filter(q -> q.location().start() == p.location().start()).count();
        assertEquals(1, same, "one page rule per block: " + p);
        for (Finding f : e.getValue()) {
          boolean inside = f.location().start() < p.location().end() && f.location().end() > p.location().start();
          assertTrue(!inside || f == p || f.location().start() == 0 && f.location().end() == 0,
              "a finding inside a left-out block: " + f + " in " + p);
        }
        assertTrue(p.location().inputLine() == null || p.location().inputLine() >= 1);
      }
    }
    assertTrue(blocks > 88, "the pages have left-out blocks: " + blocks);
    long withInputLine = r.findings().stream().filter(f -> f.location().inputLine() != null).count();
    assertTrue(withInputLine * 2 > r.findings().size(), "most findings on pages know their source line");
  }

  static final List<String> PAGE_RULES = List.of("boilerplate.page-navigation", "boilerplate.related-links",
      "boilerplate.share-bar", "boilerplate.ad-slot", "boilerplate.newsletter-box", "boilerplate.page-caption",
      "boilerplate.comments", "boilerplate.page-footer", "boilerplate.page-meta", "boilerplate.page-overlay",
      "boilerplate.page-furniture");

  @Test
  void extractionReachesTheBenchmarkTarget() throws IOException {
    Path gold = shared().resolve("data/zyte/ground-truth-dev.json");
    Path dir = pages();
    assumeTrue(Files.isRegularFile(gold), "zyte ground truth absent");
    JsonNode truth = new ObjectMapper().readTree(gold.toFile());
    ExtractReport ex = new Extractor(Pages.LEXICONS, 10L << 20, InputFormat.AUTO)
        .extract(List.of(dir.toString()), InputStream.nullInputStream());
    assertEquals(List.of(), ex.errors());
    Map<String, String> pred = new HashMap<>();
    for (ExtractedArticle a : ex.articles()) {
      pred.put(Path.of(a.path()).getFileName().toString().split("\\.")[0], a.text());
    }
    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out);
    double[] all = null;
    for (String part : List.of("0123", "4567", "01234567")) {
      List<double[]> rows = new ArrayList<>();
      truth.fields().forEachRemaining(en -> {
        if (part.indexOf(en.getKey().charAt(0)) >= 0) {
          rows.add(ShingleScore.row(en.getValue().path("articleBody").asText(""), pred.getOrDefault(en.getKey(), "")));
        }
      });
      double[] s = ShingleScore.score(rows);
      w.printf(java.util.Locale.ROOT, "%-10s pages=%d F1=%.3f P=%.3f R=%.3f%n",
          part.equals("0123") ? "tune" : part.equals("4567") ? "report" : "all", rows.size(), s[0], s[1], s[2]);
      all = s;
    }
    w.flush();
    if (Files.isDirectory(Path.of("target"))) {
      Files.writeString(Path.of("target/zyte-extract.txt"), out.toString(), StandardCharsets.UTF_8);
    }
    System.out.print(out);
    assertTrue(all[0] >= F1_FLOOR, out.toString());
  }

  /** The benchmark's metric, as eval/zyte-extract computes it. */
  static final class ShingleScore {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    static Map<String, Integer> shingles(String text) {
      List<String> t = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        t.add(m.group());
      }
      Map<String, Integer> c = new HashMap<>();
      for (int i = 0; i < Math.max(1, t.size() - 3); i++) {
        List<String> s = t.subList(i, Math.min(t.size(), i + 4));
        if (!s.isEmpty()) {
          c.merge(String.join("\u0000", s), 1, Integer::sum);
        }
      }
      return c;
    }

    /** tp, fp, fn of one page, normalised by their sum. */
    static double[] row(String gold, String extracted) {
      Map<String, Integer> a = shingles(gold);
      Map<String, Integer> b = shingles(extracted);
      double tp = 0;
      double fp = 0;
      double fn = 0;
      java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
      keys.addAll(b.keySet());
      for (String k : keys) {
        int x = a.getOrDefault(k, 0);
        int y = b.getOrDefault(k, 0);
        tp += Math.min(x, y);
        fp += Math.max(0, y - x);
        fn += Math.max(0, x - y);
      }
      double s = tp + fp + fn;
      return s == 0 ? new double[] {0, 0, 0} : new double[] {tp / s, fp / s, fn / s};
    }

    /** F1, precision, recall over the pages. */
    static double[] score(List<double[]> rows) {
      double p = 0;
      int np = 0;
      double r = 0;
      int nr = 0;
      for (double[] x : rows) {
        if (x[0] + x[1] > 0) {
          p += x[1] == 0 && x[2] == 0 ? 1 : x[0] + x[1] == 0 ? 0 : x[0] / (x[0] + x[1]);
          np++;
        }
        if (x[0] + x[2] > 0) {
          r += x[1] == 0 && x[2] == 0 ? 1 : x[0] + x[2] == 0 ? 0 : x[0] / (x[0] + x[2]);
          nr++;
        }
      }
      p /= Math.max(1, np);
      r /= Math.max(1, nr);
      return new double[] {p + r == 0 ? 0 : 2 * p * r / (p + r), p, r};
    }
  }

}
