package dev.sourcecheck;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.attribution.Speakers;
import dev.sourcecheck.engine.RuleRun;
import java.util.List;

/**
 * One article after its own rules ran: the parsed article, its speakers (who said what, found once
 * and reused by the report and the cross-source stage), its facts, and what the rules derived.
 */
public record ArticleResult(Article article, Speakers speakers, List<Object> facts, RuleRun.Result result) {
  public ArticleResult {
    java.util.Objects.requireNonNull(speakers, "speakers");
    facts = List.copyOf(facts);
  }
}
