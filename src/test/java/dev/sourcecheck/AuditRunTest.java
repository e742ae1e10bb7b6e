package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputKind;
import dev.sourcecheck.parse.Stated;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 6: a run of more than one batch whose texts fit the bound reads and parses each
 * input once, not once per pass (the first pass's articles are kept for the second), and reports
 * what a run of the same articles held in memory reports.
 */
class AuditRunTest {
  private static final int N = 2 * Auditor.BATCH + 40;

  private static String text(int i) {
    return "Title: Council vote " + i + "\nPublished: 2024-03-" + (10 + i % 9) + "\n\nOfficials said the plan for district "
        + i + " would pass. \"We will see,\" said Mayor Ana Lima.\n";
  }

  @Test
  void eachInputIsReadOnceWhenTheRunFitsTheBound() {
    AtomicIntegerArray reads = new AtomicIntegerArray(N);
    List<Input> lazy = new ArrayList<>();
    List<Input> held = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      int k = i;
      byte[] bytes = text(i).getBytes(StandardCharsets.UTF_8);
      lazy.add(new Input("a" + i + ".txt", "a" + i, null, InputKind.TEXT, Stated.NONE, () -> {
        reads.incrementAndGet(k);
        return bytes;
      }));
      held.add(new Input("a" + i + ".txt", "a" + i, bytes));
    }
    Auditor auditor = TestRules.auditor();
    AuditReport r = auditor.audit(lazy, List.of(), List.of());
    for (int i = 0; i < N; i++) {
      assertEquals(1, reads.get(i), "input " + i + " read once");
    }
    assertEquals(N, r.articles().size());
    AuditReport again = auditor.audit(held, List.of(), List.of());
    assertEquals(again.findings(), r.findings());
    assertEquals(again.articles(), r.articles());
  }
}
