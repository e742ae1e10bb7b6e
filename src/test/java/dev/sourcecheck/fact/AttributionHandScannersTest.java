package dev.sourcecheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.parse.TextArticleParser;
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
    Article a = TextArticleParser.parse("a", "a.txt", text);
    return AttributionFacts.english(a, Tokens.of(text), tags(text));
  }

  @Test
  void englishProseIsEnglishAndOtherLanguagesAreNot() {
    assertTrue(english("The council said on Monday that the budget for the new hospital would be cut, and the"
        + " mayor told reporters he was not happy with it at all. The hospital board will meet again in May to"
        + " decide which wards close first, a spokeswoman for the board said."));
    assertFalse(english("Le conseil municipal a annoncé lundi que le budget du nouvel hôpital serait réduit, et le"
        + " maire a déclaré aux journalistes qu'il n'était pas satisfait. Le conseil d'administration de"
        + " l'hôpital se réunira en mai pour décider quels services fermeront, a indiqué une porte-parole."));
    assertTrue(english("Too short to tell."), "a few words are not judged");
  }

  @Test
  void headerLinesAreNotProseWhenTheLanguageIsJudged() {
    assertTrue(english("Published: 2025-05-02\nBy: Ann Lee\nSource: https://sport.example/b\n\n"
        + "The keeper reportedly left. Coach Mia Lund said she was sad. Captain Joe Barr said he agreed.\n"));
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
    assertEquals(s.indexOf(", while"), AttributionFactsSpans.clauseEnd(s, tags(s), from, s.length()));
  }
}
