package dev.sourcecheck.finding;

import java.time.LocalDate;
import java.util.List;

/**
 * One audited article in a report: its id and path, the metadata found in it, and how many
 * findings are located in it. Immutable.
 */
public record ArticleSummary(
    String id, String path, String title, LocalDate published, String source, String byline,
    List<String> contributors, int findings, List<QuoteSummary> quotes, SourceCounts sources) {
  public ArticleSummary {
    contributors = List.copyOf(contributors);
    quotes = List.copyOf(quotes);
  }

  public ArticleSummary withFindings(int n) {
    return new ArticleSummary(id, path, title, published, source, byline, contributors, n, quotes, sources);
  }
}
