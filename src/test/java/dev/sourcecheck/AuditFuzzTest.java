package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.report.JsonReport;
import dev.sourcecheck.report.ReportSchema;
import dev.sourcecheck.report.SafeText;
import dev.sourcecheck.report.TextReport;
import java.time.Duration;
import java.util.List;

/**
 * Fuzzes the whole audit of one article with Jazzer (regression inputs: the seeds, the fixtures and
 * every input that once failed, under {@code src/test/resources/dev/sourcecheck/AuditFuzzTestInputs/audit/};
 * {@code JAZZER_FUZZ=1} fuzzes). Properties: the input is exactly one article or one input error;
 * never an internal failure, a stack overflow, running out of memory or running past the article
 * budget (the budget is the per-input time limit that catches super-linear stages); the JSON
 * report follows the schema and the text report carries no raw control character.
 */
class AuditFuzzTest {
  private static final Auditor AUDITOR =
      new Auditor(TestRules.ruleBase(), AuditOptions.defaults().withArticleTimeout(Duration.ofSeconds(20)));

  @FuzzTest(maxDuration = "30s")
  void audit(byte[] input) {
    AuditReport r = AUDITOR.audit(List.of(new Input("fuzz.txt", "fuzz", input)), List.of(), List.of());
    assertEquals(1, r.articles().size() + r.errors().size(), r.errors().toString());
    for (InputError e : r.errors()) {
      assertFalse(e.message().startsWith("could not be") || e.message().startsWith("ran out of memory")
          || e.message().startsWith("timed out") || e.message().startsWith("stopped"), e.message());
    }
    ReportSchema.assertValid(JsonReport.render(r));
    String text = TextReport.render(r);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertTrue(c == '\n' || !SafeText.unsafe(c), "raw U+" + Integer.toHexString(c) + " in the text report");
    }
  }
}
