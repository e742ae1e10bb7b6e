package dev.sourcecheck.parse.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputCollector;
import dev.sourcecheck.parse.InputException;
import dev.sourcecheck.parse.InputFormat;
import dev.sourcecheck.parse.Stated;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: a JSON Lines feed (a file, a gzipped file or standard input) is collected without any
 * article's bytes or stated fields; each input reads and parses its line again when loaded, so a
 * feed far larger than a batch is never held. Bad lines are still one-line errors naming file and line.
 */
class FeedStreamingTest {
  @TempDir Path dir;

  /** A feed of {@code n} articles (more than a batch of 256), with a broken line and a blank one. */
  static String feed(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i == 3) {
        b.append("{\"text\": broken\n\n");
      }
      b.append("{\"id\": \"a").append(i).append("\", \"title\": \"T").append(i)
          .append("\", \"published\": \"2024-03-12\", \"text\": \"Article ").append(i).append(" says \\u00e9.\"}\r\n");
    }
    return b.toString();
  }

  private void check(InputCollector.Collected c, String label, int n) throws InputException {
    assertEquals(n, c.inputs().size());
    assertEquals(List.of(label + ":4"), c.errors().stream().map(InputError::path).toList());
    for (Input in : c.inputs()) {
      assertNull(in.bytes(), "collected without its bytes: " + in.path());
      assertEquals(Stated.NONE, in.stated(), "collected without its stated fields: " + in.path());
    }
    // read in any order, as a batch's parallel stream does, and again: each line as the in-memory reader gives it
    FeedReader.Result whole = FeedReader.read(label, new ByteArrayInputStream(feed(n).getBytes(StandardCharsets.UTF_8)), 1000);
    for (int i : new int[] {n - 1, 0, 300, 0}) {
      Input lazy = c.inputs().get(i).loaded();
      Input held = whole.inputs().get(i);
      assertEquals(held.path(), lazy.path());
      assertEquals(held.id(), lazy.id());
      assertEquals(held.kind(), lazy.kind());
      assertEquals(held.stated(), lazy.stated());
      assertEquals(new Stated("T" + i, LocalDate.of(2024, 3, 12), null, null, null), lazy.stated());
      assertArrayEquals(held.bytes(), lazy.bytes());
    }
  }

  @Test
  void aFeedFileIsCollectedWithoutItsArticles() throws Exception {
    Path f = dir.resolve("news.jsonl");
    Files.writeString(f, feed(600));
    try (InputCollector ic = new InputCollector(1000, InputStream.nullInputStream())) {
      InputCollector.Collected c = ic.collect(List.of(f.toString()));
      check(c, f.toString(), 600);
      // a line changed since it was collected fails with a reason, never as another article
      Files.writeString(f, "{\"text\": \"x\"}\n");
      InputException e = assertThrows(InputException.class, () -> c.inputs().get(500).loaded());
      assertTrue(e.getMessage().startsWith("the feed changed while it was read"), e.getMessage());
    }
  }

  @Test
  void aGzippedFeedIsSpooledDecompressedAndTheSpoolDeletedOnClose() throws Exception {
    Path f = dir.resolve("news.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(feed(600).getBytes(StandardCharsets.UTF_8));
    }
    List<Path> before = spools();
    InputCollector ic = new InputCollector(1000, InputStream.nullInputStream());
    check(ic.collect(List.of(f.toString())), f.toString(), 600);
    assertEquals(before.size() + 1, spools().size());
    ic.close();
    assertEquals(before, spools());
  }

  @Test
  void aFeedOnStandardInputIsSpooled() throws Exception {
    InputStream stdin = new ByteArrayInputStream(feed(600).getBytes(StandardCharsets.UTF_8));
    try (InputCollector ic = new InputCollector(1000, stdin, InputFormat.JSONL)) {
      check(ic.collect(List.of("-")), "<stdin>", 600);
    }
  }

  private static List<Path> spools() throws Exception {
    try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("sourcecheck-feed-")).sorted().toList();
    }
  }
}
