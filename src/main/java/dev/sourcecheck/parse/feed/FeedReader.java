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
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 *
 * <p>{@link #read} keeps every article's bytes in memory (a feed of known small size). {@link
 * #index} and {@link #spool} keep none: each article is an {@link Input} without its bytes whose
 * loader reads its line again (from the feed's file, or from a temporary copy of a gzipped feed or
 * of standard input) and parses it again, so a feed of any size is audited in the memory of the
 * batch being read; the whole feed is held neither as bytes nor as articles.
 */
public final class FeedReader {
  /** The articles of a feed and its broken lines. */
  public record Result(List<Input> inputs, List<InputError> errors) {}

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  /** A UTF-8 byte-order mark: it tells the HTML parser that a page from a feed is already UTF-8, whatever its meta tags say. */
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String label;
  private final long maxBytes;
  /** Where the lines can be read again (the feed itself or its spool), or null to keep each article's bytes. */
  private final Path again;
  /** The spool the stream's bytes are copied to as they are read, or null. */
  private final OutputStream copy;
  private final List<Input> inputs = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();

  private FeedReader(String label, long maxBytes, Path again, OutputStream copy) {
    this.label = label;
    this.maxBytes = maxBytes;
    this.again = again;
    this.copy = copy;
  }

  /**
   * Reads the feed {@code label} from {@code in}. Items get the path {@code label:line} and the id
   * the feed gives, or the feed's name and the line number ({@code news-3}); the caller makes ids
   * unique across the run. When the stream itself fails (a truncated gzip), the lines read before
   * are kept and the failure is one more error naming the file.
   */
  public static Result read(String label, InputStream in, long maxBytes) {
    return new FeedReader(label, maxBytes, null, null).all(in);
  }

  /**
   * Reads the feed {@code label} in the plain file {@code file} ({@code in} is its stream, closed by
   * the caller) as {@link #read} does, but keeps no article's bytes: each input reads its line from
   * {@code file} again when loaded ({@link Input#loaded}), and fails with a one-line reason if the
   * line changed meanwhile.
   */
  public static Result index(String label, Path file, InputStream in, long maxBytes) {
    return new FeedReader(label, maxBytes, file, null).all(in);
  }

  /**
   * Reads the feed {@code label} from a stream that cannot be read twice (standard input, a gzip
   * stream) as {@link #index} does, copying its bytes to {@code spool} as they are read (the lines
   * are read again from there); the caller deletes {@code spool} when the run is done.
   */
  public static Result spool(String label, InputStream in, long maxBytes, Path spool) throws IOException {
    try (OutputStream copy = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
      return new FeedReader(label, maxBytes, spool, copy).all(in);
    }
  }

  private Result all(InputStream in) {
    FeedReader r = this;
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
  /** The offset of the current line's first byte in the stream. */
  private long lineStart;
  private long position;

  private void lines(InputStream in) throws IOException {
    byte[] buf = new byte[65536];
    for (int n; (n = in.read(buf)) > 0; ) {
      if (copy != null) {
        copy.write(buf, 0, n);
      }
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          append(buf, from, i);
          endLine();
          from = i + 1;
          lineStart = position + i + 1;
        }
      }
      append(buf, from, n);
      position += n;
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
    if (length > maxBytes) {
      errors.add(new InputError(label + ":" + lineNo, "line is " + length + " bytes, over the limit of " + maxBytes
          + " (raise it with --max-bytes)"));
    } else {
      byte[] bytes = line.toByteArray();
      if (!blank(bytes)) {
        Object o = item(label, lineNo, bytes);
        if (o instanceof InputError e) {
          errors.add(e);
        } else if (again == null) {
          inputs.add((Input) o);
        } else {
          Input in = (Input) o;
          inputs.add(new Input(in.path(), in.id(), null, in.kind(), Stated.NONE,
              new Line(again, label, lineNo, lineStart, bytes.length)));
        }
      }
    }
    lineNo++;
    line.reset();
    length = 0;
  }

  /** A line of a feed read again from {@code file} at {@code offset}, and parsed again: the input it was when indexed. */
  private record Line(Path file, String label, int lineNo, long offset, int length) implements Input.Whole {
    @Override
    public Input input() throws InputException {
      ByteBuffer b = ByteBuffer.allocate(length);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        while (b.hasRemaining()) {
          if (ch.read(b, offset + b.position()) < 0) {
            throw new InputException("the feed changed while it was read (it is shorter now)");
          }
        }
      } catch (IOException e) {
        throw new InputException("cannot read the feed again: " + e.getMessage());
      }
      Object o = item(label, lineNo, b.array());
      if (o instanceof InputError e) {
        throw new InputException("the feed changed while it was read (" + e.message() + ")");
      }
      return (Input) o;
    }
  }

  /** One non-blank line of the feed within the limit: its input, or its error. */
  private static Object item(String label, int lineNo, byte[] bytes) {
    String where = label + ":" + lineNo;
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      return new InputError(where, "not JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
    } catch (IOException | RuntimeException e) {
      return new InputError(where, "not JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      return new InputError(where, "not a JSON object (each line of a feed is one article object)");
    }
    String text = string(node, "text");
    String html = string(node, "html");
    if (text == null && html == null) {
      return new InputError(where, "has neither \"text\" nor \"html\" (one of them holds the article)");
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
      return new Input(where, id.strip(), text.getBytes(StandardCharsets.UTF_8), InputKind.TEXT, stated);
    }
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[page.length + BOM.length];
    System.arraycopy(BOM, 0, marked, 0, BOM.length);
    System.arraycopy(page, 0, marked, BOM.length, page.length);
    return new Input(where, id.strip(), marked, InputKind.HTML, stated);
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
