package dev.sourcecheck.compare;

import dev.sourcecheck.ArticleResult;
import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.fact.Flag;
import java.util.List;

/** The cross-source stage: articles audited together are compared within their stories. */
public final class CrossSource {
  private CrossSource() {}

  /** The flags of the cross-source rules over the audited articles. */
  public static List<Flag> compare(RuleBase rules, List<ArticleResult> results, AuditOptions options) {
    return List.of();
  }
}
