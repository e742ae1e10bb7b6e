package dev.sourcecheck.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sourcecheck.finding.InputError;
import java.util.ArrayList;
import java.util.List;

/**
 * The two forms of {@code extract}'s output. JSON, schema {@value #SCHEMA}: {@code {"schema",
 * "articles": [{"id", "path", "url", "title", "published", "byline", "source", "text"}], "errors":
 * [{"path", "message"}]}}, written with Jackson, keys in that order, dates as {@code YYYY-MM-DD}.
 * Text: per article a header of its metadata (as trafilatura's command line gives it with
 * metadata), a blank line and the main text. Audited: the text the audit reads, as its findings number
 * it. Stateless and thread-safe.
 */
public final class ExtractWriters {
  public static final String SCHEMA = "sourcecheck.extract/1";

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ExtractWriters() {}

  /** The JSON's shape: Jackson writes a record's components in their order. */
  record Json(String schema, List<Article> articles, List<InputError> errors) {}

  /** An article as the JSON holds it (the date as {@code YYYY-MM-DD}). */
  record Article(String id, String path, String url, String title, String published, String byline,
      String source, String text) {}

  public static String json(ExtractReport r) {
    List<Article> arts = new ArrayList<>();
    for (ExtractedArticle a : r.articles()) {
      arts.add(new Article(a.id(), a.path(), a.url(), a.title(), a.published() == null ? null : a.published().toString(),
          a.byline(), a.source(), a.text()));
    }
    try {
      return JSON.writeValueAsString(new Json(SCHEMA, arts, r.errors())) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the extract as JSON", e);
    }
  }

  public static String text(ExtractReport r) {
    StringBuilder sb = new StringBuilder();
    for (ExtractedArticle a : r.articles()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append("==> ").append(a.path()).append(" <==\n");
      field(sb, "title", a.title());
      field(sb, "published", a.published() == null ? null : a.published().toString());
      field(sb, "byline", a.byline());
      field(sb, "source", a.source());
      field(sb, "url", a.url());
      sb.append('\n').append(visible(a.text())).append('\n');
    }
    return sb.toString();
  }

  /** The audited texts, each under a {@code ==> path <==} line: what the line and column of a finding refer to. */
  public static String audited(ExtractReport r) {
    StringBuilder sb = new StringBuilder();
    for (ExtractedArticle a : r.articles()) {
      sb.append("==> ").append(a.path()).append(" <==\n").append(visible(a.audited()));
      if (!a.audited().endsWith("\n")) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static void field(StringBuilder sb, String key, String value) {
    if (value != null) {
      sb.append(key).append(": ").append(visible(value).replace('\n', ' ')).append('\n');
    }
  }

  /** Control characters (but line breaks and tabs) shown as U+FFFD, so that a terminal never runs them. */
  static String visible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c != '\n' && c != '\t' && (c < 0x20 || c >= 0x7F && c < 0xA0) ? '\uFFFD' : c);
    }
    return b.toString();
  }
}
