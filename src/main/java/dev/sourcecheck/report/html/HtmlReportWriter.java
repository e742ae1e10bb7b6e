package dev.sourcecheck.report.html;

import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.ReportHeader;
import dev.sourcecheck.report.ReportView;
import dev.sourcecheck.report.ReportTail;
import dev.sourcecheck.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the HTML report, one self-contained page: a summary table (articles by category, with
 * the score), the outlets' scores, the cross-source findings side by side per story, each article
 * with its text and findings marked, and filters by severity, category and rule that run in the
 * page. As a {@link ReportWriter} it keeps the run until {@link #finish}; {@link #write(ReportView,
 * Writer)} reads a view in passes instead. Its Content-Security-Policy allows only the page's own script and style (by hash):
 * nothing is fetched, and no markup from an article could run even if it were not escaped. One
 * use, one thread.
 */
public final class HtmlReportWriter implements ReportWriter {
  private final Writer out;
  private ReportHeader header;
  private final List<ArticleSummary> articles = new ArrayList<>();
  private final List<Numbered> findings = new ArrayList<>();

  public HtmlReportWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ReportHeader h) {
    this.header = h;
  }

  @Override
  public void article(ArticleSummary a) {
    articles.add(a);
  }

  @Override
  public void finding(Finding f) {
    findings.add(new Numbered("f" + findings.size(), f));
  }

  @Override
  public void finish(ReportTail tail) throws IOException {
    List<Finding> all = new ArrayList<>();
    findings.forEach(n -> all.add(n.finding()));
    write(ReportView.of(new AuditReport(header.version(), header.rules(), articles, all, tail.errors(), tail.skipped(),
        tail.outlets(), tail.baseline()), header), out);
  }

  /**
   * Writes the page of {@code v} to {@code out} in three passes over the run (the findings' counts
   * and the cross-source findings, the summary table, the articles), each article written as it is
   * read. Held meanwhile: the counts, each article's anchor and outlet, and the cross-source
   * findings (those with related places), which the story view lays out before the articles. Does
   * not close {@code out}.
   */
  public static void write(ReportView v, Writer out) throws IOException {
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    TreeSet<String> rules = new TreeSet<>();
    TreeSet<Category> cats = new TreeSet<>();
    List<Numbered> xs = new ArrayList<>();
    int[] count = {0};
    v.eachFinding((f, n) -> {
      count[0]++;
      bySeverity.merge(f.severity(), 1, Integer::sum);
      rules.add(f.rule());
      cats.add(f.category());
      if (!f.related().isEmpty()) {
        xs.add(new Numbered("f" + n, f));
      }
    });
    StringBuilder b = new StringBuilder(64 * 1024);
    Page.head(b, v.header(), v.articles(), count[0], bySeverity);
    filters(b, rules, cats);
    Map<String, String> outlets = new LinkedHashMap<>();
    Map<String, String> anchors = new HashMap<>();
    Map<Category, Integer> totals = new EnumMap<>(Category.class);
    Overview.start(b);
    v.eachArticle((a, fs, first) -> {
      String anchor = "article-" + anchors.size();
      anchors.put(a.id(), anchor);
      outlets.put(a.id(), a.outlet());
      Overview.row(b, a, fs, anchor, totals);
      flush(b, out);
    });
    ReportTail tail = v.tail();
    Overview.end(b, v.articles(), totals, tail.outlets());
    StoryView.write(b, xs, outlets, anchors, v.header());
    xs.clear();
    v.eachArticle((a, fs, first) -> {
      List<Numbered> numbered = new ArrayList<>(fs.size());
      for (int k = 0; k < fs.size(); k++) {
        numbered.add(new Numbered("f" + (first + k), fs.get(k)));
      }
      ArticleView.write(b, anchors.get(a.id()), a, numbered, v.header());
      flush(b, out);
    });
    problems(b, tail);
    usedRules(b, rules, v.header());
    Page.tail(b);
    out.append(b);
    out.flush();
  }

  private static void flush(StringBuilder b, Writer out) throws IOException {
    if (b.length() > 1 << 16) {
      out.append(b);
      b.setLength(0);
    }
  }

  private static void filters(StringBuilder b, TreeSet<String> rules, TreeSet<Category> cats) {
    b.append("<form id=\"filters\"><fieldset><legend>Severity</legend>");
    for (int i = Severity.values().length - 1; i >= 0; i--) {
      String s = Severity.values()[i].label();
      b.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s).append("\" checked> <span class=\"badge sev-")
          .append(s).append("\">").append(s).append("</span></label>");
    }
    b.append("</fieldset><fieldset><legend>Category</legend>");
    for (Category c : cats) {
      b.append("<label><input type=\"checkbox\" name=\"category\" value=\"").append(c.label()).append("\" checked> <mark class=\"cat-")
          .append(c.label()).append("\">").append(c.label()).append("</mark></label>");
    }
    b.append("</fieldset><span id=\"shown\"></span><details><summary>Rules (").append(rules.size())
        .append(")</summary><p><button type=\"button\" data-group=\"rule\" data-all=\"on\">all</button> ")
        .append("<button type=\"button\" data-group=\"rule\" data-all=\"off\">none</button></p><div class=\"rules\">");
    for (String r : rules) {
      b.append("<label><input type=\"checkbox\" name=\"rule\" value=\"").append(Html.attr(r)).append("\" checked> ")
          .append(Html.text(r)).append("</label>");
    }
    b.append("</div></details></form>\n");
  }

  private static void problems(StringBuilder b, ReportTail tail) {
    if (tail.errors().isEmpty() && tail.skipped().isEmpty() && tail.baseline() == null) {
      return;
    }
    b.append("<section class=\"overview\" id=\"inputs\"><h2>Inputs</h2><ul>");
    for (InputError e : tail.errors()) {
      b.append("<li>error: <code>").append(Html.text(e.path())).append("</code>: ").append(Html.text(e.message()))
          .append("</li>");
    }
    for (Skipped s : tail.skipped()) {
      b.append("<li>skipped: <code>").append(Html.text(s.path())).append("</code>: ").append(Html.text(s.reason()))
          .append("</li>");
    }
    if (tail.baseline() != null) {
      b.append("<li>baseline <code>").append(Html.text(tail.baseline().file())).append("</code>: ")
          .append(tail.baseline().known()).append(" known finding(s) not shown, ").append(tail.baseline().fixed().size())
          .append(" fixed since</li>");
      tail.baseline().fixed().forEach(e -> b.append("<li>fixed: ").append(Html.text(e.rule())).append(" in <code>")
          .append(Html.text(e.article())).append("</code> \"").append(Html.text(ArticleView.clip(e.text())))
          .append("\"</li>"));
    }
    b.append("</ul></section>\n");
  }

  private static void usedRules(StringBuilder b, TreeSet<String> used, ReportHeader header) {
    if (used.isEmpty()) {
      return;
    }
    b.append("<section class=\"overview\" id=\"rules\"><h2>Rules</h2><dl class=\"rules\">");
    for (String id : used) {
      RuleInfo r = header.rule(id);
      b.append("<dt id=\"rule-").append(Html.attr(id)).append("\">").append(Html.text(id)).append("</dt><dd>")
          .append(Html.text(r == null ? "" : r.summary() + (r.help() == null ? "" : ". " + r.help())))
          .append("</dd>");
    }
    b.append("</dl></section>\n");
  }
}
