package dev.sourcecheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static List<String> words(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.word(i));
    }
    return out;
  }

  /** A word is given as written: its folded form only when that is how it is written. */
  @Test
  void aWordIsAsWrittenWhetherOrNotItsFoldedFormIsShared() {
    String text = "the Mayor’s well‐known plan isn’t news; İstanbul ǅemal ÉTÉ été 1,200 x.";
    Tokens t = Tokens.of(text);
    for (int i = 0; i < t.size(); i++) {
      assertEquals(text.substring(t.start(i), t.end(i)), t.word(i));
    }
    assertTrue(t.word(0) == t.folded(0), "a lower-case word is its folded form, not a copy");
  }

  @Test
  void joinsInnerApostrophesHyphensStopsAndThousandsCommas() {
    Tokens t = Tokens.of("The U.S. firm's well-known chief, O’Neill, laid off 1,200 staff; 3.4 million doses, 12,34 x.");
    assertEquals(List.of("The", "U.S", "firm's", "well-known", "chief", "O’Neill", "laid", "off", "1,200", "staff",
        "3.4", "million", "doses", "12", "34", "x"), words(t));
  }

  @Test
  void foldsCaseAndTypographyWithoutTheJvmLocale() {
    Tokens t = Tokens.of("İSTANBUL O’Neill‐Smith");
    assertEquals("o'neill-smith", t.folded(1));
    assertEquals("zelenskyy", Tokens.norm("Zelenskyy’s"));
    assertEquals("sao", Tokens.norm("São"));
  }

  @Test
  void marksShapes() {
    Tokens t = Tokens.of("NATO said Smith’s 1,200 x");
    assertTrue(t.is(0, Tokens.ALL_CAPS));
    assertTrue(t.capitalised(0));
    assertFalse(t.capitalised(1));
    assertTrue(t.is(2, Tokens.POSSESSIVE));
    assertTrue(t.is(3, Tokens.NUMBER));
    assertFalse(t.is(4, Tokens.NUMBER));
  }

  @Test
  void marksTheFirstWordOfEachSentence() {
    String s = "Rain fell. \"Stay home,\" she said. Then it stopped.";
    Tokens t = Tokens.of(s, new int[] {0, s.indexOf('"'), s.indexOf("Then")});
    assertTrue(t.sentenceStart(0));
    assertFalse(t.sentenceStart(1));
    assertTrue(t.sentenceStart(2)); // "Stay", the first word after the opening mark
    assertTrue(t.sentenceStart(t.at(s.indexOf("Then"))));
    assertFalse(t.sentenceStart(t.at(s.indexOf("she"))));
  }

  @Test
  void findsWordsByOffset() {
    String s = "Ann met Bob, then Cy.";
    Tokens t = Tokens.of(s);
    assertEquals(2, t.at(s.indexOf("Bob") + 1));
    assertEquals(-1, t.at(s.indexOf(',')));
    assertEquals(3, t.from(s.indexOf(',')));
    assertEquals(List.of("met", "Bob"), t.in(s.indexOf("met"), s.indexOf(',')).stream().map(Token::word).toList());
    assertEquals(", ", t.gapBefore(3));
    assertEquals(0, t.in(5, 5).size());
  }

  @Test
  void isLinearOnALongText() {
    String s = "word ".repeat(200_000);
    Tokens t = Tokens.of(s);
    assertEquals(200_000, t.size());
    assertEquals(199_999, t.at(s.length() - 3));
  }
}
