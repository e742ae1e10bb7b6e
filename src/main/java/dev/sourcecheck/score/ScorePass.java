package dev.sourcecheck.score;

import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.engine.RuleRun;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.QuoteSummary;
import dev.sourcecheck.finding.Score;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the {@code score.*} rules: once per article over its summary and its findings (after the
 * cross-source stage, so contradictions count), then once over the outlets the articles name. Java
 * only hands over facts and collects what the rules derived; which points an article loses or
 * earns, and its value, are decided in rules/score/. Stateless and thread-safe.
 */
public final class ScorePass {
  private ScorePass() {}

  /** Reasons in the order a reader wants them: the largest cost first, then by rule. */
  static final Comparator<Score.Reason> ORDER =
      Comparator.comparingInt(Score.Reason::points).thenComparing(Score.Reason::rule).thenComparing(Score.Reason::text);

  /** The article's score, or null when the rule set has no value rule for articles. */
  public static Score article(RuleBase rules, ArticleSummary a, List<Finding> findings) {
    List<Object> facts = new ArrayList<>();
    Set<String> speakers = new HashSet<>();
    for (QuoteSummary q : a.quotes()) {
      if (named(q.speaker())) {
        speakers.add(q.speaker());
      }
    }
    facts.add(new ScoredArticle(a.id(), a.outlet(), a.quotes().size(), speakers.size(), a.sources().named(),
        a.sources().vague(), a.sources().none()));
    for (Finding f : findings) {
      Set<String> others = new HashSet<>();
      for (Location l : f.related()) {
        if (!l.article().equals(a.id())) {
          others.add(l.article());
        }
      }
      facts.add(new FindingFact(a.id(), f.rule(), f.category().label(), f.severity().label(), f.message(),
          f.location().text(), others.size()));
    }
    return score(rules, facts, a.id());
  }

  /**
   * The report with every article scored and the outlets' scores: articles in parallel (each in
   * its own session), then the outlets in one session over the articles' reasons.
   */
  public static AuditReport report(RuleBase rules, AuditReport r) {
    Map<String, List<Finding>> byArticle = r.findingsByArticle();
    List<ArticleSummary> scored = r.articles().parallelStream()
        .map(a -> a.withScore(article(rules, a, byArticle.getOrDefault(a.id(), List.of()))))
        .toList();
    return new AuditReport(r.version(), r.rules(), scored, r.findings(), r.errors(), r.skipped(),
        outlets(rules, scored), r.baseline());
  }

  /** The outlets' scores from the scored articles that name an outlet, sorted by outlet. */
  public static List<OutletScore> outlets(RuleBase rules, List<ArticleSummary> articles) {
    Map<String, Integer> count = new java.util.TreeMap<>();
    List<Object> facts = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      ArticleSummary a = articles.get(i);
      if (a.outlet() == null || a.score() == null) {
        continue;
      }
      count.merge(a.outlet(), 1, Integer::sum);
      for (Score.Reason r : a.score().reasons()) {
        facts.add(new OutletPoints(a.outlet(), i, r.rule(), r.points(), summary(rules, r.rule())));
      }
    }
    if (count.isEmpty()) {
      return List.of();
    }
    count.forEach((o, n) -> facts.add(new ScoredOutlet(o, n)));
    List<Object> derived = RuleRun.derive(rules, facts, ScorePoints.class, ScoreValue.class);
    List<OutletScore> out = new ArrayList<>();
    for (var e : count.entrySet()) {
      Score s = collect(derived, e.getKey());
      if (s != null) {
        out.add(new OutletScore(e.getKey(), e.getValue(), s));
      }
    }
    return out;
  }

  private static Score score(RuleBase rules, List<Object> facts, String subject) {
    return collect(RuleRun.derive(rules, facts, ScorePoints.class, ScoreValue.class), subject);
  }

  private static Score collect(List<Object> derived, String subject) {
    List<Score.Reason> reasons = new ArrayList<>();
    ScoreValue value = null;
    for (Object o : derived) {
      if (o instanceof ScorePoints p && p.subject().equals(subject)) {
        reasons.add(new Score.Reason(p.rule(), p.points(), p.reason()));
      } else if (o instanceof ScoreValue v && v.subject().equals(subject)) {
        if (value != null && !value.equals(v)) {
          throw new IllegalStateException("two score values for " + subject + ": " + value + " and " + v);
        }
        value = v;
      }
    }
    if (value == null) {
      return null;
    }
    reasons.sort(ORDER);
    return new Score(value.value(), reasons, value.rule());
  }

  /**
   * Whether a speaker is named: a capitalised word in the name ("Ruth Amos", "the White House"),
   * not a description the attribution model kept as the name ("spokesperson", "officials").
   */
  static boolean named(String speaker) {
    if (speaker == null) {
      return false;
    }
    for (String w : speaker.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** A rule's summary as outlet reasons quote it: first letter lower-cased. */
  private static String summary(RuleBase rules, String rule) {
    RuleInfo info = rules.catalog().get(rule);
    String s = info == null ? rule : info.summary();
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
