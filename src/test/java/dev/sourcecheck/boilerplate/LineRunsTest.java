package dev.sourcecheck.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.TestRules;
import dev.sourcecheck.fact.FactExtractor;
import dev.sourcecheck.fact.HeadlineRun;
import dev.sourcecheck.fact.TeaserRun;
import dev.sourcecheck.parse.TextArticleParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runs of short lines that the teaser and trailing-headline rules judge, as LineRuns finds them. */
class LineRunsTest {
  private static List<Object> facts(String text) {
    return FactExtractor.extract(TextArticleParser.parse("a", "a.txt", text), TestRules.ruleBase().matcher(),
        dev.sourcecheck.fact.FactWords.of(TestRules.ruleBase().rules().lexicons()));
  }

  private static List<TeaserRun> pairs(String text) {
    return facts(text).stream().filter(TeaserRun.class::isInstance).map(TeaserRun.class::cast).toList();
  }

  private static List<HeadlineRun> headlines(String text) {
    return facts(text).stream().filter(HeadlineRun.class::isInstance).map(HeadlineRun.class::cast).toList();
  }

  private static final String BODY = "The court jailed the former director.\n\nThe judge said the fraud was deliberate.\n\n"
      + "He will appeal.\n\n";

  @Test
  void headlineAndSummaryPairsAfterTheLastParagraph() {
    List<TeaserRun> runs = pairs(BODY + "Bank fined over checks\n\nThe regulator said the lender ignored warnings.\n\n"
        + "Landlord must repay tenants\n\nA tribunal found the flats unfit.\n\nCharity chief steps down\n\nThe board thanked her.");
    assertEquals(List.of("3 pairs, headlines 4-4 words, summaries 4-7, 0 after, 3 before"),
        runs.stream().map(r -> r.pairs() + " pairs, headlines " + r.headMinWords() + "-" + r.headMaxWords()
            + " words, summaries " + r.summaryMinWords() + "-" + r.summaryMaxWords() + ", " + r.longestAfter()
            + " after, " + r.bodyBefore() + " before").toList());
  }

  @Test
  void theAlignmentWithMorePairsWins() {
    // "Join the league" could pair with the first headline; pairing each headline with its summary gives more pairs
    String text = BODY + "Join the league\n\nBank fined over checks\n\nThe regulator said so.\n\n"
        + "Landlord must repay\n\nA tribunal found the flats unfit.";
    List<TeaserRun> runs = pairs(text);
    assertEquals(List.of(2), runs.stream().map(TeaserRun::pairs).toList());
    assertEquals(text.indexOf("Bank fined"), runs.get(0).start());
    assertEquals(text.length(), runs.get(0).end());
  }

  @Test
  void addressesTableRowsAndRowsOfFiguresBreakARun() {
    assertEquals(List.of(), pairs(BODY + "Arsenal 2 Chelsea 1\n\nSaka 12, Havertz 78\n\nLeeds 3 Fulham 3\n\nBamford 3, 40, 71"));
    assertEquals(List.of(), pairs(BODY + "| Pos | Driver |\n\n| 1 | Kyle Busch |\n\n| 2 | Martin Truex |\n\n| 3 | Joey Logano |"));
  }

  @Test
  void headlineRunsCountBulletsAndTitleCaseAndTheProseAfter() {
    List<HeadlineRun> runs = headlines(BODY + "- Mars Mission Could Spot Life\n\n- Twin Telescopes Open\n\n"
        + "The observatory said the telescopes would open to visitors in the spring.");
    assertEquals(List.of("2 lines, 2 bulleted, 2 in Title Case, 12 words of prose after"),
        runs.stream().map(r -> r.lines() + " lines, " + r.bulleted() + " bulleted, " + r.titleCase()
            + " in Title Case, " + r.proseAfter() + " words of prose after").toList());
  }
}
