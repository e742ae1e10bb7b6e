package dev.sourcecheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.TestRules;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.QuoteSummary;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceSummaryTest {
  private static AuditReport report;

  @BeforeAll
  static void audit() {
    report = TestRules.auditor().audit(List.of("seeds"), InputStream.nullInputStream());
  }

  static ArticleSummary article(String prefix) {
    return report.articles().stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void seed000ListsLeavittsQuotationsWithHerRole() {
    List<QuoteSummary> qs = article("000").quotes();
    List<QuoteSummary> leavitt = qs.stream().filter(q -> "Karoline Leavitt".equals(q.speaker())).toList();
    assertEquals(List.of(9, 11, 13), leavitt.stream().map(QuoteSummary::line).toList());
    assertTrue(leavitt.stream().allMatch(q -> "White House Press Secretary".equals(q.role())));
  }

  @Test
  void quotationsInsideBoilerplateAreNotListed() {
    List<QuoteSummary> qs = article("001").quotes();
    assertFalse(qs.stream().anyMatch(q -> q.text().contains("Hellhole")), qs.toString());
  }

  @Test
  void sourceCountsNameNamedVagueAndUnsourcedClaims() {
    var c = article("000").sources();
    assertTrue(c.named() >= 5, c.toString());
    assertEquals(2, c.vague(), c.toString()); // reportedly refused; has faced criticism
  }

  @Test
  void umerovIsDefenceMinisterIn001AndNegotiatorIn003() {
    assertTrue(article("001").quotes().stream().anyMatch(q -> "Rustem Umerov".equals(q.speaker())
        && "Ukrainian Defence Minister".equals(q.role())));
    assertTrue(article("003").quotes().stream().anyMatch(q -> "Rustem Umerov".equals(q.speaker())
        && "Ukrainian negotiator".equals(q.role())));
  }
}
