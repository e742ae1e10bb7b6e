package dev.sourcecheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InputKindTest {
  @Test
  void theNameSaysTheKind() {
    assertEquals(InputKind.TEXT, InputKind.ofName("a.TXT"));
    assertEquals(InputKind.HTML, InputKind.ofName("page.html"));
    assertEquals(InputKind.HTML, InputKind.ofName("page.htm"));
    assertEquals(InputKind.HTML, InputKind.ofName("page.Html.GZ"));
    assertEquals(InputKind.JSONL, InputKind.ofName("feed.jsonl"));
    assertEquals(InputKind.JSONL, InputKind.ofName("feed.jsonl.gz"));
    assertNull(InputKind.ofName("notes.md"));
    assertNull(InputKind.ofName("archive.gz"));
    assertNull(InputKind.ofName("data.json"));
  }

  @Test
  void theBaseNameDropsTheKindAndTheCompression() {
    assertEquals("story", InputKind.baseName("story.html.gz"));
    assertEquals("story", InputKind.baseName("story.txt"));
    assertEquals("news", InputKind.baseName("news.jsonl"));
    assertEquals("a.b", InputKind.baseName("a.b.htm"));
    assertEquals(".hidden", InputKind.baseName(".hidden"));
  }
}
