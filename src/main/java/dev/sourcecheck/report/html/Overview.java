package dev.sourcecheck.report.html;

import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.OutletScore;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The summary table of the HTML report: one row per article, a column per category, the score; then the outlets. Stateless. */
final class Overview {
  private Overview() {}

  static void write(StringBuilder b, List<ArticleSummary> articles, Map<String, List<Numbered>> byArticle,
      Map<String, String> anchors, List<OutletScore> outlets) {
    b.append("<section class=\"overview\" id=\"summary\"><h2>Summary</h2>\n<table class=\"summary\"><thead><tr><th>article</th>");
    for (Category c : Category.ofFindings()) {
      b.append("<th class=\"num\">").append(c.label()).append("</th>");
    }
    b.append("<th class=\"num\">findings</th><th class=\"num\">score</th></tr></thead><tbody>\n");
    Map<Category, Integer> totals = new EnumMap<>(Category.class);
    for (ArticleSummary a : articles) {
      Map<Category, Integer> counts = new EnumMap<>(Category.class);
      List<Numbered> fs = byArticle.getOrDefault(a.id(), List.of());
      fs.forEach(n -> counts.merge(n.finding().category(), 1, Integer::sum));
      b.append("<tr><td><a href=\"#").append(anchors.get(a.id())).append("\">")
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
    b.append("</tbody><tfoot><tr><th>all ").append(articles.size()).append(" articles</th>");
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
