package dev.sourcecheck.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextIndexTest {

  @Test
  void mapsOffsetsToOneBasedLinesAndColumns() {
    TextIndex index = new TextIndex("ab\r\ncd\n\nef");
    assertEquals(4, index.lineCount());
    assertEquals(1, index.line(0));
    assertEquals(1, index.column(0));
    assertEquals(1, index.line(2)); // the \r belongs to its line
    assertEquals(3, index.column(2));
    assertEquals(2, index.line(4));
    assertEquals(1, index.column(4));
    assertEquals(3, index.line(7));
    assertEquals(4, index.line(8));
    assertEquals(3, index.column(10)); // the end of the text is on the last line
    assertEquals(8, index.lineStart(4));
  }

  @Test
  void manyLinesRoundTrip() {
    String text = "x\n".repeat(1000);
    TextIndex index = new TextIndex(text);
    assertEquals(1001, index.lineCount());
    for (int offset = 0; offset <= text.length(); offset++) {
      assertEquals(offset, index.lineStart(index.line(offset)) + index.column(offset) - 1);
    }
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    TextIndex index = new TextIndex("abc");
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> index.line(4));
    assertEquals("offset 4 outside text of length 3", e.getMessage());
  }
}
