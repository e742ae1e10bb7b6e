package dev.sourcecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.finding.ArticleBody;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.finding.Score;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.SourceCounts;
import dev.sourcecheck.report.html.HtmlReportWriter;
import dev.sourcecheck.report.markdown.MarkdownReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the text, Markdown and HTML reports are written from a {@link ReportView} article by
 * article, as each is read: when the view hands out its last article, most of the report has
 * already gone to the output, and the view made each article only when asked (nothing is handed
 * in as a whole run). The bytes equal those of the whole report built in memory.
 */
class IncrementalReportTest {
  private static final int ARTICLES = 400;

  /** A view that makes each article and its findings on the fly and records how much was written before each. */
  static final class Generated implements ReportView {
    final StringWriter out = new StringWriter();
    final List<Integer> writtenAtArticle = new ArrayList<>();

    static ArticleSummary article(int i) {
      String text = ("Paragraph " + i + " says officials said so. ").repeat(40);
      return new ArticleSummary(id(i), "feed.jsonl:" + (i + 1), "Title " + i, null, "https://example.com/" + i, null,
          List.of(), 2, List.of(), new SourceCounts(1, 1, 0), new Score(80, List.of(), "score.value"),
          new ArticleBody(text, List.of()));
    }

    static String id(int i) {
      return String.format(java.util.Locale.ROOT, "a%04d", i);
    }

    static List<Finding> findings(int i) {
      return List.of( // in report order
          new Finding("provenance.no-byline", Category.PROVENANCE, Severity.INFO, "no byline",
              new Location(id(i), 1, 1, 0, 0, "", null), List.of()),
          new Finding("attribution.vague-source", Category.ATTRIBUTION, Severity.WARNING, "names no one",
              new Location(id(i), 1, 20, 19, 33, "officials said", null), List.of()));
    }

    @Override
    public ReportHeader header() {
      return new ReportHeader("0.1.0", "0123456789abcdef", Map.of());
    }

    @Override
    public int articles() {
      return ARTICLES;
    }

    @Override
    public ReportTail tail() {
      return new ReportTail(List.of(), List.of(), List.of(), null);
    }

    @Override
    public void eachArticle(ArticleVisitor v) throws IOException {
      for (int i = 0; i < ARTICLES; i++) {
        writtenAtArticle.add(out.getBuffer().length());
        v.article(article(i), findings(i), 2 * i);
      }
    }

    @Override
    public void eachFinding(FindingVisitor v) throws IOException {
      for (int i = 0; i < ARTICLES; i++) {
        List<Finding> fs = findings(i);
        for (int k = 0; k < fs.size(); k++) {
          v.finding(fs.get(k), 2 * i + k);
        }
      }
    }

    dev.sourcecheck.finding.AuditReport whole() {
      List<ArticleSummary> as = new ArrayList<>();
      List<Finding> fs = new ArrayList<>();
      for (int i = 0; i < ARTICLES; i++) {
        as.add(article(i));
        fs.addAll(findings(i));
      }
      return new dev.sourcecheck.finding.AuditReport("0.1.0", "0123456789abcdef", as, fs, List.of(), List.of());
    }
  }

  interface Layout {
    void write(ReportView v, Writer out) throws IOException;
  }

  private static void check(Layout layout, String whole) throws IOException {
    Generated g = new Generated();
    layout.write(g, g.out);
    String all = g.out.toString();
    assertEquals(whole, all, "the same bytes as the whole report");
    int atLast = g.writtenAtArticle.get(g.writtenAtArticle.size() - 1);
    assertTrue(atLast > all.length() * 0.8,
        "written while the articles are read: " + atLast + " of " + all.length() + " chars out before the last article");
  }

  @Test
  void textIsWrittenArticleByArticle() throws IOException {
    check(TextReport::write, TextReport.render(new Generated().whole()));
  }

  @Test
  void markdownIsWrittenArticleByArticle() throws IOException {
    check(MarkdownReportWriter::write, MarkdownReport.render(new Generated().whole()));
  }

  @Test
  void htmlIsWrittenArticleByArticle() throws IOException {
    check(HtmlReportWriter::write, HtmlReport.render(new Generated().whole(), List.of()));
  }
}
