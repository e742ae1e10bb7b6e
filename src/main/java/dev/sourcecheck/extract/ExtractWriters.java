package dev.sourcecheck.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sourcecheck.finding.InputError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two forms of {@code extract}'s output. JSON, schema {@value #SCHEMA}: {@code {"schema",
 * "articles": [{"id", "path", "url", "title", "published", "byline", "source", "text"}], "errors":
 * [{"path", "message"}]}}, written with Jackson, keys in that order, dates as {@code YYYY-MM-DD}.
 * Text: per article a header of its metadata (as trafilatura's command line gives it with
 * metadata), a blank line and the main text. Stateless and thread-safe.
 */
public final class ExtractWriters {
  public static final String SCHEMA = "sourcecheck.extract/1";

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ExtractWriters() {}

  public static String json(ExtractReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    List<Object> arts = new ArrayList<>();
    for (ExtractedArticle a : r.articles()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.id());
      m.put("path", a.path());
      m.put("url", a.url());
      m.put("title", a.title());
      m.put("published", a.published() == null ? null : a.published().toString());
      m.put("byline", a.byline());
      m.put("source", a.source());
      m.put("text", a.text());
      arts.add(m);
    }
    root.put("articles", arts);
    List<Object> errs = new ArrayList<>();
    for (InputError e : r.errors()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", e.path());
      m.put("message", e.message());
      errs.add(m);
    }
    root.put("errors", errs);
    try {
      return JSON.writeValueAsString(root) + "\n";
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
