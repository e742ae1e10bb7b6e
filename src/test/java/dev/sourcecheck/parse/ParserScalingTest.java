package dev.sourcecheck.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.article.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/**
 * The parser is on the hot path and must stay linear: a third of a megabyte of text shaped to provoke regex
 * backtracking or rescans (capitals and dashes like a dateline, By-lines, runs of quote marks and
 * abbreviations, one line or thousands) parses in well under the generous CPU-time bound here; a
 * quadratic pass would take minutes.
 */
class ParserScalingTest {

  private static final double BOUND_SECONDS = 5;

  private static void assertFast(String name, String text) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long start = mx.getCurrentThreadCpuTime();
    Article a = TextArticleParser.parse(name, name, text);
    double seconds = (mx.getCurrentThreadCpuTime() - start) / 1e9;
    assertTrue(seconds < BOUND_SECONDS, name + ": " + text.length() + " chars took " + seconds + " s of CPU");
    RealTextParsingTest.check(name, a);
  }

  @Test
  void datelineShapedTextOnOneLine() {
    assertFast("caps and dashes", "WASHINGTON, Dec 1 (Reuters NEW YORK - ".repeat(10_000));
  }

  @Test
  void bylineAndCreditShapedLines() {
    assertFast("by", "By Jane Doe and John Roe and Mary Major and ".repeat(8_000));
    assertFast("by lines", "By Jane Doe and John Roe, Reuters | CNN\n".repeat(8_000));
    assertFast("credits", "(Reporting by A B; Editing by C D) contributed to this report (".repeat(5_000));
  }

  @Test
  void quoteMarksWithoutPartners() {
    assertFast("singles", "'a ‘b “c \"d ".repeat(30_000));
    assertFast("straight singles before a double", "'xy ".repeat(60_000) + "\" y'");
  }

  @Test
  void abbreviationsAndTerminals() {
    assertFast("dots", "U.S. A. b. ... No. Mr. “Why?” ".repeat(12_000));
  }

  @Test
  void manyShortLinesAndParagraphs() {
    assertFast("lines", "Hello there.\n".repeat(25_000));
    assertFast("paragraphs", "A\n\n".repeat(25_000));
    assertFast("wrapped", ("The envoy travelled to Moscow on Monday for talks with the Russian leader\n").repeat(6_000));
  }
}
