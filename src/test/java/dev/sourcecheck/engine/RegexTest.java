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

  /**
   * The pre-filters the boilerplate rules put before an expression are implied by it: a line the
   * expression matches always passes its filter (so the filter never drops a finding).
   */
  @Test
  void theRulesPreFiltersAreImpliedByTheirExpressions() {
    List<String> lines = List.of("Posted 18 Nov 2019 8:11 pm", "Tel. +44 20 7946 0958", "0113 243 2701 tel | 0113 243 2702 fax",
        "Copyright 2019 Reuters. All rights reserved.", "A firefighter at the scene. (Photo: Jane Doe/Reuters)",
        "Jane Doe, left, and John Roe, right, at the site", "The minister (left to right) spoke", "The race, via Getty Images",
        "on July 25, 2019. J. Scott Applewhite / AP file", "Updated 12:30 2019", "5 comments", "No digits here", "");
    for (String l : lines) {
      if (l.matches("(?s).*\\d.*")) {
        assertEquals(true, Regex.digits(l) > 0, l);
      } else {
        assertEquals(0, Regex.digits(l), l);
      }
      if (l.matches("(?s).*(?:\\+\\d{1,3}[ .-]?)?\\(?\\d{2,5}\\)?[ .-]\\d{3,4}[ .-]\\d{3,4}.*")) {
        assertEquals(true, Regex.digits(l) >= 8, l);
      }
      if (l.matches("(?is).*(?:19|20)\\d\\d.{0,60}\\ball rights reserved\\b.*") || l.matches("(?s).*\\b(?:19|20)\\d\\d\\b.*")) {
        assertEquals(true, Regex.digits(l) >= 4, l);
      }
    }
    assertEquals(3, Regex.digits("a1b2c3"));
    assertEquals(0, Regex.digits("\u0663\uff11")); // Arabic-Indic and full-width digits: not \\d without UNICODE_CHARACTER_CLASS
    assertEquals(false, "\u0663".matches("(?s).*\\d.*"));
  }

  @Test
  void compilesEachPatternOnce() {
    assertSame(Regex.pattern("(?s).*\\d.*"), Regex.pattern("(?s).*\\d.*"));
  }
}
