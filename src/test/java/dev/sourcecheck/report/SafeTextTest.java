package dev.sourcecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SafeTextTest {
  @Test
  void escapesC0C1AndBidiControlsInOneLineFields() {
    assertEquals("a\\x1B[31mb\\x0Ac\\x09d\\x0De\\x7F", SafeText.line("a\u001b[31mb\nc\td\re\u007f"));
    assertEquals("\\x85\\x9B\\x80", SafeText.line("\u0085\u009b\u0080"));
    assertEquals("\\u202Eabc\\u202C \\u2066x\\u2069 \\u2028", SafeText.line("\u202Eabc\u202C \u2066x\u2069 \u2028"));
  }

  @Test
  void blocksKeepTabAndLineFeed() {
    assertEquals("a\tb\nc\\x0Dd\\x1B", SafeText.text("a\tb\nc\rd\u001b"));
  }

  @Test
  void printableTextIsLeftAsItIs() {
    String s = "Zelenskyy’s “peace” plan — 50% · 東京 · مرحبا · \u00a0·\u200b";
    assertSame(s, SafeText.line(s));
    assertEquals(null, SafeText.line(null));
  }
}
