package dev.sourcecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.BaselineStatus;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.Score;
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
 * The text, JSON and Markdown writers on a small fixed report, against golden files in
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

  /**
   * The sample with what a full run adds: scores with reasons, an outlet, a baseline that knew one
   * finding and lost another, and article text with markup and a control character in it.
   */
  static AuditReport scoredSample() {
    AuditReport r = sample();
    Score sa = new Score(62, List.of(new Score.Reason("score.altered-quote", -10,
        "a quotation is altered or misattributed against 1 other outlet"),
        new Score.Reason("score.vague-sources", -10, "1 of 3 sources are vague (officials, reportedly, critics)"),
        new Score.Reason("score.named-speakers", 2, "1 named person is quoted")), "score.value");
    Score sb = new Score(88, List.of(new Score.Reason("score.missing-provenance", -4, "no byline: nobody is named as the author")),
        "score.value");
    List<ArticleSummary> arts = List.of(r.articles().get(0).withScore(sa), r.articles().get(1).withScore(sb));
    OutletScore outlet = new OutletScore("example.com", 1, new Score(72, List.of(new Score.Reason("score.outlet-pattern", -28,
        "in 1 of 1 article: quotations worded differently | or given to <another> speaker")), "score.outlet-value"));
    BaselineStatus base = new BaselineStatus("baseline.json", 1, List.of(new BaselineStatus.Entry("00ff00ff00ff00ff",
        "framing.loaded-word", "a", "shocking `news` *now*")));
    return new AuditReport(r.version(), r.rules(), arts, r.findings(), r.errors(), r.skipped(), List.of(outlet), base);
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
  void scoresOutletsAndBaselineAreAdditionsToTheJsonReport() throws IOException {
    String json = JsonReport.render(scoredSample());
    var root = ReportSchema.assertValid(json);
    assertGolden("report-scored.json", json);
    assertEquals(62, root.get("articles").get(0).get("score").get("value").asInt());
    assertEquals("score.vague-sources", root.get("articles").get(0).get("score").get("reasons").get(1).get("rule").asText());
    assertEquals("example.com", root.get("outlets").get(0).get("outlet").asText());
    assertEquals(1, root.get("summary").get("baseline").get("fixed").size());
    String plain = JsonReport.render(sample());
    String withoutAdditions = json.replaceAll("(?s),\\n {6}\"score\": \\{.*?\\n {6}\\}(?=\\n {4}\\})", "");
    assertTrue(withoutAdditions.startsWith(plain.substring(0, plain.indexOf("\"findings\": [\n    {"))),
        "the additions change nothing before the findings");
  }

  @Test
  void markdownReportHasASummaryTableAndATablePerArticle() throws IOException {
    String md = MarkdownReport.render(scoredSample());
    assertGolden("report.md", md);
    assertTrue(md.contains("| Minister Resigns After Vote | 62 | 1 | 1 | · | 1 | · | · |"), md);
    assertTrue(md.contains("given to &lt;another&gt; speaker"), "markup from text is escaped");
    assertTrue(md.contains("differently \\| or"), "a pipe cannot end a table cell");
    assertTrue(md.contains("fixed: `framing.loaded-word` in a: shocking \\`news\\` \\*now\\*"), md);
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
