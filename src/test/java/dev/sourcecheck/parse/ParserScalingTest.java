package dev.sourcecheck.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/**
 * The parser is on the hot path and must stay linear: about a megabyte of text shaped to provoke
 * regex backtracking or rescans (capitals and dashes like a dateline, By-lines, credits, runs of
 * quote marks and abbreviations, tens of thousands of short lines) parses in well under the CPU
 * bound here (linear parsing takes about 0.1 s); a pass that rescans the text per line or per mark
 * takes tens of seconds. A twentieth of each input is also checked for the parse invariants.
 */
class ParserScalingTest {

  private static final double BOUND_SECONDS = 3;

  private static void assertFast(String name, String unit, int times) {
    String text = unit.repeat(times);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long start = mx.getCurrentThreadCpuTime();
    TextArticleParser.parse(name, name, text);
    double seconds = (mx.getCurrentThreadCpuTime() - start) / 1e9;
    assertTrue(seconds < BOUND_SECONDS, () -> name + ": " + text.length() + " chars took " + seconds + " s of CPU");
    RealTextParsingTest.check(name, TextArticleParser.parse(name, name, unit.repeat(Math.max(1, times / 20))));
  }

  @Test
  void datelineShapedTextOnOneLine() {
    assertFast("caps and dashes", "WASHINGTON, Dec 1 (Reuters NEW YORK - ", 30_000);
  }

  @Test
  void bylineAndCreditShapedLines() {
    assertFast("by", "By Jane Doe and John Roe and Mary Major and ", 25_000);
    assertFast("by lines", "By Jane Doe and John Roe, Reuters | CNN\n", 25_000);
    assertFast("credits", "(Reporting by A B; Editing by C D) contributed to this report (", 15_000);
    assertFast("plain credit lines", "He said. Reporting by Jane Doe\n", 30_000);
    assertFast("bracketed credit lines", "He said. (Reporting by Jane Doe)\n", 30_000);
  }

  @Test
  void quoteMarksWithoutPartners() {
    assertFast("singles", "'a ‘b “c \"d ", 100_000);
    assertFast("straight singles before a double", "'xy ", 200_000);
  }

  @Test
  void abbreviationsAndTerminals() {
    assertFast("dots", "U.S. A. b. ... No. Mr. “Why?” ", 40_000);
  }

  @Test
  void manyShortLinesAndParagraphs() {
    assertFast("lines", "Hello there.\n", 80_000);
    assertFast("lines ending in brackets", "Hello (there)\n", 80_000);
    assertFast("paragraphs", "A\n\n", 80_000);
    assertFast("wrapped", "The envoy travelled to Moscow on Monday for talks with the Russian leader\n", 20_000);
  }
}
