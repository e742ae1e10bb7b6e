package dev.sourcecheck.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.engine.RuleExample;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of the cross-source rules (contradiction, derived), audited as separate articles
 * a, b, c… with default options (so they must also form one story): a flag example gives exactly
 * one finding of its rule, in the marked article at the marked span; a pass example none.
 */
class CrossSourceExamplesTest {
  @TestFactory
  Stream<DynamicTest> crossSourceExamples() {
    Auditor auditor = TestRules.auditor();
    List<DynamicTest> tests = new ArrayList<>();
    for (RuleInfo r : TestRules.ruleBase().list()) {
      if (!r.id().startsWith("contradiction.") && !r.id().startsWith("derived.")) {
        continue;
      }
      for (RuleExample e : r.examples()) {
        tests.add(DynamicTest.dynamicTest(r.id() + " " + (e.flag() ? "flag" : "pass") + " (" + r.file() + ":" + e.line() + ")",
            () -> check(auditor, r.id(), e)));
      }
    }
    return tests.stream();
  }

  private static void check(Auditor auditor, String rule, RuleExample e) {
    Map<String, String> texts = new LinkedHashMap<>();
    String markedId = null;
    int ms = -1;
    int me = -1;
    char id = 'a';
    for (String a : e.articles()) {
      int s = a.indexOf("[[");
      if (s >= 0) {
        int end = a.indexOf("]]", s);
        markedId = String.valueOf(id);
        a = a.substring(0, s) + a.substring(s + 2, end) + a.substring(end + 2);
        ms = s;
        me = end - 2;
      }
      texts.put(String.valueOf(id), a);
      id++;
    }
    AuditReport report = auditor.auditTexts(texts);
    List<Finding> hits = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    List<String> seen = hits.stream().map(f -> f.location().article() + "@" + f.location().start() + "-"
        + f.location().end() + " " + f.message()).toList();
    if (!e.flag()) {
      assertEquals(List.of(), seen, "pass example fired: " + e.source());
      return;
    }
    assertEquals(1, hits.size(), "flag example: " + e.source() + " found " + seen);
    Finding f = hits.get(0);
    assertEquals(markedId + "@" + ms + "-" + me, f.location().article() + "@" + f.location().start() + "-"
        + f.location().end(), "flag example at the marked span: " + e.source() + " found " + seen);
  }
}
