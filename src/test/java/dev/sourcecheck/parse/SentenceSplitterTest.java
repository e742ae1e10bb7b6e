package dev.sourcecheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> split(String text) {
    return SentenceSplitter.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsAtFullStopQuestionAndExclamationBeforeACapital() {
    assertEquals(List.of("It rained.", "Why?", "Nobody knows!", "Then it stopped."),
        split("It rained. Why? Nobody knows! Then it stopped."));
  }

  @Test
  void spansExcludeTheWhiteSpaceBetweenSentences() {
    String text = "  One here.   Two there.  ";
    assertEquals(List.of(new Span(2, 11), new Span(14, 24)), SentenceSplitter.split(text, 0, text.length()));
  }

  @Test
  void titlesBeforeNamesDoNotEndSentences() {
    assertEquals(List.of("Mr. Smith met Mrs. Jones, Dr. Who, Gen. Lee, Sen. Warren, Gov. Hochul and St. Paul today."),
        split("Mr. Smith met Mrs. Jones, Dr. Who, Gen. Lee, Sen. Warren, Gov. Hochul and St. Paul today."));
  }

  @Test
  void dottedAbbreviationsRunOnUnlessAnOrdinarySentenceOpenerFollows() {
    assertEquals(List.of("U.S. officials met U.K. envoys at 10 a.m. Eastern time."),
        split("U.S. officials met U.K. envoys at 10 a.m. Eastern time."));
    assertEquals(List.of("The envoy flew back to the U.S.", "The talks resume Monday."),
        split("The envoy flew back to the U.S. The talks resume Monday."));
    assertEquals(List.of("They met at 9 p.m.", "It went well."), split("They met at 9 p.m. It went well."));
    assertEquals(List.of("U.N. Under Secretary General Angela Kane arrived."),
        split("U.N. Under Secretary General Angela Kane arrived."));
  }

  @Test
  void monthAbbreviationsAndNumberingRunOn() {
    assertEquals(List.of("It began on Jan. 5 and ended in Sept. 2024 at No. 10 Downing Street."),
        split("It began on Jan. 5 and ended in Sept. 2024 at No. 10 Downing Street."));
    assertEquals(List.of("He said no.", "Then he left."), split("He said no. Then he left."));
  }

  @Test
  void initialsDoNotEndSentences() {
    assertEquals(List.of("J.R.R. Tolkien admired John F. Kennedy."), split("J.R.R. Tolkien admired John F. Kennedy."));
  }

  @Test
  void decimalsDoNotEndSentences() {
    assertEquals(List.of("Growth was 3.5% and inflation 2.1 percent.", "Rates held."),
        split("Growth was 3.5% and inflation 2.1 percent. Rates held."));
  }

  @Test
  void anEllipsisBeforeALowerCaseWordRunsOnAndBeforeACapitalSplits() {
    assertEquals(List.of("“Just yesterday... they had very good talks.”"),
        split("“Just yesterday... they had very good talks.”"));
    assertEquals(List.of("He paused...", "And then he left."), split("He paused... And then he left."));
    assertEquals(List.of("He paused…", "And then he left."), split("He paused… And then he left."));
  }

  @Test
  void aQuotationThatEndsASentenceSplitsAfterTheClosingMark() {
    assertEquals(List.of("She said they were “very optimistic.”", "They left."),
        split("She said they were “very optimistic.” They left."));
    assertEquals(List.of("He called it \"pointless.\"", "Talks went on."),
        split("He called it \"pointless.\" Talks went on."));
  }

  @Test
  void aQuotedQuestionFollowedByItsSpeechTagDoesNotSplit() {
    assertEquals(List.of("“Why now?” she asked."), split("“Why now?” she asked."));
    assertEquals(List.of("“Why now?” Senator Jane Doe asked reporters."),
        split("“Why now?” Senator Jane Doe asked reporters."));
    assertEquals(List.of("“Why now?”", "The question hung in the air."),
        split("“Why now?” The question hung in the air."));
  }

  @Test
  void splitsOnlyInsideTheGivenRange() {
    String text = "Skip this. Keep one. Keep two. Skip that.";
    int from = text.indexOf("Keep one");
    int to = text.indexOf(" Skip that");
    assertEquals(List.of(new Span(from, from + 9), new Span(from + 10, to)), SentenceSplitter.split(text, from, to));
  }
}
