package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourcecheck.bench.Shapes;
import dev.sourcecheck.cli.ExitCode;
import dev.sourcecheck.cli.Main;
import dev.sourcecheck.report.ReportSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, hangs: one article of pathological shape no longer holds up the run for minutes. Each
 * is audited beside a good article under {@code --article-timeout 5s}: the run ends within the
 * budget (and the time left of the stage that was running), the good article is reported, and the
 * shape is either audited or one "timed out" error. How long each shape takes per stage is the
 * benchmark's business (docs/benchmarks.md, {@code bench/run pathological}), not asserted here.
 * The two shapes that stress attribution ("said" repeated, thousands of quotations with tags) run
 * too, now that the attribution stage checks the deadline and no longer scans every mention or
 * every named sentence per quotation.
 */
class PathologicalShapesTest {
  @ParameterizedTest
  @CsvSource({"long-sentence, 1000000", "one-word-paragraphs, 820000", "photo-credit-cues, 1000000",
      "capitalised-runs, 1000000", "quotes-with-tags, 1000000", "said, 1000000"})
  @Timeout(90)
  void aPathologicalArticleEndsWithinItsBudgetAndTheOthersAreReported(String shape, int bytes, @TempDir Path dir)
      throws IOException {
    Path big = Files.writeString(dir.resolve(shape + ".txt"), Shapes.named(shape).article(bytes));
    Path good = Files.writeString(dir.resolve("good.txt"), BadInputTest.GOOD);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"audit", "--format", "json", "--fail-on", "never", "--article-timeout", "5s",
        big.toString(), good.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertTrue(code == ExitCode.OK || code == ExitCode.INPUT, code + ": " + err);
    JsonNode root = ReportSchema.assertValid(out.toString());
    boolean audited = false;
    boolean goodReported = false;
    for (JsonNode a : root.get("articles")) {
      audited |= a.get("id").asText().equals(shape);
      goodReported |= a.get("id").asText().equals("good");
    }
    assertTrue(goodReported, out.toString());
    if (!audited) {
      assertEquals(1, root.get("errors").size(), root.get("errors").toString());
      assertTrue(root.get("errors").get(0).get("message").asText().startsWith("timed out"), root.get("errors").toString());
    }
  }
}
