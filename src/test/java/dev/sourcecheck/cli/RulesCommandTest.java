package dev.sourcecheck.cli;

import static dev.sourcecheck.cli.MainTest.run;
import static dev.sourcecheck.cli.MainTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourcecheck.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules explain, rules list --format json, rules test DIR. */
class RulesCommandTest {
  @Test
  void explainShowsSummaryHelpWhereExamplesAndLexicons() {
    MainTest.Run r = run("rules", "explain", "framing.puffery");
    assertEquals(ExitCode.OK, r.code(), r.err());
    var info = TestRules.ruleBase().rule("framing.puffery");
    assertTrue(r.out().startsWith("framing.puffery  (framing, info)\n  " + info.summary() + "\n"), r.out());
    assertTrue(r.out().contains("Defined in: rules/" + info.file() + ":" + info.line()), r.out());
    assertTrue(r.out().contains("Lexicons:\n  puffery  rules/lexicons/puffery.txt ("), r.out());
    assertTrue(r.out().contains("  flag: "), r.out());
    assertTrue(r.out().contains("  pass: "), r.out());
    MainTest.Run score = run("rules", "explain", "score.vague-sources");
    assertTrue(score.out().contains("Weight: -30"), score.out());
    MainTest.Run missing = run("rules", "explain", "puffery");
    assertEquals(ExitCode.USAGE, missing.code());
    assertTrue(missing.err().contains("did you mean framing.puffery"), missing.err());
  }

  @Test
  void listAsJsonHoldsEveryRuleWithItsMetadata() throws IOException {
    MainTest.Run r = run("rules", "list", "--format", "json");
    assertEquals(ExitCode.OK, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("sourcecheck.rules/1", root.get("schema").asText());
    assertEquals(TestRules.ruleBase().list().size(), root.get("rules").size());
    JsonNode first = root.get("rules").get(0);
    for (String key : new String[] {"id", "category", "severity", "summary", "file", "line", "lexicons", "examples"}) {
      assertTrue(first.has(key), key + " in " + first);
    }
  }

  @Test
  void testRunsAUsersFolderAndPrintsFailuresAsFileAndLine(@TempDir Path dir) throws IOException {
    // a small base (its lexicons only) keeps the compile short; the rule under test reads one of them
    Path base = Files.createDirectories(dir.resolve("base/lexicons"));
    Files.writeString(base.resolve("house-words.txt"), "game-changing\nsynergy\n");
    Path mine = dir.resolve("mine");
    write(mine, "framing/house.drl", "package framing;\n\nimport dev.sourcecheck.fact.Cue;\nimport dev.sourcecheck.fact.Flag;\n\n"
        + "rule \"framing.house-word\"\n  @severity(\"warning\")\n  @summary(\"A word the house style bans\")\n"
        + "  // flag: The [[game-changing]] plan was approved.\n"
        + "  // flag: The plan brings [[synergy]] to the council.\n"
        + "  // pass: The plan was approved on Monday.\n"
        + "  // pass: The synergy plan, game-changing as it is, was approved.\n"
        + "when\n  $c : Cue( lexicon == \"house-words\" )\nthen\n"
        + "  insertLogical(Flag.of(drools, $c.article(), $c.start(), $c.end(), \"the house style bans this word\"));\nend\n");
    MainTest.Run r = run("rules", "test", mine.toString(), "--rules", dir.resolve("base").toString());
    assertEquals(ExitCode.FINDINGS, r.code(), r.out() + r.err());
    assertTrue(r.out().startsWith(mine + "/framing/house.drl:12: pass example flagged by framing.house-word"), r.out());
    assertTrue(r.out().endsWith("1 rule, 4 examples: 1 failed\n"), r.out());

    Files.writeString(mine.resolve("framing/house.drl"), Files.readString(mine.resolve("framing/house.drl"))
        .replace("  // pass: The synergy plan, game-changing as it is, was approved.\n", ""));
    MainTest.Run ok = run("rules", "test", mine.toString(), "--rules", dir.resolve("base").toString());
    assertEquals(ExitCode.OK, ok.code(), ok.out() + ok.err());
    assertEquals("1 rule, 3 examples: all passed\n", ok.out());
  }
}
