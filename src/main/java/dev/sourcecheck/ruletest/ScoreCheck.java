package dev.sourcecheck.ruletest;

import dev.sourcecheck.engine.RuleExample;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.Score;
import java.util.ArrayList;
import java.util.List;

/** The checks of a score rule's examples on an audited example (see {@link ExampleRunner}). Stateless. */
final class ScoreCheck {
  private ScoreCheck() {}

  static String check(AuditReport report, RuleInfo rule, RuleExample ex, ExampleRunner.Prepared p) {
    List<Score> target = ExampleRunner.scoresOf(report, p.target());
    switch (ex.kind()) {
      case SCORE -> {
        for (Score s : target) {
          if (s.rule().equals(rule.id())) {
            return s.value() == ex.expected() ? null
                : rule.id() + " gave " + p.target() + " a score of " + s.value() + ", expected " + ex.expected()
                    + "; reasons: " + s.reasons();
          }
        }
        return rule.id() + " computed no score for " + p.target() + " or its outlet; scores: " + target;
      }
      case FLAG -> {
        List<Score.Reason> mine = reasons(target, rule.id());
        if (mine.size() != 1) {
          return "expected exactly one reason of " + rule.id() + " for " + p.target() + " or its outlet, got " + mine
              + "; scores: " + target;
        }
        if (ex.expected() != null && mine.get(0).points() != ex.expected()) {
          return rule.id() + " gave " + mine.get(0).points() + " points (" + mine.get(0).text() + "), expected "
              + ex.expected();
        }
        return null;
      }
      default -> {
        List<Score> all = new ArrayList<>();
        report.articles().stream().map(ArticleSummary::score).filter(s -> s != null).forEach(all::add);
        report.outlets().stream().map(OutletScore::score).forEach(all::add);
        List<Score.Reason> mine = reasons(all, rule.id());
        return mine.isEmpty() ? null : "pass example given points by " + rule.id() + ": " + mine;
      }
    }
  }

  private static List<Score.Reason> reasons(List<Score> scores, String rule) {
    List<Score.Reason> out = new ArrayList<>();
    for (Score s : scores) {
      s.reasons().stream().filter(r -> r.rule().equals(rule)).forEach(out::add);
    }
    return out;
  }
}
