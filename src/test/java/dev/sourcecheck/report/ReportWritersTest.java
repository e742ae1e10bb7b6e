package dev.sourcecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.finding.QuoteSummary;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.finding.SourceCounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text and JSON writers on a small fixed report, against golden files in
 * src/test/resources/golden/ (rewrite them with {@code -Dgolden.update=true} after a deliberate
 * change, and read the diff).
 */
class ReportWritersTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** Two articles, findings given out of order, a cross-source finding, a whole-article one, an error, a skipped file. */
  static AuditReport sample() {
    ArticleSummary a = new ArticleSummary("a", "story/a.txt", "Minister Resigns After Vote", LocalDate.of(2025, 12, 2),
        "https://example.com/a", "Jane Doe", List.of("John Roe"), 3,
        List.of(new QuoteSummary("Ana Lima", "minister", "We will not back down", 5, 12, 140, 161)),
        new SourceCounts(2, 1, 0));
    ArticleSummary b = new ArticleSummary("b", "story/b.txt", null, null, null, null, List.of(), 1, List.of(),
        SourceCounts.ZERO);
    Finding advert = new Finding("boilerplate.advertisement", Category.BOILERPLATE, Severity.INFO,
        "advertisement marker, not article text", new Location("a", 3, 1, 40, 53, "Advertisement", null), List.of());
    Finding vague = new Finding("attribution.vague-source", Category.ATTRIBUTION, Severity.WARNING,
        "\"officials said\" names no one", new Location("a", 7, 18, 210, 224, "officials said", null), List.of());
    Finding altered = new Finding("contradiction.altered-quote", Category.CONTRADICTION, Severity.ERROR,
        "the quote differs from the other sources' wording", new Location("a", 5, 12, 140, 161, "We will not back down", null),
        List.of(new Location("b", 4, 2, 88, 110, "We shall not step back", "deviates")));
    Finding noByline = new Finding("provenance.no-byline", Category.PROVENANCE, Severity.INFO,
        "no byline or credit line", new Location("b", 1, 1, 0, 0, "", null), List.of());
    return new AuditReport("0.1.0", "0123456789abcdef", List.of(a, b), List.of(noByline, vague, altered, advert),
        List.of(new InputError("story/c.txt", "invalid UTF-8 at byte 12 (the file must be UTF-8 text)")),
        List.of(new Skipped("story/notes.md", "not a .txt article")));
  }

  static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
  }

  @Test
  void textReportGroupsFindingsByArticleWithRelatedPlacesAndASummary() throws IOException {
    assertGolden("report.txt", TextReport.render(sample()));
  }

  @Test
  void jsonReportFollowsTheContractAndTheSchema() throws IOException {
    String json = JsonReport.render(sample());
    ReportSchema.assertValid(json);
    assertGolden("report.json", json);
  }

  @Test
  void outputDoesNotDependOnTheOrderFindingsWereRaised() {
    AuditReport r = sample();
    List<Finding> backwards = new java.util.ArrayList<>(r.findings());
    java.util.Collections.reverse(backwards);
    AuditReport reversed = new AuditReport(r.version(), r.rules(), r.articles(), backwards, r.errors(), r.skipped());
    assertEquals(JsonReport.render(r), JsonReport.render(reversed));
    assertEquals(TextReport.render(r), TextReport.render(reversed));
  }

  @Test
  void minSeverityKeepsCountsConsistent() {
    String json = JsonReport.render(sample().atLeast(Severity.WARNING));
    var root = ReportSchema.assertValid(json);
    assertEquals(2, root.get("findings").size());
    assertEquals(2, root.get("articles").get(0).get("findings").asInt());
  }
}
