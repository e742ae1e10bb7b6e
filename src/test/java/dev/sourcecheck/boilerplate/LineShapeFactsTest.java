package dev.sourcecheck.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.TestRules;
import dev.sourcecheck.fact.FactExtractor;
import dev.sourcecheck.fact.GluedHeading;
import dev.sourcecheck.fact.LineFact;
import dev.sourcecheck.parse.TextArticleParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line shapes and glued headings that the boilerplate rules judge, as FactExtractor finds them. */
class LineShapeFactsTest {
  private static List<Object> facts(String text) {
    return FactExtractor.extract(TextArticleParser.parse("a", "a.txt", text), TestRules.ruleBase().matcher(),
        dev.sourcecheck.fact.FactWords.of(TestRules.ruleBase().rules().lexicons()));
  }

  private static LineFact line(List<Object> facts, int n) {
    return facts.stream().filter(f -> f instanceof LineFact l && l.line() == n).map(LineFact.class::cast)
        .findFirst().orElseThrow(() -> new AssertionError("no LineFact for line " + n));
  }

  private static List<String> headings(String text) {
    return facts(text).stream().filter(GluedHeading.class::isInstance).map(f -> ((GluedHeading) f).text()).toList();
  }

  @Test
  void capitalsNeedCapitalLettersNotJustAbsenceOfLowerCase() {
    List<Object> fs = facts("First paragraph here.\n\nSEAN SPICER ELIMINATED FROM THE SHOW\n\nمرحبا بالعالم اليوم\n\n12 34 56\n\nLast one.");
    assertEquals(true, line(fs, 3).allCaps());
    assertEquals(false, line(fs, 5).allCaps(), "Arabic has no letter case");
    assertEquals(false, line(fs, 7).allCaps(), "digits only");
  }

  @Test
  void titleCaseAndTerminalShapes() {
    List<Object> fs = facts("First paragraph here.\n\nUS Sees Chance Of Ukraine Deal As Envoy Heads To Moscow\n\nThe envoy heads to Moscow.\n\n“He said so.”");
    assertEquals(true, line(fs, 3).titleCase());
    assertEquals(false, line(fs, 3).terminal());
    assertEquals(false, line(fs, 5).titleCase());
    assertEquals(true, line(fs, 7).terminal(), "a full stop inside a closing quotation mark");
  }

  @Test
  void quotedHeadingGluedBeforeAQuotation() {
    assertEquals(List.of("‘Very optimistic’"),
        headings("Talks began.\n\n‘Very optimistic’ \"I think we are close,\" she said.\n\nEnd."));
  }

  @Test
  void nameHeadingGluedBeforeTheSameName() {
    assertEquals(List.of("US envoy Steve Witkoff criticised"),
        headings("Talks began.\n\nUS envoy Steve Witkoff criticised Witkoff has faced criticism for his travels.\n\nEnd."));
  }

  @Test
  void aRepeatedWordThatIsNotTheEndOfTheNameIsNoHeading() {
    assertEquals(List.of(),
        headings("Talks began.\n\nApple analyst Ming-Chi Kuo has previously predicted that Apple will ship it.\n\nEnd."));
  }

  @Test
  void anOpeningQuoteWithPunctuationIsNoHeading() {
    assertEquals(List.of(), headings("Talks began.\n\n\"Very optimistic,\" the spokeswoman said.\n\nEnd."));
  }
}
