package dev.sourcecheck.engine;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.fact.Flag;
import dev.sourcecheck.fact.Place;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Fingerprint;
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
    Location at = location(articles, flag.article(), flag.start(), flag.end(), null);
    return new Finding(flag.rule(), info.category(), severity, flag.message(), at, related,
        Fingerprint.of(flag.rule(), at.article(), at.text(), context(articles.get(at.article()), at)));
  }

  /**
   * The text a finding stands in, for its fingerprint: the sentence holding its start, else (in
   * metadata, between sentences) its line; empty for a whole-article finding.
   */
  static String context(Article a, Location at) {
    if (at.start() == 0 && at.end() == 0) {
      return "";
    }
    int s = a.sentenceAt(at.start());
    if (s >= 0 && s < a.sentences().size() && a.sentences().get(s).index() == s) {
      return a.sentences().get(s).text(); // indexes count sentences from 0: the list position
    }
    int from = a.index().lineStart(at.line());
    int to = a.text().indexOf('\n', from);
    return a.text().substring(from, to < 0 ? a.text().length() : to);
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
