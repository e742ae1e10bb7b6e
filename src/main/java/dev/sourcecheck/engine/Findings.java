package dev.sourcecheck.engine;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.fact.Flag;
import dev.sourcecheck.fact.Place;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the flags rules raised into findings with line, column and text. Stateless. */
public final class Findings {
  private Findings() {}

  public static Finding of(Flag flag, RuleBase rules, Map<String, Article> articles) {
    RuleInfo info = rules.rule(flag.rule());
    Severity severity = flag.severity() == null ? info.severity() : Severity.parse(flag.severity());
    List<Location> related = new ArrayList<>();
    for (Place p : flag.related()) {
      related.add(location(articles, p.article(), p.start(), p.end(), p.role()));
    }
    return new Finding(flag.rule(), info.category(), severity, flag.message(),
        location(articles, flag.article(), flag.start(), flag.end(), null), related);
  }

  /** A location in an article; an empty span at 0 is the whole article (line 1, column 1). */
  public static Location location(Map<String, Article> articles, String id, int start, int end, String role) {
    Article a = articles.get(id);
    if (a == null) {
      throw new IllegalArgumentException("flag names unknown article '" + id + "'");
    }
    int s = Math.max(0, Math.min(start, a.text().length()));
    int e = Math.max(s, Math.min(end, a.text().length()));
    int line = a.index().line(s);
    int input = a.layout() == null ? 0 : a.layout().inputLine(line);
    return new Location(id, line, a.index().column(s), s, e, a.text().substring(s, e), role,
        input > 0 ? input : null);
  }
}
