package dev.sourcecheck.report.html;

import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.ArticleBody;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.finding.Score;
import dev.sourcecheck.report.ReportHeader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * One article of the HTML report: its metadata, score with reasons, whole-article findings, its
 * text with every finding marked (a segment covered by several findings is one mark naming them
 * all; boilerplate is greyed) and the table of its findings. Stateless.
 */
final class ArticleView {
  private ArticleView() {}

  static void write(StringBuilder out, String anchor, ArticleSummary a, List<Numbered> fs, ReportHeader h) {
    out.append("<section class=\"article\" id=\"").append(anchor).append("\" data-article=\"").append(Html.attr(a.id()))
        .append("\">\n<h2>").append(Html.text(a.title() != null ? a.title() : a.id())).append("</h2>\n");
    out.append("<p class=\"meta\"><code>").append(Html.text(a.path())).append("</code> · id <code>")
        .append(Html.text(a.id())).append("</code>");
    meta(out, "published", a.published() == null ? "unknown" : a.published().toString());
    meta(out, "by", a.byline());
    meta(out, "outlet", a.outlet());
    out.append(" · sources: ").append(a.sources().named()).append(" named, ").append(a.sources().vague())
        .append(" vague, ").append(a.sources().none()).append(" none · ").append(a.quotes().size())
        .append(a.quotes().size() == 1 ? " quotation" : " quotations").append("</p>\n");
    if (a.score() != null) {
      score(out, a.score());
    }
    List<Numbered> whole = fs.stream().filter(n -> n.finding().location().end() == 0).toList();
    if (!whole.isEmpty()) {
      out.append("<ul class=\"whole\">\n");
      for (Numbered n : whole) {
        out.append("<li>").append(mark(List.of(n), h, "")).append(Html.text(n.finding().rule())).append("</mark> ")
            .append(Html.text(n.finding().message())).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    if (a.body() != null) {
      out.append("<div class=\"text\">");
      marked(out, a.body(), fs.stream().filter(n -> n.finding().location().end() > 0).toList(), h);
      out.append("</div>\n");
    }
    table(out, fs);
    out.append("</section>\n");
  }

  private static void meta(StringBuilder out, String label, String value) {
    if (value != null) {
      out.append(" · ").append(label).append(' ').append(Html.text(value));
    }
  }

  static void score(StringBuilder out, Score s) {
    String band = s.value() >= 80 ? "high" : s.value() >= 60 ? "mid" : "low";
    out.append("<div class=\"score\"><span class=\"value v-").append(band).append("\" title=\"score, 0 to 100: a triage aid\">")
        .append(s.value()).append("</span><ul class=\"reasons\">");
    for (Score.Reason r : s.reasons()) {
      out.append("<li title=\"").append(Html.attr(r.rule())).append("\"><span class=\"pts ")
          .append(r.points() < 0 ? "neg" : "pos").append("\">").append(r.points() > 0 ? "+" : "").append(r.points())
          .append("</span> ").append(Html.text(r.text())).append("</li>");
    }
    out.append("</ul></div>\n");
  }

  /** The text with marks: cut at every finding's and boilerplate span's ends, each piece marked by what covers it. */
  static void marked(StringBuilder out, ArticleBody body, List<Numbered> fs, ReportHeader h) {
    String text = body.text();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Numbered n : fs) {
      cuts.add(n.finding().location().start());
      cuts.add(n.finding().location().end());
    }
    for (ArticleBody.Span b : body.boilerplate()) {
      cuts.add(Math.min(b.start(), text.length()));
      cuts.add(Math.min(b.end(), text.length()));
    }
    List<Numbered> byStart = new ArrayList<>(fs);
    byStart.sort(Comparator.comparingInt(n -> n.finding().location().start()));
    List<ArticleBody.Span> bps = body.boilerplate();
    TreeSet<Numbered> active = new TreeSet<>(Comparator.comparingInt((Numbered n) -> n.finding().severity().ordinal())
        .reversed().thenComparing(Numbered::id));
    int next = 0;
    int nextBp = 0;
    List<ArticleBody.Span> activeBp = new ArrayList<>();
    Integer from = null;
    for (int at : cuts) {
      if (from != null && at > from) {
        String piece = text.substring(from, at);
        boolean bp = !activeBp.isEmpty();
        if (!active.isEmpty()) {
          out.append(mark(new ArrayList<>(active), h, bp ? " bp" : ""))
              .append(Html.text(piece)).append("</mark>");
        } else if (bp) {
          out.append("<span class=\"bp\">").append(Html.text(piece)).append("</span>");
        } else {
          out.append(Html.text(piece));
        }
      }
      final int pos = at;
      active.removeIf(n -> n.finding().location().end() <= pos);
      activeBp.removeIf(b -> b.end() <= pos);
      while (next < byStart.size() && byStart.get(next).finding().location().start() <= at) {
        if (byStart.get(next).finding().location().end() > at) {
          active.add(byStart.get(next));
        }
        next++;
      }
      while (nextBp < bps.size() && bps.get(nextBp).start() <= at) {
        if (bps.get(nextBp).end() > at) {
          activeBp.add(bps.get(nextBp));
        }
        nextBp++;
      }
      from = at;
    }
  }

  /**
   * The opening tag of a mark for findings, highest severity first: classes of the first, the ids
   * of all, and a title naming each rule, message and help (the hover text).
   */
  static String mark(List<Numbered> ns, ReportHeader h, String extraClass) {
    StringBuilder ids = new StringBuilder();
    StringBuilder title = new StringBuilder();
    for (Numbered n : ns) {
      Finding f = n.finding();
      ids.append(ids.length() == 0 ? "" : " ").append(n.id());
      RuleInfo r = h.rule(f.rule());
      title.append(title.length() == 0 ? "" : "\n").append(f.rule()).append(" (").append(f.severity().label())
          .append("): ").append(f.message());
      if (r != null && r.help() != null) {
        title.append(" | ").append(r.help());
      }
    }
    return "<mark class=\"" + ns.get(0).classes() + extraClass + "\" data-f=\"" + ids + "\" title=\"" + Html.attr(title.toString())
        + "\">";
  }

  private static void table(StringBuilder out, List<Numbered> fs) {
    if (fs.isEmpty()) {
      out.append("<p class=\"none\">No findings.</p>\n");
      return;
    }
    out.append("<table class=\"findings\"><thead><tr><th>where</th><th>severity</th><th>rule</th><th>text</th>")
        .append("<th>message</th></tr></thead><tbody>\n");
    for (Numbered n : fs) {
      Finding f = n.finding();
      Location l = f.location();
      out.append("<tr class=\"finding\" id=\"").append(n.id()).append("\" data-sev=\"").append(f.severity().label())
          .append("\" data-cat=\"").append(f.category().label()).append("\" data-rule=\"").append(Html.attr(f.rule()))
          .append("\"><td>").append(l.line()).append(':').append(l.column()).append("</td><td><span class=\"badge ")
          .append(n.classes()).append("\">").append(f.severity().label()).append("</span></td><td><a href=\"#rule-")
          .append(Html.attr(f.rule())).append("\">").append(Html.text(f.rule())).append("</a></td><td class=\"quote\">")
          .append(l.text().isEmpty() ? "(whole article)" : Html.text(clip(l.text()))).append("</td><td>")
          .append(Html.text(f.message())).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  static String clip(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 160 ? one : one.substring(0, 159) + "…";
  }
}
