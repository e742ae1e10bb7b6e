package dev.sourcecheck.report.html;

import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.report.ReportHeader;
import dev.sourcecheck.report.ReportTail;
import dev.sourcecheck.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the HTML report, one self-contained page: a summary table (articles by category, with
 * the score), the outlets' scores, the cross-source findings side by side per story, each article
 * with its text and findings marked, and filters by severity, category and rule that run in the
 * page. A page lays an article out with its findings, so this writer keeps the run until {@link
 * #finish}. Its Content-Security-Policy allows only the page's own script and style (by hash):
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
    Map<String, ArticleSummary> byId = new LinkedHashMap<>();
    Map<String, String> anchors = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      byId.put(articles.get(i).id(), articles.get(i));
      anchors.put(articles.get(i).id(), "article-" + i);
    }
    Map<String, List<Numbered>> byArticle = new LinkedHashMap<>();
    for (Numbered n : findings) {
      byArticle.computeIfAbsent(n.finding().location().article(), k -> new ArrayList<>()).add(n);
    }
    StringBuilder b = new StringBuilder(64 * 1024);
    Page.head(b, header, articles.size(), findings);
    filters(b);
    Overview.write(b, articles, byArticle, anchors, tail.outlets());
    StoryView.write(b, findings, byId, anchors, header);
    for (ArticleSummary a : articles) {
      ArticleView.write(b, anchors.get(a.id()), a, byArticle.getOrDefault(a.id(), List.of()), header);
    }
    problems(b, tail);
    rules(b);
    Page.tail(b);
    out.write(b.toString());
    out.flush();
  }

  private void filters(StringBuilder b) {
    TreeSet<String> rules = new TreeSet<>();
    TreeSet<Category> cats = new TreeSet<>();
    for (Numbered n : findings) {
      rules.add(n.finding().rule());
      cats.add(n.finding().category());
    }
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

  private void rules(StringBuilder b) {
    TreeSet<String> used = new TreeSet<>();
    findings.forEach(n -> used.add(n.finding().rule()));
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
