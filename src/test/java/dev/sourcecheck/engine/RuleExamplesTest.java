package dev.sourcecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.ruletest.ExampleRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the examples every rule in rules/ carries (LanguageTool style) through {@link
 * ExampleRunner}: a {@code flag:} example gives exactly one finding of its rule, at the span marked
 * {@code [[...]]}, in the article that holds the mark; a {@code pass:} example gives none of that
 * rule; a score rule's examples give (or do not give) it a reason and the article the score they
 * say. Every rule carries at least one of each it needs.
 */
class RuleExamplesTest {
  @TestFactory
  Stream<DynamicContainer> everyRuleExample() {
    RuleBase rules = TestRules.ruleBase();
    Auditor auditor = TestRules.auditor();
    List<DynamicContainer> out = new ArrayList<>();
    for (RuleInfo rule : rules.list()) {
      List<DynamicTest> tests = new ArrayList<>();
      tests.add(DynamicTest.dynamicTest("has the examples it needs", () ->
          assertNull(ExampleRunner.missingExamples(rule), rule.file() + ":" + rule.line())));
      for (RuleExample ex : rule.examples()) {
        String name = ex.kind().name().toLowerCase(java.util.Locale.ROOT) + " (" + rule.file() + ":" + ex.line() + ") "
            + ex.source();
        tests.add(DynamicTest.dynamicTest(name, () ->
            assertNull(ExampleRunner.check(auditor, rule, ex), rule.file() + ":" + ex.line())));
      }
      out.add(DynamicContainer.dynamicContainer(rule.id(), tests));
    }
    return out.stream();
  }

  @Test
  void everyRuleLivesInItsCategoryFolderWithAUniqueWellFormedId() {
    List<RuleInfo> list = TestRules.ruleBase().list();
    assertFalse(list.isEmpty(), "rules/ holds no rules");
    for (RuleInfo r : list) {
      assertTrue(r.id().matches("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*"), "not a category.slug id: " + r.id());
      assertTrue(r.file().startsWith(r.category().label() + "/"), r.id() + " lives in " + r.file());
      assertFalse(r.summary().isBlank(), r.id() + " has an empty @summary");
      assertEquals(r.category() == Category.SCORE, r.weight() != null, r.id() + ": @weight is for score rules only");
    }
    assertEquals(list.size(), list.stream().map(RuleInfo::id).distinct().count(), "duplicate rule ids");
  }

  @Test
  void markersAreStrippedAndOffsetsComputedInTheMarkedArticle() {
    RuleExample ex = RuleExample.parse(RuleExample.Kind.FLAG, "date 2025-01-02 One. || Two [[three]] four.\\nFive.", 7);
    ExampleRunner.Prepared p = ExampleRunner.prepare(ex, false);
    assertEquals(Map.of("a", "date 2025-01-02 One.", "b", "Two three four.\nFive."), p.articles());
    assertEquals("b", p.markedArticle());
    assertEquals(4, p.start());
    assertEquals(9, p.end());
  }

  @Test
  void anExpectedNumberEndsAScoreExample() {
    RuleExample ex = RuleExample.parse(RuleExample.Kind.SCORE, "Officials said so. || Smith said no. => -12", 3);
    assertEquals(-12, ex.expected());
    assertEquals(List.of("Officials said so.", "Smith said no."), ex.articles());
    ExampleRunner.Prepared p = ExampleRunner.prepare(ex, true);
    assertEquals("a", p.target());
  }

  @Test
  void aScoreRuleWithAWrongExpectationFailsWithItsLine() {
    RuleBase rules = TestRules.ruleBase();
    RuleInfo value = rules.rule("score.value");
    RuleExample wrong = RuleExample.parse(RuleExample.Kind.SCORE, "The council met on Monday. => 7", 99);
    String why = ExampleRunner.check(TestRules.auditor(), value, wrong);
    assertTrue(why != null && why.contains("expected 7"), String.valueOf(why));
    RuleInfo vague = rules.rule("score.vague-sources");
    RuleExample notVague = RuleExample.parse(RuleExample.Kind.FLAG, "Mayor Tom Hale said the plant would close.", 98);
    assertTrue(ExampleRunner.check(TestRules.auditor(), vague, notVague).contains("exactly one reason"));
  }
}
