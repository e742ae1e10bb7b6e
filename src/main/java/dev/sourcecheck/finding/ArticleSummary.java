package dev.sourcecheck.finding;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One audited article in a report: its id and path, the metadata found in it, how many findings
 * are located in it, its quotations and source counts, its explained score ({@code null} when no
 * score was computed) and its text ({@code null} when the report was built without it). Immutable.
 */
public record ArticleSummary(
    String id, String path, String title, LocalDate published, String source, String byline,
    List<String> contributors, int findings, List<QuoteSummary> quotes, SourceCounts sources, Score score,
    ArticleBody body) {
  public ArticleSummary {
    contributors = List.copyOf(contributors);
    quotes = List.copyOf(quotes);
  }

  /** An article without score or text. */
  public ArticleSummary(
      String id, String path, String title, LocalDate published, String source, String byline,
      List<String> contributors, int findings, List<QuoteSummary> quotes, SourceCounts sources) {
    this(id, path, title, published, source, byline, contributors, findings, quotes, sources, null, null);
  }

  public ArticleSummary withFindings(int n) {
    return new ArticleSummary(id, path, title, published, source, byline, contributors, n, quotes, sources, score, body);
  }

  public ArticleSummary withScore(Score s) {
    return new ArticleSummary(id, path, title, published, source, byline, contributors, findings, quotes, sources, s,
        body);
  }

  /** The outlet the article names, or null: see {@link #outletOf(String)}. */
  public String outlet() {
    return outletOf(source);
  }

  /**
   * The outlet a {@code source} names: the host of a URL without {@code www.} ({@code
   * https://www.example.com/a} is {@code example.com}), else the name as given, trimmed; null
   * for none.
   */
  public static String outletOf(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    String s = source.strip();
    if (s.startsWith("http://") || s.startsWith("https://")) {
      try {
        String host = URI.create(s.replace(" ", "%20")).getHost();
        if (host != null && !host.isBlank()) {
          host = host.toLowerCase(Locale.ROOT);
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a well-formed URL: the name as given
      }
    }
    return s;
  }
}
