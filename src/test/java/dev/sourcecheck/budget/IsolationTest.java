package dev.sourcecheck.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.cli.ExitCode;
import dev.sourcecheck.cli.Main;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.InputError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, isolation and budgets: an article whose rules never stop firing, run past the time
 * budget or run out of memory becomes one error naming it and the reason; every other article is
 * still audited and reported, and the run exits with the input-error code.
 */
@Timeout(120)
class IsolationTest {
  @TempDir static Path dir;
  static Path rules;
  static RuleBase ruleBase;

  /** Two rules that chain for ever: each flag of the chain inserts the next. */
  static String chain(String name, String title, String before) {
    return "rule \"boilerplate." + name + "-start\"\n  @severity(\"info\")\n  @summary(\"test: starts a chain\")\nwhen\n"
        + "  $a : ArticleFact( title == \"" + title + "\" )\nthen\n"
        + "  insert(Flag.of(drools, $a.article(), 0, 0, \"0\"));\nend\n\n"
        + "rule \"boilerplate." + name + "-next\"\n  @severity(\"info\")\n  @summary(\"test: continues the chain\")\nwhen\n"
        + "  $f : Flag( rule == \"boilerplate." + name + "-start\" || rule == \"boilerplate." + name + "-next\" )\nthen\n"
        + "  " + before + "\n"
        + "  insert(Flag.of(drools, $f.article(), 0, 0, String.valueOf(Integer.parseInt($f.message()) + 1)));\nend\n\n";
  }

  @BeforeAll
  static void compile() throws Exception {
    System.setProperty("sourcecheck.cache", dir.resolve("cache").toString());
    String drl = "package boilerplate;\n\nimport dev.sourcecheck.fact.ArticleFact;\nimport dev.sourcecheck.fact.Flag;\n\n"
        + chain("runaway", "Runaway", "")
        + chain("slow", "Slow", "try { Thread.sleep(20); } catch (InterruptedException e) { }")
        + "rule \"boilerplate.hungry\"\n  @severity(\"info\")\n  @summary(\"test: asks for more memory than there is\")\n"
        + "when\n  $a : ArticleFact( title == \"Hungry\" )\nthen\n"
        + "  long[] big = new long[Integer.MAX_VALUE - 2];\n"
        + "  insert(Flag.of(drools, $a.article(), 0, 0, String.valueOf(big.length)));\nend\n";
    rules = dir.resolve("rules");
    Files.createDirectories(rules.resolve("boilerplate"));
    Files.writeString(rules.resolve("boilerplate/budget.drl"), drl);
    ruleBase = RuleBase.load(rules);
  }

  static String article(String title) {
    return "Title: " + title + "\nPublished: 2025-12-01\nBy: Jane Doe\n\nThe council met on Monday.\n\nIt voted.\n";
  }

  @Test
  void aRunawayArticleIsOneErrorAndTheOthersAreReported() {
    Auditor auditor = new Auditor(ruleBase, AuditOptions.defaults().withMaxFirings(10_000));
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("before", article("Council approves budget"));
    texts.put("runaway", article("Runaway"));
    texts.put("hungry", article("Hungry"));
    texts.put("after", article("Council approves the road plan"));
    AuditReport r = auditor.auditTexts(texts);
    assertEquals(List.of("before", "after"), r.articles().stream().map(a -> a.id()).toList());
    assertEquals(2, r.errors().size(), r.errors().toString());
    InputError runaway = r.errors().get(0);
    assertEquals("runaway", runaway.path());
    assertTrue(runaway.message().startsWith("stopped: the rules fired more than 10000 times"), runaway.message());
    InputError hungry = r.errors().get(1);
    assertEquals("hungry", hungry.path());
    assertTrue(hungry.message().startsWith("ran out of memory"), hungry.message());
    assertSame(Deadline.NONE, Deadline.current(), "no budget is left open on the calling thread");
  }

  @Test
  void anArticleOverItsTimeIsStoppedAtTheNextCheck() {
    Auditor auditor = new Auditor(ruleBase, AuditOptions.defaults().withArticleTimeout(Duration.ofMillis(300)));
    long t0 = System.nanoTime();
    AuditReport r = auditor.auditTexts(Map.of("slow", article("Slow"), "good", article("Council approves budget")));
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(List.of("good"), r.articles().stream().map(a -> a.id()).toList());
    assertEquals(1, r.errors().size());
    assertEquals("slow", r.errors().get(0).path());
    assertTrue(r.errors().get(0).message().startsWith("timed out: the article took longer than its budget of 300 ms"),
        r.errors().get(0).message());
    // the chain would run for ever: it stopped itself at a check (generous bound for a loaded machine)
    assertTrue(seconds < 30, "took " + seconds + " s");
  }

  @Test
  void theCommandLineTakesTheTimeoutAndReportsTheRest(@TempDir Path in) throws IOException {
    Path slow = Files.writeString(in.resolve("slow.txt"), article("Slow"));
    Path good = Files.writeString(in.resolve("good.txt"), article("Council approves budget"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"audit", "--rules", rules.toString(), "--article-timeout", "300ms",
        "--format", "json", slow.toString(), good.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(ExitCode.INPUT, code, err.toString());
    assertTrue(err.toString().contains(slow + ": timed out: the article took longer than its budget of 300 ms"), err.toString());
    assertTrue(out.toString().contains("\"id\": \"good\""), out.toString());
    for (String bad : List.of("0s", "soon", "-1s", "10h")) {
      assertEquals(ExitCode.USAGE, Main.run(new String[] {"audit", "--article-timeout", bad, good.toString()},
          new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), bad);
    }
  }

  @Test
  void aDeadlineExpiresAtACheckAndIsReleasedOnClose() {
    assertSame(Deadline.NONE, Deadline.current());
    for (int i = 0; i < 10 * Deadline.STRIDE; i++) {
      Deadline.check(); // outside an audit: nothing to check
    }
    try (Deadline d = Deadline.open(new Budget(Duration.ofMillis(1), 5))) {
      assertSame(d, Deadline.current());
      assertEquals(5, d.maxFirings());
      BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> {
        while (true) {
          Deadline.check();
        }
      });
      assertTrue(e.getMessage().contains("budget of 1 ms"), e.getMessage());
    }
    assertSame(Deadline.NONE, Deadline.current());
  }
}
