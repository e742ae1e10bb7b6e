package dev.sourcecheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.text.Tokens;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scanners of the attribution facts read their words from the lexicons. */
class AttributionHandScannersTest {
  private static LexiconMatcher matcher;

  @BeforeAll
  static void lexicons() throws Exception {
    matcher = new LexiconMatcher(RuleSet.load(Path.of("rules")).lexicons().values());
  }

  private static WordTags tags(String text) {
    return new WordTags(matcher.find(Tokens.of(text)));
  }

  private static boolean english(String text) {
    return AttributionFacts.english(Tokens.of(text).size(), tags(text));
  }

  @Test
  void englishProseIsEnglishAndOtherLanguagesAreNot() {
    assertTrue(english("The council said on Monday that the budget for the new hospital would be cut, and the"
        + " mayor told reporters he was not happy with it at all."));
    assertFalse(english("Le conseil municipal a annoncé lundi que le budget du nouvel hôpital serait réduit, et le"
        + " maire a déclaré aux journalistes qu'il n'était pas satisfait."));
    assertTrue(english("Too short to tell."), "fewer than 20 words are not judged");
  }

  @Test
  void contentWordsLeaveOutFunctionWordsVerbsOfSayingAndSourceHeads() {
    String s = "Officials said the hospital budget would be cut according to reports on Monday.";
    assertEquals(Set.of("hospital", "budget"), ClaimFacts.contentWords(s, 0, s.length(), tags(s)));
  }

  @Test
  void theReportedClauseEndsAtACommaBeforeASubordinatingWord() {
    String s = "Smith said the plan was dead, while Jones disagreed.";
    int from = s.indexOf(" the");
    assertEquals(s.indexOf(", while"), AttributionFacts.clauseEnd(s, tags(s), from, s.length()));
  }
}
