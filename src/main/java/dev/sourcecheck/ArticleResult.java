package dev.sourcecheck;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.engine.RuleRun;
import java.util.List;

/** One article after its own rules ran: the parsed article, its facts, and what the rules derived. */
public record ArticleResult(Article article, List<Object> facts, RuleRun.Result result) {
  public ArticleResult {
    facts = List.copyOf(facts);
  }
}
