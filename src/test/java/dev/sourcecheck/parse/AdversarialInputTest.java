package dev.sourcecheck.parse;

import org.junit.jupiter.api.Test;

/**
 * Inputs shaped to provoke regex backtracking or rescans (capitals and dashes like a dateline,
 * By-lines, credits, runs of unpartnered quote marks and abbreviations, tens of thousands of short
 * lines) parse into a well-formed article. How fast they parse is measured by the benchmark
 * (docs/benchmarks.md: a pass that rescans the text per line or per mark shows there as a collapse
 * of throughput), never asserted as a time here.
 */
class AdversarialInputTest {

  private static void assertWellFormed(String name, String unit, int times) {
    TextArticleParser.parse(name, name, unit.repeat(times));
    // the invariant check itself is not linear: check a twentieth of the input
    RealTextParsingTest.check(name, TextArticleParser.parse(name, name, unit.repeat(Math.max(1, times / 20))));
  }

  @Test
  void datelineShapedTextOnOneLine() {
    assertWellFormed("caps and dashes", "WASHINGTON, Dec 1 (Reuters NEW YORK - ", 30_000);
  }

  @Test
  void bylineAndCreditShapedLines() {
    assertWellFormed("by", "By Jane Doe and John Roe and Mary Major and ", 25_000);
    assertWellFormed("by lines", "By Jane Doe and John Roe, Reuters | CNN\n", 25_000);
    assertWellFormed("credits", "(Reporting by A B; Editing by C D) contributed to this report (", 15_000);
    assertWellFormed("plain credit lines", "He said. Reporting by Jane Doe\n", 30_000);
    assertWellFormed("bracketed credit lines", "He said. (Reporting by Jane Doe)\n", 30_000);
  }

  @Test
  void quoteMarksWithoutPartners() {
    assertWellFormed("singles", "'a ‘b “c \"d ", 100_000);
    assertWellFormed("straight singles before a double", "'xy ", 200_000);
  }

  @Test
  void abbreviationsAndTerminals() {
    assertWellFormed("dots", "U.S. A. b. ... No. Mr. “Why?” ", 40_000);
  }

  @Test
  void manyShortLinesAndParagraphs() {
    assertWellFormed("lines", "Hello there.\n", 80_000);
    assertWellFormed("lines ending in brackets", "Hello (there)\n", 80_000);
    assertWellFormed("paragraphs", "A\n\n", 80_000);
    assertWellFormed("wrapped", "The envoy travelled to Moscow on Monday for talks with the Russian leader\n", 20_000);
  }
}
