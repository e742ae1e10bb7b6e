package dev.sourcecheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.parse.TextArticleParser;
import org.junit.jupiter.api.Test;

/** The capitalised run around a capitalised lexicon word, and where there is none. */
class CapitalisedRunTest {
  private static String run(String text, String word) {
    Article a = TextArticleParser.parse("a", "a.txt", text);
    int at = a.text().indexOf(word);
    CapitalisedRun r = CapitalisedRun.around(a, at, at + word.length());
    return r == null ? null : r.text();
  }

  @Test
  void aCapitalisedWordBesideOtherCapitalisedWordsIsInARun() {
    assertEquals("CB Greedy Williams", run("The depth chart lists CB Greedy Williams at 99% of snaps.\n", "Greedy"));
    assertEquals("Remarkable Gallery", run("The show moves to the Remarkable Gallery in Bristol.\n", "Remarkable"));
    assertEquals("Historic England", run("The grant came from Historic England on Monday.\n", "Historic"));
    assertEquals("Greedy Williams", run("Greedy Williams made six tackles for the Browns.\n", "Greedy"));
  }

  @Test
  void aCapitalThatOnlyOpensTheSentenceOrAWordInCapitalsIsNoRun() {
    assertNull(run("Greedy landlords pushed rents up by a third.\n", "Greedy"));
    assertNull(run("The council said: Disastrous planning has cost the city.\n", "Disastrous"));
    assertNull(run("The hospital's botched switch left patients waiting.\n", "botched"));
    assertNull(run("The STUNNING Result Was A Surprise to the club.\n", "STUNNING"));
  }
}
