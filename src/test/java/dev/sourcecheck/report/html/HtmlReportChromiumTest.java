package dev.sourcecheck.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.TestRules;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.report.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium: the page's script runs, every finding is marked in
 * the DOM at exactly its text, markup from an article (a script, an onerror handler) is shown as
 * text and never runs, the filters work from the address, and a screenshot is written to
 * target/screenshots/report.png for a person to look at. Skips, saying so, where no Chromium is
 * installed.
 */
class HtmlReportChromiumTest {
  static final String HOSTILE = "Title: Council <b>approves</b> budget\nPublished: 2025-12-01\n\n"
      + "The council met on Monday. <script>document.body.setAttribute('data-pwned','script')</script>\n\n"
      + "Officials said the plan <img src=x onerror=\"document.body.setAttribute('data-pwned','onerror')\"> was costly."
      + "\n\nAdvertisement\n\nThe budget was reportedly cut \u202Eby half.\n";

  static Chromium chromium;
  static AuditReport report;
  static Path page;

  @TempDir static Path dir;

  @BeforeAll
  static void render() throws IOException {
    chromium = Chromium.find();
    Map<String, String> texts = new LinkedHashMap<>();
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path p : seeds.sorted().toList()) {
        texts.put(p.getFileName().toString().replace(".txt", ""), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    texts.put("hostile", HOSTILE);
    report = TestRules.auditor().auditTexts(texts);
    page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.render(report, TestRules.ruleBase().list()), StandardCharsets.UTF_8);
  }

  private static Document dom(String fragment) throws Exception {
    Assumptions.assumeTrue(chromium != null,
        "skipped: no Chromium on the PATH (apt-get install chromium; .ci/run installs it when it can)");
    String dumped = chromium.dumpDom(page.toUri() + fragment, dir);
    Document d = Jsoup.parse(dumped);
    assertEquals("true", d.body().attr("data-ready"), "the page's own script did not run");
    return d;
  }

  @Test
  void markupInAnArticleIsShownAsTextAndNeverRuns() throws Exception {
    Document d = dom("");
    assertFalse(d.body().hasAttr("data-pwned"), "an injected script or handler ran: " + d.body().attr("data-pwned"));
    assertEquals(1, d.select("script").size(), "only the page's own script");
    assertTrue(d.select("img, svg, iframe, object, embed, [onerror], [onload], [src]").isEmpty());
    Element hostile = d.selectFirst("section.article[data-article=hostile]");
    assertTrue(hostile.selectFirst(".text").text().contains("<script>document.body.setAttribute('data-pwned','script')</script>"));
    assertTrue(hostile.selectFirst(".text").text().contains("onerror=\"document.body"));
    assertTrue(hostile.select("h2 b").isEmpty(), "a tag in the title became markup");
    assertTrue(hostile.selectFirst(".text .ctl").text().contains("\\u202E"), "a bidi override is shown, not applied");
    String csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.contains("default-src 'none'") && !csp.contains("unsafe"), csp);
    for (Element a : d.select("[href]")) {
      assertTrue(a.attr("href").startsWith("#"), "a link leaves the page: " + a);
    }
  }

  @Test
  void everyFindingIsMarkedAtExactlyItsText() throws Exception {
    Document d = dom("");
    List<Finding> fs = report.findings();
    assertEquals(fs.size(), d.select("tr.finding").size());
    for (int i = 0; i < fs.size(); i++) {
      Finding f = fs.get(i);
      String id = "f" + i;
      Element row = d.getElementById(id);
      assertEquals(f.rule(), row.attr("data-rule"), id);
      assertEquals(f.severity().label(), row.attr("data-sev"), id);
      Element article = d.selectFirst("section.article[data-article=" + f.location().article() + "]");
      if (f.location().end() == 0) {
        assertEquals(1, article.select("ul.whole mark[data-f~=" + id + "]").size(), id + " " + f.rule());
        continue;
      }
      Elements marks = article.select(".text mark[data-f~=" + id + "]");
      StringBuilder marked = new StringBuilder();
      marks.forEach(m -> marked.append(m.wholeText()));
      assertEquals(f.location().text().replace("\r", ""), marked.toString(), id + " " + f.rule() + " is not marked at its text");
      assertTrue(marks.first().attr("title").contains(f.rule() + " ("), "hover names the rule: " + id);
    }
    long xs = fs.stream().filter(f -> !f.related().isEmpty()).count();
    assertTrue(xs > 0);
    assertEquals(xs, d.select(".story .xs").size(), "every cross-source finding side by side");
    assertFalse(d.select(".story tr.diff ins, .story tr.diff del").isEmpty(), "a word diff is shown");
    assertFalse(d.select(".text .bp").isEmpty(), "boilerplate is greyed");
    assertEquals(report.articles().size(), d.select("table.summary tbody tr").size());
    assertEquals(report.articles().size(), d.select(".article .score .value").size(), "every article shows its score");
  }

  @Test
  void filtersFromTheAddressHideWhatTheyExclude() throws Exception {
    Document d = dom("#severity=error");
    int shown = 0;
    for (Element row : d.select("tr.finding")) {
      boolean error = row.attr("data-sev").equals(Severity.ERROR.label());
      assertEquals(!error, row.hasClass("hidden"), row.id());
      shown += error ? 1 : 0;
    }
    assertTrue(shown > 0, "the seeds hold error-level findings");
    for (Element m : d.select(".text mark[data-f]")) {
      boolean anyError = false;
      for (String id : m.attr("data-f").split(" ")) {
        anyError |= d.getElementById(id).attr("data-sev").equals("error");
      }
      assertEquals(!anyError, m.hasClass("off"), m.attr("data-f"));
    }
    assertTrue(d.selectFirst("#shown").text().startsWith(shown + " of "), d.selectFirst("#shown").text());
  }

  @Test
  void aScreenshotAPersonCanLookAt() throws Exception {
    Assumptions.assumeTrue(chromium != null, "skipped: no Chromium on the PATH (apt-get install chromium)");
    Path png = Path.of("target", "screenshots", "report.png");
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    chromium.screenshot(page.toUri().toString(), png, 1280, 2000, dir);
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 20_000, "a screenshot of " + bytes.length + " bytes is blank");
    assertEquals((byte) 0x89, bytes[0]);
    assertEquals('P', bytes[1]);
  }
}
