package dev.sourcecheck.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.engine.RuleExample;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the {@code // flag:} and {@code // pass:} examples of every boilerplate rule: a flag example
 * gives exactly one finding of its rule, at the marked span; a pass example none. (Single-article
 * examples: boilerplate rules judge one article at a time.)
 */
class BoilerplateRuleExamplesTest {
  private static final Auditor AUDITOR = TestRules.auditor();

  @TestFactory
  Stream<DynamicTest> everyBoilerplateExampleHolds() {
    List<DynamicTest> tests = new ArrayList<>();
    for (RuleInfo r : TestRules.ruleBase().catalog().values()) {
      if (r.category() != Category.BOILERPLATE) {
        continue;
      }
      assertFalse(r.examples().stream().noneMatch(RuleExample::flag), r.id() + " carries no flag example");
      assertFalse(r.examples().stream().allMatch(RuleExample::flag), r.id() + " carries no pass example");
      for (RuleExample ex : r.examples()) {
        tests.add(DynamicTest.dynamicTest(r.id() + " " + (ex.flag() ? "flag" : "pass") + ": " + ex.source(),
            () -> check(r.id(), ex)));
      }
    }
    return tests.stream();
  }

  private static void check(String rule, RuleExample ex) {
    assertEquals(1, ex.articles().size(), "boilerplate examples are single-article");
    String marked = ex.articles().get(0);
    int s = marked.indexOf("[[");
    int e = marked.indexOf("]]", s + 2);
    String text = s < 0 ? marked : marked.substring(0, s) + marked.substring(s + 2, e) + marked.substring(e + 2);
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("ex", text);
    List<Finding> hits = AUDITOR.auditTexts(texts).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    if (ex.flag()) {
      assertTrue(s >= 0 && e > s, "flag example without [[span]]: " + ex.source());
      assertEquals(1, hits.size(), "findings of " + rule + " in: " + ex.source() + " -> " + hits);
      Finding f = hits.get(0);
      assertEquals(marked.substring(s + 2, e), f.location().text(), "span of " + rule);
      assertEquals(s, f.location().start(), "start of " + rule);
    } else {
      assertEquals(List.of(), hits, rule + " fired on a pass example: " + ex.source());
    }
  }
}
