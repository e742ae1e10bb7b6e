package dev.sourcecheck.parse.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputException;
import dev.sourcecheck.parse.InputKind;
import dev.sourcecheck.parse.Stated;
import dev.sourcecheck.parse.TextDates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON Lines feed (docs/feed.schema.json): one article a line, a JSON object with {@code
 * text} or {@code html} and optionally {@code id}, {@code url}, {@code title}, {@code published},
 * {@code source} (the outlet) and {@code byline}; other fields are ignored. The feed is read as a
 * stream, one line at a time, so a feed may be larger than memory allows for one article; each
 * line is bounded by the byte limit. A line that is not a JSON object, has neither text nor html,
 * or is over the limit is an error naming the file and line; the other lines are still read.
 * Blank lines are skipped. Not thread-safe: one reader per feed.
 */
public final class FeedReader {
  /** The articles of a feed and its broken lines. */
  public record Result(List<Input> inputs, List<InputError> errors) {}

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  /** A UTF-8 byte-order mark: it tells the HTML parser that a page from a feed is already UTF-8, whatever its meta tags say. */
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String label;
  private final long maxBytes;
  private final List<Input> inputs = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();

  private FeedReader(String label, long maxBytes) {
    this.label = label;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads the feed {@code label} from {@code in}. Items get the path {@code label:line} and the id
   * the feed gives, or the feed's name and the line number ({@code news-3}); the caller makes ids
   * unique across the run. When the stream itself fails (a truncated gzip), the lines read before
   * are kept and the failure is one more error naming the file.
   */
  public static Result read(String label, InputStream in, long maxBytes) {
    FeedReader r = new FeedReader(label, maxBytes);
    try {
      r.lines(in);
    } catch (IOException e) {
      InputException why = dev.sourcecheck.parse.Gzip.failure(e);
      r.errors.add(new InputError(label, why.getMessage() + " (after line " + (r.lineNo - 1) + ")"));
    }
    if (r.inputs.isEmpty() && r.errors.isEmpty()) {
      r.errors.add(new InputError(label, "feed holds no articles (no JSON lines)"));
    }
    return new Result(List.copyOf(r.inputs), List.copyOf(r.errors));
  }

  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private long length;
  private int lineNo = 1;

  private void lines(InputStream in) throws IOException {
    byte[] buf = new byte[65536];
    for (int n; (n = in.read(buf)) > 0; ) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          append(buf, from, i);
          endLine();
          from = i + 1;
        }
      }
      append(buf, from, n);
    }
    if (length > 0) {
      endLine();
    }
  }

  /** Keeps a piece of the current line while the line is within the limit; an over-long line is read past, not kept. */
  private void append(byte[] buf, int from, int to) {
    length += to - from;
    if (length <= maxBytes) {
      line.write(buf, from, to - from);
    } else {
      line.reset();
    }
  }

  private void endLine() {
    item(lineNo++, line.toByteArray(), length > maxBytes ? length : -1);
    line.reset();
    length = 0;
  }

  /** One line of the feed; {@code overBy} is the line's length when it is over the limit, -1 otherwise. */
  private void item(int lineNo, byte[] bytes, long overBy) {
    String where = label + ":" + lineNo;
    if (overBy >= 0) {
      errors.add(new InputError(where, "line is " + overBy + " bytes, over the limit of " + maxBytes
          + " (raise it with --max-bytes)"));
      return;
    }
    if (blank(bytes)) {
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      errors.add(new InputError(where, "not JSON: " + e.getOriginalMessage().replaceAll("\\s+", " ")));
      return;
    } catch (IOException | RuntimeException e) {
      errors.add(new InputError(where, "not JSON: " + e.getMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      errors.add(new InputError(where, "not a JSON object (each line of a feed is one article object)"));
      return;
    }
    String text = string(node, "text");
    String html = string(node, "html");
    if (text == null && html == null) {
      errors.add(new InputError(where, "has neither \"text\" nor \"html\" (one of them holds the article)"));
      return;
    }
    String id = string(node, "id");
    if (id == null && node.hasNonNull("id") && node.get("id").isNumber()) {
      id = node.get("id").asText();
    }
    if (id == null || id.isBlank()) {
      id = InputKind.baseName(fileName(label)) + "-" + lineNo;
    }
    LocalDate published = TextDates.parse(string(node, "published"));
    Stated stated = new Stated(string(node, "title"), published, string(node, "byline"), string(node, "source"),
        string(node, "url"));
    if (text != null) {
      inputs.add(new Input(where, id.strip(), text.getBytes(StandardCharsets.UTF_8), InputKind.TEXT, stated));
    } else {
      byte[] page = html.getBytes(StandardCharsets.UTF_8);
      byte[] marked = new byte[page.length + BOM.length];
      System.arraycopy(BOM, 0, marked, 0, BOM.length);
      System.arraycopy(page, 0, marked, BOM.length, page.length);
      inputs.add(new Input(where, id.strip(), marked, InputKind.HTML, stated));
    }
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  private static boolean blank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
