package dev.sourcecheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "According to" an article and a run of capitals names a title, an outlet's or a body's: a named source. */
class AccordingToTitleTest {
  private static LexiconMatcher matcher;
  private static FactWords words;

  @BeforeAll
  static void lexicons() throws Exception {
    matcher = new LexiconMatcher(RuleSet.load(Path.of("rules")).lexicons().values());
    words = FactWords.of(RuleSet.load(Path.of("rules")).lexicons());
  }

  /** "kind source" of each "according to" statement, in text order. */
  private static List<String> sources(String text) {
    Article a = TextArticleParser.parse("a", "a.txt", text);
    return AttributionFacts.extract(a, matcher, words).stream().filter(StatementFact.class::isInstance)
        .map(StatementFact.class::cast).filter(s -> s.cue().equals("according to"))
        .map(s -> s.kind() + " " + s.source()).toList();
  }

  @Test
  void anArticleAndARunOfCapitalsAfterAccordingToIsAnOrganisation() {
    assertEquals(List.of("org The Hollywood Reporter", "org the Daily Record", "org the Yorkshire Evening Post"),
        sources("Both actors were said to have run into contractual issues, according to The Hollywood Reporter.\n\n"
            + "The striker is said to be unhappy with his contract, according to the Daily Record.\n\n"
            + "The council is thought to be weighing a sale of the depot, according to the Yorkshire Evening Post.\n"));
  }
}
