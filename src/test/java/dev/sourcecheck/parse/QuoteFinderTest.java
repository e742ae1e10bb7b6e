package dev.sourcecheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static List<QuoteFinder.Found> find(String text) {
    return QuoteFinder.find(text, 0, text.length());
  }

  private static List<String> inner(String text) {
    return find(text).stream().map(f -> f.inner().of(text)).toList();
  }

  @Test
  void straightDoubleQuotesSpanTheMarks() {
    String text = "He said the talks \"achieved significant progress\" on Sunday.";
    QuoteFinder.Found q = find(text).get(0);
    int open = text.indexOf('"');
    assertEquals(new Span(open, text.lastIndexOf('"') + 1), q.span());
    assertEquals(new Span(open + 1, text.lastIndexOf('"')), q.inner());
    assertEquals('"', q.mark());
    assertFalse(q.unclosed());
  }

  @Test
  void curlyDoubleQuotes() {
    assertEquals(List.of("very optimistic"), inner("The White House is “very optimistic” about it."));
  }

  @Test
  void singleCurlyQuotes() {
    assertEquals(List.of("Very Optimistic"), inner("White House Says It Is ‘Very Optimistic’ as Envoy Heads to Moscow"));
  }

  @Test
  void singleStraightQuotes() {
    assertEquals(List.of("Act of Terror", "Hellhole"),
        inner("Trump Labels Shooting 'Act of Terror' by Afghan 'Hellhole' Immigrant"));
  }

  @Test
  void guillemetsAndLowNineQuotes() {
    assertEquals(List.of("Nous sommes prêts"), inner("Il a dit «Nous sommes prêts» hier."));
    assertEquals(List.of("Wir schaffen das"), inner("Sie sagte „Wir schaffen das“ damals."));
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertEquals(List.of(), inner("Kyiv's allies don’t doubt the Ukrainians’ talks."));
    assertEquals(List.of(), inner("In the ’90s and the '80s, rock ’n’ roll and rock 'n' roll ruled."));
    assertEquals(List.of("hello"), inner("In the '90s the players' coach said \"hello\" to them."));
  }

  @Test
  void apostrophesInsideASingleQuoteDoNotCloseIt() {
    assertEquals(List.of("We don’t know yet,"), inner("‘We don’t know yet,’ he said."));
  }

  @Test
  void aQuoteMaySpanSentences() {
    String text = "Leavitt said. “They had very good talks. And now he is on his way.” The end.";
    assertEquals(List.of("They had very good talks. And now he is on his way."), inner(text));
  }

  @Test
  void nestedSingleQuotesAreNotReportedSeparately() {
    assertEquals(List.of("He told me ‘never again’ and left."), inner("She said, “He told me ‘never again’ and left.”"));
    assertEquals(List.of("He told me 'never' twice."), inner("She said, \"He told me 'never' twice.\""));
  }

  @Test
  void aQuoteOpenAtTheParagraphEndIsUnclosedAndEndsAtTheLastWord() {
    String text = "He said: “We will go on. We will win.  ";
    QuoteFinder.Found q = find(text).get(0);
    assertTrue(q.unclosed());
    assertEquals(new Span(text.indexOf('“'), text.indexOf("win.") + 4), q.span());
    assertEquals("We will go on. We will win.", q.inner().of(text));
  }

  @Test
  void anOpeningMarkInsideAnOpenQuoteStartsANewQuote() {
    String text = "Barazi said \"The policy will not change. \"This was not the first\" he added.";
    assertEquals(List.of("The policy will not change.", "This was not the first"), inner(text));
    assertTrue(find(text).get(0).unclosed());
    assertFalse(find(text).get(1).unclosed());
  }

  @Test
  void emptyQuotationsAreNone() {
    assertEquals(List.of(), inner("He wrote \"\" and then “ "));
    assertEquals(List.of("Oui", "non"), inner("‹Oui› et ‘non’ « »"));
  }

  @Test
  void scansOnlyTheGivenRange() {
    String text = "“Outside” and “inside” here.";
    int from = text.indexOf(" and");
    List<QuoteFinder.Found> found = QuoteFinder.find(text, from, text.length());
    assertEquals(1, found.size());
    assertEquals("inside", found.get(0).inner().of(text));
  }

  @Test
  void aLeftMarkTypedForARightOneCloses() {
    // politics: the tag after the wrongly typed mark stays outside the quotation
    assertEquals(List.of("It's unusual,", "a first step."),
        inner("“It's unusual,“ said Larry Noble, calling the ruling “a first step.”"));
    // courts and culture: mid-sentence scare quotes closed with a left mark
    assertEquals(List.of("expedited review", "Frozen"),
        inner("The judge ordered an “expedited review“ of the case and cited “Frozen“ in passing."));
    // sport: a question closed with a left mark before a space
    assertEquals(List.of("Who else?", "We'll see."),
        inner("“Who else?“ the coach asked. “We'll see.”"));
  }

  @Test
  void aLeftMarkBeforeAWordStillReopens() {
    // business: a run-on quotation reopened in the next (lost) paragraph is still two quotations
    List<QuoteFinder.Found> found = find("“Sales fell sharply.“Next year will be better,” the chief executive said.");
    assertEquals(2, found.size());
    assertTrue(found.get(0).unclosed());
    assertEquals("Next year will be better,", found.get(1).inner().of("“Sales fell sharply.“Next year will be better,” the chief executive said."));
  }

  @Test
  void twoStraightApostrophesAreOneDoubleMark() {
    // politics (a newspaper archive's form): the quotation and its nested single quotation
    String text = "''When I said, 'No boots on the ground,' I meant it,'' he said.";
    QuoteFinder.Found q = find(text).get(0);
    assertEquals(1, find(text).size());
    assertEquals(new Span(0, text.lastIndexOf("''") + 2), q.span());
    assertEquals("When I said, 'No boots on the ground,' I meant it,", q.inner().of(text));
    assertEquals('"', q.mark());
    // courts and sport: mid-sentence, and unclosed at the paragraph's end
    assertEquals(List.of("a travesty"), inner("The judge called the ruling ''a travesty'' on Monday."));
    List<QuoteFinder.Found> open = find("The coach said: ''We will win the league this year.");
    assertTrue(open.get(0).unclosed());
    assertEquals("We will win the league this year.", open.get(0).inner().of("The coach said: ''We will win the league this year."));
    // business: a possessive apostrophe before a single quotation is not a pair
    assertEquals(List.of(), inner("The investors' ' rights were cut."));
  }
}
