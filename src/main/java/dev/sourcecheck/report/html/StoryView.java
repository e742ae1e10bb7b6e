package dev.sourcecheck.report.html;

import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.report.ReportHeader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-source part of the HTML report: findings with related places grouped into stories
 * (articles linked by such findings), and each finding laid out side by side, one column per
 * source, with the text each gives there (the quotation, role, day or figure) and the word diff
 * from this source's version to each other's. Stateless.
 */
final class StoryView {
  private StoryView() {}

  /**
   * {@code xs}: the report's findings with related places; {@code articles}: each article's outlet
   * (or null) by id, in report order.
   */
  static void write(StringBuilder out, List<Numbered> xs, Map<String, String> articles,
      Map<String, String> anchors, ReportHeader h) {
    if (xs.isEmpty()) {
      return;
    }
    Map<String, List<Numbered>> stories = group(xs, articles);
    out.append("<section class=\"stories\" id=\"stories\">\n<h2>Across sources</h2>\n");
    for (var story : stories.entrySet()) {
      out.append("<section class=\"story\"><h3>Story: ").append(Html.text(story.getKey())).append("</h3>\n");
      for (Numbered n : story.getValue()) {
        finding(out, n, articles, anchors, h);
      }
      out.append("</section>\n");
    }
    out.append("</section>\n");
  }

  private static void finding(StringBuilder out, Numbered n, Map<String, String> articles,
      Map<String, String> anchors, ReportHeader h) {
    Finding f = n.finding();
    out.append("<div class=\"xs\">\n<p>").append(ArticleView.mark(List.of(n), h, "")).append(Html.text(f.rule()))
        .append("</mark> ").append(Html.text(f.message())).append("</p>\n<table class=\"side\"><tr>");
    List<Location> places = new ArrayList<>();
    places.add(f.location());
    places.addAll(f.related());
    for (int i = 0; i < places.size(); i++) {
      Location l = places.get(i);
      String o = articles.get(l.article());
      String outlet = o == null ? "" : " · " + o;
      String role = i == 0 ? "flagged here" : l.role() == null ? "related" : l.role();
      out.append("<th><a href=\"#").append(anchors.getOrDefault(l.article(), "")).append("\">")
          .append(Html.text(l.article())).append("</a>").append(Html.text(outlet)).append(" <span class=\"role role-")
          .append(Html.attr(role.replace(' ', '-'))).append("\">").append(Html.text(role)).append("</span> <small>")
          .append(l.line()).append(':').append(l.column()).append("</small></th>");
    }
    out.append("</tr>\n<tr>");
    for (Location l : places) {
      out.append("<td class=\"quote\">").append(Html.text(l.text().isEmpty() ? "(whole article)" : l.text()))
          .append("</td>");
    }
    out.append("</tr>\n<tr class=\"diff\">");
    for (int i = 0; i < places.size(); i++) {
      Location l = places.get(i);
      out.append("<td>");
      if (i == 0) {
        out.append("<small>word diff from this version to each other source's</small>");
      } else if (!WordDiffView.differ(f.location().text(), l.text())) {
        out.append("<small>same words</small>");
      } else {
        out.append(WordDiffView.html(f.location().text(), l.text()));
      }
      out.append("</td>");
    }
    out.append("</tr></table>\n</div>\n");
  }

  /** Stories by the ids of their articles (in report order): articles joined by any cross-source finding. */
  static Map<String, List<Numbered>> group(List<Numbered> xs, Map<String, String> articles) {
    Map<String, String> parent = new HashMap<>();
    for (Numbered n : xs) {
      String a = n.finding().location().article();
      for (Location l : n.finding().related()) {
        union(parent, a, l.article());
      }
    }
    Map<String, List<String>> members = new LinkedHashMap<>();
    java.util.Set<String> order = new java.util.LinkedHashSet<>(articles.keySet());
    for (Numbered n : xs) {
      n.finding().related().forEach(l -> order.add(l.article()));
    }
    for (String id : order) {
      if (parent.containsKey(id)) {
        members.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
      }
    }
    Map<String, List<Numbered>> out = new LinkedHashMap<>();
    for (List<String> ids : members.values()) {
      String root = find(parent, ids.get(0));
      out.put(String.join(", ", ids), xs.stream().filter(n -> find(parent, n.finding().location().article()).equals(root))
          .toList());
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    parent.putIfAbsent(x, x);
    String r = x;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    parent.put(x, r);
    return r;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }
}
