package dev.sourcecheck.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules' compiled-once regular expressions answer exactly as the {@code String} methods they replace. */
class RegexTest {
  private static final List<String> TEXTS = List.of("", "Photo: Jane Doe/Reuters", "Tel. +44 20 7946 0958 · Fax +44 20 7946 0959",
      "By: Jane Doe", "Updated 1:39 am EST", "12 comments", "Ünïcödé Straße — 3.4", "a\nb\nc", "555-201-3300 | 555-201-3301");
  private static final List<String> REGEXES = List.of("(?i)^(by|byline|authors?)\\s*:.*", "(?s).*\\d.*", "(?s).*\\p{L}.*",
      "(?is).*\\bfax\\b.*", "\\d{3,4}[ .-]\\d{3,4}", "[^\\p{L}\\p{N}]+", "^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}", "\\n", ".*");

  @Test
  void answersAsTheStringMethods() {
    for (String t : TEXTS) {
      for (String r : REGEXES) {
        assertEquals(t.matches(r), Regex.matches(t, r), t + " ~ " + r);
        assertArrayEquals(t.split(r, -1), Regex.split(t, r, -1), t + " / " + r);
        assertArrayEquals(t.split(r, 2), Regex.split(t, r, 2), t + " / " + r);
        assertEquals(t.replaceAll(r, " "), Regex.replaceAll(t, r, " "), t + " ~> " + r);
      }
    }
  }

  @Test
  void compilesEachPatternOnce() {
    assertSame(Regex.pattern("(?s).*\\d.*"), Regex.pattern("(?s).*\\d.*"));
  }
}
