package dev.sourcecheck.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Quote#wordCount} counts as {@code text.strip().split("\\s+").length} did, without the regular expression. */
class QuoteTest {
  private static int oracle(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static int count(String text) {
    return new Quote(0, new Span(0, 0), new Span(0, 0), text, '"', 0, false).wordCount();
  }

  @Test
  void countsWordsAsTheSplitDid() {
    assertEquals(0, count(""));
    assertEquals(0, count(" \t\n"));
    assertEquals(1, count("  yes "));
    assertEquals(4, count("we will  not\tgo"));
    assertEquals(1, count("no\u00A0break")); // a no-break space is no \s
    assertEquals(2, count("\u2003em\u2003 space\u2003")); // an em space is stripped at the ends, kept inside
  }

  @Test
  void agreesWithTheSplitOnRandomText() {
    Random r = new Random(7);
    String alphabet = " \t\n\u000B\f\r\u2003\u00A0\u001C\u2028ab’-x";
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(12); i > 0; i--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = b.toString();
      assertEquals(oracle(t), count(t), () -> "for " + t.chars().mapToObj(Integer::toHexString).toList());
    }
  }
}
