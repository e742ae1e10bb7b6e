package dev.sourcecheck.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 item 5: collecting a folder holds no article's bytes; they are read when the input is. */
class LazyInputTest {
  @TempDir Path dir;

  @Test
  void collectedFilesHoldNoBytesUntilRead() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Title: A\n\nOne.\n");
    Files.writeString(dir.resolve("b.txt"), "Title: B\n\nTwo.\n");
    InputCollector.Collected c = new InputCollector(1_000, InputStream.nullInputStream()).collect(List.of(dir.toString()));
    assertEquals(2, c.inputs().size());
    for (Input in : c.inputs()) {
      assertNull(in.bytes(), "collected without its bytes: " + in.path());
    }
    assertArrayEquals("Title: A\n\nOne.\n".getBytes(StandardCharsets.UTF_8), c.inputs().get(0).loaded().bytes());
    // read when needed, so a file changed since is read as it is now, and one grown over the limit is refused then
    Files.writeString(dir.resolve("b.txt"), "x".repeat(2_000));
    InputException e = assertThrows(InputException.class, () -> c.inputs().get(1).loaded());
    assertEquals("file is 2000 bytes, over the limit of 1000 (raise it with --max-bytes)", e.getMessage());
  }
}
