package dev.sourcecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Severity;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SARIF writer: golden file, the SARIF 2.1.0 schema, regions, related locations and stable fingerprints. */
class SarifReportTest {
  /** Descriptions of the sample's rules, as the rule base would give them. */
  static List<RuleInfo> sampleRules() {
    return List.of(
        new RuleInfo("boilerplate.advertisement", Category.BOILERPLATE, Severity.INFO,
            "An advertisement marker left in the article text", "Scrapers keep the labels of ad slots.",
            "boilerplate/markers.drl", 9, List.of(), List.of("boilerplate-advertisement"), null),
        new RuleInfo("attribution.vague-source", Category.ATTRIBUTION, Severity.WARNING,
            "A claim leans on a vague source", null, "attribution/sources.drl", 10, List.of(), List.of("vague-sources"),
            null),
        new RuleInfo("contradiction.altered-quote", Category.CONTRADICTION, Severity.ERROR,
            "The same speaker's quotation has different words in different sources", "A cut is not drift.",
            "contradiction/quotes.drl", 11, List.of(), List.of(), null),
        new RuleInfo("provenance.no-byline", Category.PROVENANCE, Severity.INFO, "The article names no author", null,
            "provenance/provenance.drl", 17, List.of(), List.of(), null),
        new RuleInfo("score.value", Category.SCORE, Severity.INFO, "The score", null, "score/article.drl", 16,
            List.of(), List.of(), 100));
  }

  @Test
  void sampleReportIsValidSarifAndMatchesTheGoldenFile() throws IOException {
    String sarif = SarifReport.render(ReportWritersTest.sample(), sampleRules());
    JsonNode root = SarifSchema.assertValid(sarif);
    ReportWritersTest.assertGolden("report.sarif", sarif);
    JsonNode run = root.get("runs").get(0);
    assertEquals(4, run.get("tool").get("driver").get("rules").size(), "score rules raise no results: no descriptor");
    JsonNode altered = null;
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asText().equals("contradiction.altered-quote")) {
        altered = r;
      }
    }
    assertEquals("error", altered.get("level").asText());
    JsonNode region = altered.get("locations").get(0).get("physicalLocation").get("region");
    assertEquals(140, region.get("charOffset").asInt());
    assertEquals(21, region.get("charLength").asInt());
    assertEquals(5, region.get("endLine").asInt());
    assertEquals(33, region.get("endColumn").asInt());
    JsonNode other = altered.get("relatedLocations").get(0);
    assertEquals("story/b.txt", other.get("physicalLocation").get("artifactLocation").get("uri").asText());
    assertEquals(88, other.get("physicalLocation").get("region").get("charOffset").asInt());
    assertTrue(other.get("message").get("text").asText().startsWith("deviates"));
    assertEquals(2, run.get("invocations").get(0).get("toolExecutionNotifications").size(), "the error and the skip");
  }

  @Test
  void aRealAuditIsValidSarifWithEveryFindingAResultAndEveryRuleDescribed() {
    AuditReport r = TestRules.auditor().audit(List.of("seeds"), java.io.InputStream.nullInputStream());
    JsonNode root = SarifSchema.assertValid(SarifReport.render(r, TestRules.ruleBase().list()));
    JsonNode run = root.get("runs").get(0);
    assertEquals(r.findings().size(), run.get("results").size());
    for (JsonNode d : run.get("tool").get("driver").get("rules")) {
      assertFalse(d.get("shortDescription").get("text").asText().isBlank());
      assertFalse(d.get("fullDescription").get("text").asText().isBlank());
      assertFalse(d.get("help").get("text").asText().isBlank());
      assertTrue(List.of("note", "warning", "error").contains(d.get("defaultConfiguration").get("level").asText()));
    }
    int related = 0;
    for (JsonNode res : run.get("results")) {
      related += res.path("relatedLocations").size();
    }
    assertEquals(r.findings().stream().mapToInt(f -> f.related().size()).sum(), related);
    assertTrue(related > 0, "the seeds hold cross-source findings");
  }

  @Test
  void fingerprintsSurviveEditsElsewhereInTheArticleAndDifferBetweenFindings() {
    String body = "The council met on Monday.\n\nThe plan was reportedly dropped after the vote.\n\nAdvertisement\n\n"
        + "Officials said it cost too much.\n";
    String edited = "A new first paragraph, added later, about the weather.\n\n" + body + "\nA closing line.\n";
    Map<String, String> before = fingerprints(Map.of("story", body));
    Map<String, String> after = fingerprints(Map.of("story", edited));
    assertFalse(before.isEmpty());
    before.forEach((k, v) -> assertEquals(v, after.get(k), "fingerprint of " + k + " changed with an edit elsewhere"));
    assertEquals(before.size(), before.values().stream().distinct().count(), "two findings share a fingerprint");
    Map<String, String> again = fingerprints(Map.of("story", body));
    assertEquals(before, again, "not stable across runs");
    Map<String, String> otherId = fingerprints(Map.of("other", body));
    otherId.forEach((k, v) -> assertNotEquals(before.get(k), v, "the article id is part of the fingerprint"));
  }

  /** Rule and text of each result to its fingerprint. */
  private static Map<String, String> fingerprints(Map<String, String> texts) {
    AuditReport r = TestRules.auditor().auditTexts(texts);
    JsonNode root = SarifSchema.assertValid(SarifReport.render(r, TestRules.ruleBase().list()));
    Map<String, String> out = new HashMap<>();
    for (JsonNode res : root.get("runs").get(0).get("results")) {
      JsonNode region = res.get("locations").get(0).get("physicalLocation").get("region");
      String key = res.get("ruleId").asText() + " " + region.path("snippet").path("text").asText();
      out.put(key, res.get("partialFingerprints").get("sourcecheck/v1").asText());
    }
    return out;
  }
}
