package dev.sourcecheck.boilerplate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sourcecheck.TestRules;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures the boilerplate rules on real scraped text: the Zyte benchmark's dev pages as four real
 * extractors produced them ({@code data/zyte/lines-dev}, one paragraph a line), each line labelled
 * 1 when it is in the human-extracted body, 0 when it is boilerplate the extractor leaked. Each
 * file is audited as one article; a line counts as flagged when boilerplate findings cover more
 * than half of its non-space characters. Prints precision, recall, per-rule and per-extractor
 * counts, every false positive and the missed 0-lines (also written to
 * {@code target/zyte-boilerplate.txt}); fails when precision drops below the floor.
 *
 * <p>Run: {@code SOURCECHECK_SHARED=/work/shared mvn -o -q test -Dtest=ZyteBoilerplateTest}.
 * Skips when the data is absent.
 */
class ZyteBoilerplateTest {
  /** The precision this rule set achieves, less a small margin: a regression below it fails. */
  static final double PRECISION_FLOOR = 0.93;
  /**
   * Issue 9's recall target on all 88 pages (0.613 measured). Recall is bounded by what the labels
   * count as boilerplate: the headline on the first line, captions without a credit and unlabelled
   * promotions are labelled 0 but read as article text in plain text (docs/quality.md).
   */
  static final double RECALL_FLOOR = 0.60;

  static Path shared() {
    String p = System.getProperty("sourcecheck.shared");
    if (p == null || p.isBlank()) {
      p = System.getenv("SOURCECHECK_SHARED");
    }
    return p == null || p.isBlank() ? Path.of("..", "shared") : Path.of(p);
  }

  record Label(String file, int line, int label, String head) {}

