package dev.sourcecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputKind;
import dev.sourcecheck.parse.Stated;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.jsoup.Jsoup;

/**
 * Runs the examples every rule in rules/ carries (LanguageTool style): a {@code flag:} example
 * gives exactly one finding of its rule, at the span marked {@code [[...]]}, in the article that
 * holds the mark; a {@code pass:} example gives none of that rule. Every rule carries at least
 * one of each. An article that starts with {@code html } is a web page: its finding must hold
 * exactly the text of the marked HTML (the audited text of a page is not the page's source).
 */
class RuleExamplesTest {
  /** An example made ready to audit: articles by id (a, b, c...), and where the mark was. */
  record Prepared(Map<String, String> articles, String markedArticle, int start, int end) {}

  /** Strips the {@code [[...]]} mark and names the articles a, b, c... */
  static Prepared prepare(RuleExample ex) {
    Map<String, String> texts = new LinkedHashMap<>();
    String marked = null;
    int start = -1;
    int end = -1;
    for (int i = 0; i < ex.articles().size(); i++) {
      String id = String.valueOf((char) ('a' + i));
      String text = ex.articles().get(i);
      int open = text.indexOf("[[");
      if (open >= 0) {
        int close = text.indexOf("]]", open);
        if (close < 0 || marked != null || text.indexOf("[[", open + 2) >= 0) {
          throw new AssertionError("line " + ex.line() + ": a flag example has exactly one [[...]] mark: " + ex.source());
        }
        marked = id;
        start = open;
        end = close - 2;
        text = text.substring(0, open) + text.substring(open + 2, close) + text.substring(close + 2);
      }
      texts.put(id, text);
    }
    if (ex.flag() && marked == null) {
      throw new AssertionError("line " + ex.line() + ": a flag example needs a [[marked span]]: " + ex.source());
    }
    if (!ex.flag() && marked != null) {
      throw new AssertionError("line " + ex.line() + ": a pass example has no [[mark]]: " + ex.source());
    }
    return new Prepared(texts, marked, start, end);
  }

  @TestFactory
  Stream<DynamicContainer> everyRuleExample() {
    RuleBase rules = TestRules.ruleBase();
    Auditor auditor = TestRules.auditor();
    List<DynamicContainer> out = new ArrayList<>();
    for (RuleInfo rule : rules.list()) {
      List<DynamicTest> tests = new ArrayList<>();
      tests.add(DynamicTest.dynamicTest("has flag and pass examples", () -> {
        assertTrue(rule.examples().stream().anyMatch(RuleExample::flag),
            rule.file() + ":" + rule.line() + ": rule " + rule.id() + " carries no '// flag:' example");
        assertTrue(rule.examples().stream().anyMatch(e -> !e.flag()),
            rule.file() + ":" + rule.line() + ": rule " + rule.id() + " carries no '// pass:' example");
      }));
      for (RuleExample ex : rule.examples()) {
        String name = (ex.flag() ? "flag" : "pass") + " (" + rule.file() + ":" + ex.line() + ") " + ex.source();
        tests.add(DynamicTest.dynamicTest(name, () -> check(auditor, rule, ex)));
      }
      out.add(DynamicContainer.dynamicContainer(rule.id(), tests));
    }
    return out.stream();
  }

  static final String HTML = "html ";

  /** Audits the prepared articles; those that start with {@code html } as web pages. */
  static AuditReport audit(Auditor auditor, Prepared p) {
    if (p.articles().values().stream().noneMatch(t -> t.startsWith(HTML))) {
      return auditor.auditTexts(p.articles());
    }
    List<Input> inputs = new ArrayList<>();
    p.articles().forEach((id, text) -> inputs.add(text.startsWith(HTML)
        ? new Input(id + ".html", id, text.substring(HTML.length()).getBytes(StandardCharsets.UTF_8), InputKind.HTML,
            Stated.NONE)
        : new Input(id, id, text.getBytes(StandardCharsets.UTF_8))));
    return auditor.audit(inputs, List.of(), List.of());
  }

  static void check(Auditor auditor, RuleInfo rule, RuleExample ex) {
    Prepared p = prepare(ex);
    AuditReport report = audit(auditor, p);
    assertTrue(report.errors().isEmpty(), "input errors: " + report.errors());
    List<Finding> mine = report.findings().stream().filter(f -> f.rule().equals(rule.id())).toList();
    String where = rule.file() + ":" + ex.line() + ": ";
    if (!ex.flag()) {
      assertTrue(mine.isEmpty(), where + "pass example flagged by " + rule.id() + ": " + describe(mine));
      return;
    }
    assertEquals(1, mine.size(), where + "expected exactly one finding of " + rule.id() + ", got " + describe(mine));
    Finding f = mine.get(0);
    String expected = p.articles().get(p.markedArticle()).substring(p.start(), p.end());
    if (p.articles().get(p.markedArticle()).startsWith(HTML)) {
      String shown = Jsoup.parseBodyFragment(expected).text();
      assertEquals(p.markedArticle() + " \"" + shown + "\"", f.location().article() + " \"" + f.location().text() + "\"",
          where + "finding does not hold the marked page text");
      return;
    }
    assertEquals(p.markedArticle() + "[" + p.start() + "," + p.end() + ") \"" + expected + "\"",
        f.location().article() + "[" + f.location().start() + "," + f.location().end() + ") \"" + f.location().text() + "\"",
        where + "finding not at the marked span");
  }

  static String describe(List<Finding> fs) {
    return fs.stream().map(f -> f.location().article() + "[" + f.location().start() + "," + f.location().end() + ") \""
        + f.location().text() + "\"").toList().toString();
  }

  @Test
  void everyRuleLivesInItsCategoryFolderWithAUniqueWellFormedId() {
    List<RuleInfo> list = TestRules.ruleBase().list();
    assertFalse(list.isEmpty(), "rules/ holds no rules");
    for (RuleInfo r : list) {
      assertTrue(r.id().matches("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*"), "not a category.slug id: " + r.id());
      assertTrue(r.file().startsWith(r.category().label() + "/"), r.id() + " lives in " + r.file());
      assertFalse(r.summary().isBlank(), r.id() + " has an empty @summary");
    }
    assertEquals(list.size(), list.stream().map(RuleInfo::id).distinct().count(), "duplicate rule ids");
  }

  @Test
  void markersAreStrippedAndOffsetsComputedInTheMarkedArticle() {
    RuleExample ex = RuleExample.parse(true, "date 2025-01-02 One. || Two [[three]] four.\\nFive.", 7);
    Prepared p = prepare(ex);
    assertEquals(Map.of("a", "date 2025-01-02 One.", "b", "Two three four.\nFive."), p.articles());
    assertEquals("b", p.markedArticle());
    assertEquals(4, p.start());
    assertEquals(9, p.end());
  }
}
