package dev.sourcecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.JsonReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sessions come from a pool and are reset between audits: a reused session must derive exactly
 * what a new one does, whatever it saw before, including a session of a run stopped part-way.
 */
class SessionReuseTest {
  private static Map<String, String> seed(String name) throws IOException {
    return Map.of(name, Files.readString(Path.of("seeds", name + ".txt"), StandardCharsets.UTF_8));
  }

  private static String seedName(int i) throws IOException {
    try (var s = Files.list(Path.of("seeds"))) {
      String f = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().get(i);
      return f.substring(0, f.length() - 4);
    }
  }

  /** A run inserts only facts some pattern can match: the rest are stored and reset for nothing. */
  @Test
  void onlyFactsSomePatternMatchesReachTheSession() {
    RuleBase rules = TestRules.auditor().rules();
    assertTrue(rules.reaches(dev.sourcecheck.fact.LineFact.class));
    assertTrue(rules.reaches(dev.sourcecheck.fact.ArticleFact.class));
    assertTrue(rules.reaches(dev.sourcecheck.fact.Flag.class));
    assertFalse(rules.reaches(dev.sourcecheck.fact.SentenceFact.class), "no bundled rule reads SentenceFact");
    assertFalse(rules.reaches(String.class));
  }

  @Test
  void aReusedSessionDerivesWhatTheFirstDid() throws IOException {
    Auditor auditor = TestRules.auditor();
    Map<String, String> a = seed(seedName(0));
    Map<String, String> b = seed(seedName(1));
    String first = JsonReport.render(auditor.auditTexts(a));
    JsonReport.render(auditor.auditTexts(b));
    assertEquals(first, JsonReport.render(auditor.auditTexts(a)));
  }

  @Test
  void aRunStoppedByItsFiringLimitLeavesNothingBehind() throws IOException {
    Auditor auditor = TestRules.auditor();
    Map<String, String> a = seed(seedName(0));
    String before = JsonReport.render(auditor.auditTexts(a));
    Auditor tight = new Auditor(auditor.rules(), AuditOptions.defaults().withMaxFirings(1));
    for (int i = 0; i < 3; i++) {
      AuditReport stopped = tight.auditTexts(a);
      assertFalse(stopped.errors().isEmpty(), "the seed fires more than once: the limit stops it");
    }
    assertEquals(before, JsonReport.render(auditor.auditTexts(a)));
  }

  /** Each pass has its own pool: the sessions one pass is lent are never another pass's. */
  @Test
  void eachPassHasItsOwnPool() throws Exception {
    RuleBase rules = RuleBase.bundled();
    java.util.Set<Object> a = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.Set<Object> b = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i < 6; i++) {
      for (var pass : java.util.List.of(java.util.Map.entry("pool-test-a", a), java.util.Map.entry("pool-test-b", b))) {
        org.kie.api.runtime.KieSession s = rules.newSession(pass.getKey());
        org.junit.jupiter.api.Assertions.assertEquals(0, s.getFactCount());
        pass.getValue().add(s);
        s.dispose();
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(a.size() <= 2 && b.size() <= 2, a.size() + " " + b.size()); // reused
    a.retainAll(b);
    org.junit.jupiter.api.Assertions.assertTrue(a.isEmpty());
  }
}