  @Test
  void boilerplateRulesKeepTheirPrecisionOnRealScrapedText() throws IOException {
    Path dir = shared().resolve("data/zyte/lines-dev");
    Path labelsFile = dir.resolve("labels.tsv");
    assumeTrue(Files.isRegularFile(labelsFile),
        "zyte data absent at " + dir.toAbsolutePath() + ": set SOURCECHECK_SHARED to the shared folder");

    Map<String, Map<Integer, Label>> labels = new TreeMap<>();
    for (String row : Files.readAllLines(labelsFile, StandardCharsets.UTF_8)) {
      String[] c = row.split("\t", 4);
      if (c.length < 3) {
        continue;
      }
      Label l = new Label(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), c.length > 3 ? c[3] : "");
      labels.computeIfAbsent(l.file(), k -> new TreeMap<>()).put(l.line(), l);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String file : labels.keySet()) {
      Path f = dir.resolve(file + ".txt");
      if (Files.isRegularFile(f)) {
        texts.put(file, Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    AuditReport report = TestRules.auditor().auditTexts(texts);
    Map<String, List<Finding>> byArticle = new HashMap<>();
    for (Finding f : report.findings()) {
      if (f.category() == Category.BOILERPLATE) {
        byArticle.computeIfAbsent(f.location().article(), k -> new ArrayList<>()).add(f);
      }
    }

    int flagged = 0;
    int truePos = 0;
    int zeros = 0;
    // [flagged, correct, zeros] for the tuning pages (names 0-3) and the report pages (4-7)
    int[][] split = new int[2][3];
    Map<String, int[]> perRule = new TreeMap<>();
    Map<String, int[]> perExtractor = new TreeMap<>();
    List<String> falsePositives = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    for (var e : texts.entrySet()) {
      String file = e.getKey();
      String text = e.getValue();
      String extractor = file.substring(file.lastIndexOf('-') + 1);
      List<Finding> fs = byArticle.getOrDefault(file, List.of());
      int lineNo = 1;
      int lineStart = 0;
      while (lineStart <= text.length()) {
        int nl = text.indexOf('\n', lineStart);
        int lineEnd = nl < 0 ? text.length() : nl;
        Label label = labels.get(file).get(lineNo);
        if (label != null) {
          String bestRule = null;
          int bestCover = 0;
          boolean[] covered = new boolean[lineEnd - lineStart];
          for (Finding f : fs) {
            int s = Math.max(lineStart, f.location().start());
            int t = Math.min(lineEnd, f.location().end());
            int n = 0;
            for (int i = s; i < t; i++) {
              if (!Character.isWhitespace(text.charAt(i))) {
                n++;
                covered[i - lineStart] = true;
              }
            }
            if (n > bestCover) {
              bestCover = n;
              bestRule = f.rule();
            }
          }
          int nonSpace = 0;
          int cover = 0;
          for (int i = lineStart; i < lineEnd; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
              nonSpace++;
              if (covered[i - lineStart]) {
                cover++;
              }
            }
          }
          boolean isFlagged = nonSpace > 0 && cover * 2 > nonSpace;
          boolean boiler = label.label() == 0;
          int[] part = split["01234567".indexOf(file.charAt(0)) < 4 ? 0 : 1];
          part[0] += isFlagged ? 1 : 0;
          part[1] += isFlagged && boiler ? 1 : 0;
          part[2] += boiler ? 1 : 0;
          int[] ex = perExtractor.computeIfAbsent(extractor, k -> new int[3]);
          if (boiler) {
            zeros++;
            ex[2]++;
          }
          if (isFlagged) {
            flagged++;
            ex[0]++;
            int[] r = perRule.computeIfAbsent(bestRule, k -> new int[2]);
            if (boiler) {
              truePos++;
              ex[1]++;
              r[0]++;
              correct.add(file + ":" + lineNo + " [" + bestRule + "] " + clip(text.substring(lineStart, lineEnd)));
            } else {
              r[1]++;
              falsePositives.add(file + ":" + lineNo + " [" + bestRule + "] " + clip(text.substring(lineStart, lineEnd)));
            }
          } else if (boiler && nonSpace > 0) {
            missed.add(file + ":" + lineNo + " " + clip(text.substring(lineStart, lineEnd)));
          }
        }
        if (nl < 0) {
          break;
        }
        lineStart = nl + 1;
        lineNo++;
      }
    }
    double precision = flagged == 0 ? 0 : truePos / (double) flagged;
    double recall = zeros == 0 ? 0 : truePos / (double) zeros;

    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out);
    w.printf(Locale.ROOT, "zyte lines-dev: %d files, %d labelled-0 lines, %d flagged, %d correct%n", texts.size(), zeros, flagged,
        truePos);
    w.printf(Locale.ROOT, "precision %.3f  recall %.3f%n", precision, recall);
    for (int i = 0; i < 2; i++) {
      int[] p = split[i];
      w.printf(Locale.ROOT, "  %s: %d labelled-0, %d flagged, %d correct: precision %.3f  recall %.3f%n",
          i == 0 ? "tune (pages 0-3)" : "report (pages 4-7)", p[2], p[0], p[1], p[0] == 0 ? 0 : p[1] / (double) p[0],
          p[2] == 0 ? 0 : p[1] / (double) p[2]);
    }
    w.println("per rule (correct / wrong):");
    perRule.forEach((r, c) -> w.printf(Locale.ROOT, "  %-40s %4d %4d%n", r, c[0], c[1]));
    w.println("per extractor (flagged / correct / labelled-0):");
    perExtractor.forEach((x, c) -> w.printf(Locale.ROOT, "  %-12s %4d %4d %4d%n", x, c[0], c[1], c[2]));
    w.println("false positives (labelled 1, flagged):");
    falsePositives.forEach(s -> w.println("  " + s));
    w.println("missed (labelled 0, not flagged):");
    missed.forEach(s -> w.println("  " + s));
    w.println("correct (labelled 0, flagged):");
    correct.forEach(s -> w.println("  " + s));
    w.flush();
    String summary = out.toString();
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("zyte-boilerplate.txt"), summary, StandardCharsets.UTF_8);
    }
    try (Stream<String> head = summary.lines().limit(40 + falsePositives.size())) {
      head.forEach(System.out::println);
    }

    assertTrue(precision >= PRECISION_FLOOR,
        String.format(Locale.ROOT, "boilerplate precision %.3f fell below %.2f on zyte lines-dev:%n%s", precision, PRECISION_FLOOR,
            String.join("\n", falsePositives)));
    assertTrue(recall >= RECALL_FLOOR,
        String.format(Locale.ROOT, "boilerplate recall %.3f fell below %.2f on zyte lines-dev", recall, RECALL_FLOOR));
  }

  private static String clip(String s) {
    String t = s.strip();
    return t.length() <= 110 ? t : t.substring(0, 110) + "…";
  }
}
