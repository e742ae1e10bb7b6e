package dev.sourcecheck.report.html;

import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.OutletScore;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The summary table of the HTML report: one row per article, a column per category, the score; then the outlets. Stateless. */
final class Overview {
  private Overview() {}

  /** The table's head. */
  static void start(StringBuilder b) {
    b.append("<section class=\"overview\" id=\"summary\"><h2>Summary</h2>\n<table class=\"summary\"><thead><tr><th>article</th>");
    for (Category c : Category.ofFindings()) {
      b.append("<th class=\"num\">").append(c.label()).append("</th>");
    }
    b.append("<th class=\"num\">findings</th><th class=\"num\">score</th></tr></thead><tbody>\n");
  }

  /** One article's row; its counts are added to {@code totals}. */
  static void row(StringBuilder b, ArticleSummary a, List<Finding> fs, String anchor, Map<Category, Integer> totals) {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    fs.forEach(f -> counts.merge(f.category(), 1, Integer::sum));
    b.append("<tr><td><a href=\"#").append(anchor).append("\">")
        .append(Html.text(a.title() != null ? ArticleView.clip(a.title()) : a.id())).append("</a></td>");
    for (Category c : Category.ofFindings()) {
      int n = counts.getOrDefault(c, 0);
      totals.merge(c, n, Integer::sum);
      cell(b, n, c.label());
    }
    cell(b, fs.size(), "all");
    b.append("<td class=\"num\">").append(a.score() == null ? "–" : String.valueOf(a.score().value()))
        .append("</td></tr>\n");
  }

  /** The totals of {@code articles} rows, and the outlets. */
  static void end(StringBuilder b, int articles, Map<Category, Integer> totals, List<OutletScore> outlets) {
    b.append("</tbody><tfoot><tr><th>all ").append(articles).append(" articles</th>");
    int all = 0;
    for (Category c : Category.ofFindings()) {
      all += totals.getOrDefault(c, 0);
      cell(b, totals.getOrDefault(c, 0), c.label());
    }
    cell(b, all, "all");
    b.append("<td></td></tr></tfoot></table>\n");
    b.append("<p class=\"meta\">The score (0 to 100) is a triage aid, saying which article to read first and why; it is not"
        + " a verdict on an article or an outlet.</p>\n");
    if (!outlets.isEmpty()) {
      b.append("<h3>Outlets in this run</h3><table class=\"outlets\"><thead><tr><th>outlet</th><th class=\"num\">articles</th>"
          + "<th class=\"num\">score</th><th>recurring reasons</th></tr></thead><tbody>\n");
      for (OutletScore o : outlets) {
        b.append("<tr><td>").append(Html.text(o.outlet())).append("</td><td class=\"num\">").append(o.articles())
            .append("</td><td class=\"num\">").append(o.score().value()).append("</td><td>");
        o.score().reasons().forEach(r -> b.append("<div><span class=\"pts ").append(r.points() < 0 ? "neg" : "pos")
            .append("\">").append(r.points() > 0 ? "+" : "").append(r.points()).append("</span> ")
            .append(Html.text(r.text())).append("</div>"));
        b.append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    b.append("</section>\n");
  }

  private static void cell(StringBuilder b, int n, String what) {
    b.append("<td class=\"num").append(n == 0 ? " zero" : "").append("\" data-category=\"").append(what).append("\">")
        .append(n).append("</td>");
  }
}
