package dev.sourcecheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Line;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.article.Span;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticleParserTest {

  private static Article parse(String text) {
    return TextArticleParser.parse("a", "a.txt", text);
  }

  private static List<String> sentences(Article a) {
    return a.sentences().stream().map(Sentence::text).toList();
  }

  private static List<String> quotes(Article a) {
    return a.quotes().stream().map(Quote::text).toList();
  }

  private static List<Paragraph.Kind> kinds(Article a) {
    return a.paragraphs().stream().map(Paragraph::kind).toList();
  }

  private static MetaField field(Article a, MetaField.Kind kind) {
    return a.metadata().fields().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
  }

  private static String fieldText(Article a, MetaField.Kind kind) {
    return a.textOf(field(a, kind).span());
  }

  // --- encoding and line ends

  @Test
  void aByteOrderMarkIsNotPartOfTheTextAndOffsetsStartAfterIt() throws Exception {
    byte[] body = "The talks went well.\nThey ended.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Article withBom = parse(Decoder.decode(bytes));
    Article without = parse(Decoder.decode(body));
    assertEquals(new Span(0, 20), withBom.sentences().get(0).span());
    assertEquals(without.sentences(), withBom.sentences());
    assertEquals(1, withBom.index().column(0));
  }

  @Test
  void crlfKeepsCarriageReturnsInTheTextButOutOfEveryContentSpan() {
    String text = "Headline Of The Story Here\r\n\r\nLONDON — The talks began.\r\nShe said “yes.”\r\n\r\nThe end came.\r\n";
    Article a = parse(text);
    assertEquals(text, a.text());
    Line first = a.lines().get(0);
    assertEquals(new Span(0, 26), first.span());
    assertEquals(new Span(0, 26), first.content());
    assertEquals(new Span(28, 28), a.lines().get(1).span());
    assertTrue(a.lines().get(1).isBlank());
    Line third = a.lines().get(2);
    assertEquals(new Span(30, 55), third.span());
    for (Sentence s : a.sentences()) {
      assertFalse(s.text().contains("\r"), s.text());
    }
    for (Paragraph p : a.paragraphs()) {
      assertFalse(a.textOf(p.span()).contains("\r"), a.textOf(p.span()));
    }
    assertEquals(List.of("Headline Of The Story Here", "The talks began.", "She said “yes.”", "The end came."),
        sentences(a));
    assertEquals(Paragraph.Kind.HEADLINE, a.paragraphs().get(0).kind());
    int she = text.indexOf("She");
    assertEquals(4, a.index().line(she));
    assertEquals(1, a.index().column(she));
    assertEquals("LONDON", a.metadata().dateline());
    assertEquals(List.of("yes."), quotes(a));
  }

  @Test
  void noBreakSpacesAreTrimmedLikeSpaces() {
    Article a = parse("\u00A0The talks began.\u00A0\n\nThey ended.");
    assertEquals(List.of("The talks began.", "They ended."), sentences(a));
    assertEquals(new Span(1, 17), a.paragraphs().get(0).span());
  }

  // --- metadata

  @Test
  void aGluedDatePrefixIsMetadataAndTheFirstSentenceStartsAfterIt() {
    String text = " date 2025-12-02 White House on Monday said it was \"very optimistic\".\n\nSecond paragraph here.";
    Article a = parse(text);
    assertEquals(LocalDate.of(2025, 12, 2), a.metadata().published());
    MetaField date = field(a, MetaField.Kind.DATE_PREFIX);
    assertEquals(new Span(1, 16), date.span());
    assertEquals("2025-12-02", date.value());
    assertEquals("White House on Monday said it was \"very optimistic\".", a.sentences().get(0).text());
    assertEquals(17, a.sentences().get(0).span().start());
    assertEquals(17, a.paragraphs().get(0).span().start());
    assertEquals(Paragraph.Kind.BODY, a.paragraphs().get(0).kind());
  }

  @Test
  void otherGluedDateStampsAreReadToo() {
    assertEquals(LocalDate.of(2017, 4, 7), parse("Fri 07 Apr 2017 at 0914 Homs governor says deaths.").metadata().published());
    assertEquals(LocalDate.of(2016, 7, 5),
        parse("Date of publication 5 July 2016 The bomber was on a motorcycle.").metadata().published());
    assertEquals(LocalDate.of(2015, 7, 21), parse("Published July 21 2015 A young boy cries.").metadata().published());
    Article dotted = parse("05.10.2017(updated 1935 05.10.2017) Get short URL A mortar attack hit.");
    assertEquals(LocalDate.of(2017, 10, 5), dotted.metadata().published());
    assertEquals("Get short URL A mortar attack hit.", dotted.sentences().get(0).text());
    assertEquals(LocalDate.of(2016, 6, 2), parse("02-06-2016 Terrorist Bombing Claims 5.").metadata().published());
  }

  @Test
  void aSentenceOpeningWithANumberIsNotADateStamp() {
    Article a = parse("12 people were killed on 3 May.");
    assertNull(a.metadata().published());
    assertEquals(List.of("12 people were killed on 3 May."), sentences(a));
  }

  @Test
  void aHeaderBlockIsMetadata() {
    String text = "Title: Envoy Heads To Moscow\nPublished: December 1, 2025\nSource: Reuters\nBy: Jane Doe\n\n"
        + "The envoy left on Monday.\n\nHe will meet Putin.";
    Article a = parse(text);
    assertEquals("Envoy Heads To Moscow", a.metadata().title());
    assertEquals(LocalDate.of(2025, 12, 1), a.metadata().published());
    assertEquals("Reuters", a.metadata().source());
    assertEquals("Jane Doe", a.metadata().byline());
    assertEquals("Published: December 1, 2025", fieldText(a, MetaField.Kind.PUBLISHED));
    assertEquals(List.of(Paragraph.Kind.META, Paragraph.Kind.META, Paragraph.Kind.META, Paragraph.Kind.META,
        Paragraph.Kind.BODY, Paragraph.Kind.BODY), kinds(a));
    assertEquals(List.of("The envoy left on Monday.", "He will meet Putin."), sentences(a));
  }

  @Test
  void headerVariantsAreMetadata() {
    String text = "Headline: Envoy Heads To Moscow\nDate: 2025-12-01\nAuthor: Jane Doe\nURL: https://example.com/a\n\n"
        + "The envoy left on Monday.\n\nHe will meet Putin.";
    Article a = parse(text);
    assertEquals("Envoy Heads To Moscow", a.metadata().title());
    assertEquals(LocalDate.of(2025, 12, 1), a.metadata().published());
    assertEquals("Jane Doe", a.metadata().byline());
    assertEquals("https://example.com/a", a.metadata().source());
    assertEquals(List.of(MetaField.Kind.TITLE, MetaField.Kind.PUBLISHED, MetaField.Kind.BYLINE, MetaField.Kind.SOURCE),
        a.metadata().fields().stream().map(MetaField::kind).toList());
    assertEquals(List.of("The envoy left on Monday.", "He will meet Putin."), sentences(a));
  }

  @Test
  void aColonInProseIsNotAHeader() {
    Article a = parse("Source: a senior official who asked not to be named because the talks were private.\n\nMore text.");
    assertNull(a.metadata().source());
    assertEquals(Paragraph.Kind.BODY, a.paragraphs().get(0).kind());
  }

  @Test
  void aSourceFooterIsTheArticlesOrigin() {
    String text = "The talks went on.\n\nThey ended.\n\nSource: https://www.ndtv.com/world-news/story-123";
    Article a = parse(text);
    assertEquals("https://www.ndtv.com/world-news/story-123", a.metadata().source());
    assertEquals(Paragraph.Kind.META, a.paragraphs().get(2).kind());
    assertEquals("Source: https://www.ndtv.com/world-news/story-123", fieldText(a, MetaField.Kind.SOURCE));
    assertEquals(List.of("The talks went on.", "They ended."), sentences(a));
  }

  @Test
  void datelinesAreMetadataAndTheParagraphStartsAfterThem() {
    assertDateline("LONDON — The White House said it.", "LONDON", "LONDON —");
    assertDateline("GENEVA (Reuters) - Talks resumed.", "GENEVA (Reuters)", "GENEVA (Reuters) -");
    assertDateline("WASHINGTON, Dec 1 (Reuters) - Talks resumed.", "WASHINGTON, Dec 1 (Reuters)",
        "WASHINGTON, Dec 1 (Reuters) -");
    assertDateline("KYIV, Ukraine (AP) — Talks resumed.", "KYIV, Ukraine (AP)", "KYIV, Ukraine (AP) —");
    assertDateline("BUFFALO, N.Y. — Talks resumed.", "BUFFALO, N.Y.", "BUFFALO, N.Y. —");
    assertDateline("(Reuters) — Talks resumed.", "(Reuters)", "(Reuters) —");
    assertDateline("Washington (CNN) — Talks resumed.", "Washington (CNN)", "Washington (CNN) —");
    assertDateline("NEW DELHI: Talks resumed.", "NEW DELHI", "NEW DELHI:");
  }

  private static void assertDateline(String paragraph, String value, String span) {
    Article a = parse(paragraph + "\n\nSecond paragraph.");
    assertEquals(value, a.metadata().dateline(), paragraph);
    assertEquals(span, fieldText(a, MetaField.Kind.DATELINE));
    String rest = paragraph.substring(span.length()).strip();
    assertEquals(rest, a.sentences().get(0).text());
    assertEquals(a.text().indexOf(rest), a.paragraphs().get(0).span().start());
  }

  @Test
  void aDatelineStaysOnItsLineAndTheParagraphKeepsItsFirstLine() {
    // found by the fuzzer: a byline with a trailing comma over a dateline read as one dateline
    Article a = parse("Plant to close\n\nBy Zuth Okafor,\nHARLOW, April 9 (Harlow Echo) - The plant will close.\n\nMore.");
    assertEquals("HARLOW, April 9 (Harlow Echo)", a.metadata().dateline());
    Article b = parse("Plant to close\n\nHARLOW, April 9 (Harlow Echo) -\nThe plant will close.\n\nMore.");
    Paragraph p = b.paragraphs().stream().filter(x -> x.kind() == Paragraph.Kind.BODY).findFirst().orElseThrow();
    assertEquals("The plant will close.", p.span().of(b.text()));
    assertEquals(b.index().line(p.span().start()), p.firstLine());
    for (String br : List.of("\r", "\r\n")) { // a lone CR is a line break too (found by the fuzzer)
      Article c = parse("HARLOW, Feb. 26 - " + br + "Harlow's councillors voted.\n\nMore.");
      Paragraph q = c.paragraphs().stream().filter(x -> x.kind() == Paragraph.Kind.BODY).findFirst().orElseThrow();
      assertEquals(c.index().line(q.span().start()), q.firstLine(), "break " + br.length());
    }
  }

  @Test
  void acronymsAndOrdinaryWordsBeforeADashAreNotDatelines() {
    for (String first : List.of("NATO — the alliance — met today.", "US envoy — Witkoff — flew in.",
        "BREAKING: The talks collapsed.", "UN - The agency said so.", "The envoy — Witkoff — flew in.")) {
      Article a = parse(first + "\n\nSecond paragraph.");
      assertNull(a.metadata().dateline(), first);
      assertEquals(first, a.sentences().get(0).text());
      assertEquals(0, a.paragraphs().get(0).span().start());
    }
  }

  @Test
  void aContributedLineIsACreditWithoutOutletPossessives() {
    String text = "The talks went on.\n\nThey ended.\n\nABC News’ Emily Chang and Patrick Reevell contributed to this report.";
    Article a = parse(text);
    assertEquals(List.of("Emily Chang", "Patrick Reevell"), a.metadata().contributors());
    assertEquals(Paragraph.Kind.META, a.paragraphs().get(2).kind());
    assertEquals("Emily Chang, Patrick Reevell", field(a, MetaField.Kind.CREDIT).value());
    assertEquals(List.of("The talks went on.", "They ended."), sentences(a));
  }

  @Test
  void aCreditNamingTheOutletAndTheReportersRoleCreditsThePeople() {
    Article a = parse("Rain fell all week.\n\nSchools stay shut.\n\nAssociated Press writer Frances D'Emilio contributed to this report from Rome.");
    assertEquals(List.of("Frances D'Emilio"), a.metadata().contributors());
    assertEquals(Paragraph.Kind.META, a.paragraphs().get(2).kind());
    Article b = parse("The match was abandoned.\n\nAP sports writers Tim Dahlberg and Ann Smith contributed.");
    assertEquals(List.of("Tim Dahlberg", "Ann Smith"), b.metadata().contributors());
    Article c = parse("Shares fell.\n\nReuters correspondent Elif Kaya in Ankara contributed reporting.");
    assertEquals(List.of("Elif Kaya"), c.metadata().contributors());
  }

  @Test
  void reportingAndEditingCreditsNameEveryone() {
    Article a = parse("The talks went on.\n\n(Reporting by Will Dunham and Jane Roe; Editing by Tom Brown)");
    assertEquals(List.of("Will Dunham", "Jane Roe", "Tom Brown"), a.metadata().contributors());
    Article b = parse("The talks went on.\n\nAdditional reporting by Jane Roe in Kyiv.");
    assertEquals(List.of("Jane Roe"), b.metadata().contributors());
    Article c = parse("The talks went on.\n\nKeith Bradsher contributed reporting from Hong Kong.");
    assertEquals(List.of("Keith Bradsher"), c.metadata().contributors());
  }

  @Test
  void aCreditInBracketsAtTheEndOfAParagraphIsCutOff() {
    String text = "The talks went on.\n\nThey ended, he said. (Reporting by Will Dunham; Editing by Tom Brown)";
    Article a = parse(text);
    assertEquals(List.of("Will Dunham", "Tom Brown"), a.metadata().contributors());
    assertEquals("(Reporting by Will Dunham; Editing by Tom Brown)", fieldText(a, MetaField.Kind.CREDIT));
    assertEquals("They ended, he said.", a.textOf(a.paragraphs().get(1).span()));
    assertEquals(List.of("The talks went on.", "They ended, he said."), sentences(a));
  }

  @Test
  void anUnbracketedCreditAfterTheLastSentenceIsCutOff() {
    String text = "The talks went on. This is absolutely critical today. Additional reporting by Tom Miles; editing by"
        + " Jane Roe";
    Article a = parse(text);
    assertEquals(List.of("Tom Miles", "Jane Roe"), a.metadata().contributors());
    assertEquals("Additional reporting by Tom Miles; editing by Jane Roe", fieldText(a, MetaField.Kind.CREDIT));
    assertEquals(List.of("The talks went on.", "This is absolutely critical today."), sentences(a));
    Article prose = parse("The plan failed. Reporting by Reuters staff showed the plan failed.");
    assertEquals(List.of(), prose.metadata().contributors());
    assertEquals(2, prose.sentences().size());
  }

  @Test
  void aBylineNearTheTopIsMetadata() {
    Article a = parse("Envoy Heads To Moscow For Talks\n\nBy Jane Doe and John Roe, Reuters\n\nThe envoy left.\n\nHe landed.");
    assertEquals("Jane Doe and John Roe, Reuters", a.metadata().byline());
    assertEquals(List.of(Paragraph.Kind.HEADLINE, Paragraph.Kind.META, Paragraph.Kind.BODY, Paragraph.Kind.BODY),
        kinds(a));
    Article dated = parse("By Justine Coleman - 11/18/19 11:04 PM EST\n\nThe envoy left.\n\nHe landed.");
    assertEquals("Justine Coleman", dated.metadata().byline());
  }

  @Test
  void aNameWithAnOutletUnderTheHeadlineIsAByline() {
    Article a = parse("New SUVs highlight L.A. Auto Show\n\nTom Krisher, AP Auto Writer\n\nThe show opened.\n\nIt closed.");
    assertEquals("Tom Krisher, AP Auto Writer", a.metadata().byline());
    assertEquals(List.of(Paragraph.Kind.HEADLINE, Paragraph.Kind.META, Paragraph.Kind.BODY, Paragraph.Kind.BODY),
        kinds(a));
    assertEquals("Tom Davies Associated Press",
        parse("Headline Here For The Story\n\nTom Davies Associated Press\n\nText.\n\nMore.").metadata().byline());
    assertNull(parse("Headline Here For The Story\n\nJoe Biden Visits Detroit\n\nText.\n\nMore.").metadata().byline());
  }

  @Test
  void aSentenceStartingWithByIsNotAByline() {
    Article a = parse("By Monday, the talks had stalled\n\nThe envoy left.\n\nHe landed.\n\nMore.");
    assertNull(a.metadata().byline());
  }

  // --- headline, deck, paragraphs

  @Test
  void aShortUnpunctuatedFirstLineIsTheHeadlineAndASummaryLineAfterItTheDeck() {
    String text = "White House Says It Is ‘Very Optimistic’ as Envoy Heads to Moscow\n"
        + "White House declares “very optimistic” breakthrough as Witkoff heads to Putin.\n"
        + "The White House declared Monday that the administration is “very optimistic”.\n"
        + "Press Secretary Karoline Leavitt told reporters about it.\n";
    Article a = parse(text);
    assertEquals(List.of(Paragraph.Kind.HEADLINE, Paragraph.Kind.DECK, Paragraph.Kind.BODY, Paragraph.Kind.BODY),
        kinds(a));
    assertEquals("White House Says It Is ‘Very Optimistic’ as Envoy Heads to Moscow", a.metadata().title());
  }

  @Test
  void aNewsLedeAfterTheHeadlineIsNotADeck() {
    String text = "Home Depot sales miss, shares plunge\n\nThe retailer said on Tuesday it earned $2.8 billion.\n\n"
        + "Shares fell.\n\nAnalysts were surprised.";
    assertEquals(List.of(Paragraph.Kind.HEADLINE, Paragraph.Kind.BODY, Paragraph.Kind.BODY, Paragraph.Kind.BODY),
        kinds(parse(text)));
  }

  /** The bundled word lists with one list replaced by an empty one. */
  private static ParseWords without(String lexicon) throws Exception {
    java.util.Map<String, dev.sourcecheck.lexicon.Lexicon> lists =
        new java.util.HashMap<>(dev.sourcecheck.engine.RuleSet.bundled().lexicons());
    lists.put(lexicon, dev.sourcecheck.lexicon.Lexicon.parse(lexicon, ""));
    return ParseWords.of(lists);
  }

  @Test
  void theWordsThatMakeALedeNotADeckAreTheRuleSetsList() throws Exception {
    List<String> ledes = List.of(
        "Shares in the retailer slump after warning\n\nThe retailer said on Tuesday it lost $2.8 billion.\n\n",
        "City sack manager after cup exit\n\nThe club has let its manager go after five years.\n\n",
        "Jury convicts former mayor of bribery\n\nA jury on Friday found the former mayor guilty of bribery.\n\n");
    for (String head : ledes) {
      String text = head + "Shares fell.\n\nAnalysts were surprised.";
      assertEquals(Paragraph.Kind.BODY, kinds(parse(text)).get(1), text);
      assertEquals(Paragraph.Kind.DECK,
          kinds(TextArticleParser.parse("a", "a.txt", text, without("words-deck-not"))).get(1), text);
    }
  }

  @Test
  void theWordsThatOpenACaptionAreTheRuleSetsList() throws Exception {
    for (String first : List.of("Photo shows the new stadium at dusk", "File picture of the crown court building",
        "Image of the vaccine plant near Basel")) {
      String text = first + "\n\nHe landed.\n\nTalks began.\n\nMore.";
      assertEquals(Paragraph.Kind.BODY, kinds(parse(text)).get(0), text);
      assertEquals(Paragraph.Kind.HEADLINE,
          kinds(TextArticleParser.parse("a", "a.txt", text, without("words-caption-openers"))).get(0), text);
    }
  }

  @Test
  void anOrdinaryFirstParagraphIsNotAHeadline() {
    assertEquals(List.of(Paragraph.Kind.BODY, Paragraph.Kind.BODY, Paragraph.Kind.BODY),
        kinds(parse("The envoy left for Moscow on Monday.\n\nHe landed.\n\nTalks began.")));
    assertEquals(List.of(Paragraph.Kind.BODY, Paragraph.Kind.BODY, Paragraph.Kind.BODY),
        kinds(parse("LONDON — The envoy left for Moscow on Monday\n\nHe landed.\n\nTalks began.")));
    assertEquals(List.of(Paragraph.Kind.BODY, Paragraph.Kind.BODY, Paragraph.Kind.BODY),
        kinds(parse("This shop has been compensated by a brand. All opinions are mine #ad\n\nHe landed.\n\nTalks.")));
    assertEquals(List.of(Paragraph.Kind.BODY, Paragraph.Kind.BODY, Paragraph.Kind.BODY),
        kinds(parse("(Image: Getty Images)\n\nHe landed.\n\nTalks began.")));
    assertNull(parse("The envoy left for Moscow on Monday.\n\nHe landed.\n\nTalks began.").metadata().title());
  }

  @Test
  void blankLinesAndSingleLinesSeparateParagraphs() {
    Article a = parse("First paragraph here.\nSecond paragraph here.\n\n\nThird paragraph here.");
    assertEquals(3, a.paragraphs().size());
    assertEquals(List.of(1, 2, 5), a.paragraphs().stream().map(Paragraph::firstLine).toList());
  }

  @Test
  void hardWrappedLinesAreJoinedIntoOneParagraph() {
    String text = "The envoy travelled to Moscow on Monday for talks with the Russian\n"
        + "president, officials said, as negotiations on a peace plan entered a\n"
        + "new phase after a weekend of meetings in Florida with Ukrainians.\n"
        + "\n"
        + "The Kremlin confirmed the meeting. Officials on both sides expected\n"
        + "Long sessions over two days of closed-door talks at the Kremlin.\n";
    Article a = parse(text);
    assertEquals(2, a.paragraphs().size());
    assertEquals(1, a.paragraphs().get(0).firstLine());
    assertEquals(3, a.paragraphs().get(0).lastLine());
    assertEquals(5, a.paragraphs().get(1).firstLine());
    assertEquals(6, a.paragraphs().get(1).lastLine());
    assertEquals(3, a.sentences().size());
  }

  @Test
  void aLineBrokenMidSentenceJoinsTheNextInScrapedText() {
    Article a = parse("The envoy, who left on Monday,\nmet the president.\nThe talks went well.");
    assertEquals(2, a.paragraphs().size());
    assertEquals(List.of("The envoy, who left on Monday,\nmet the president.", "The talks went well."), sentences(a));
  }

  // --- quotations across paragraphs

  @Test
  void aQuoteLeftOpenContinuesInTheNextParagraphThatReopensIt() {
    String text = "“We will go on,” she said. “We will not stop.\n\n“We will win.”\n\nThe end.";
    Article a = parse(text);
    assertEquals(List.of("We will go on,", "We will not stop.", "We will win."), quotes(a));
    assertEquals(List.of(false, false, true), a.quotes().stream().map(Quote::continued).toList());
    assertEquals(List.of(0, 0, 1), a.quotes().stream().map(Quote::paragraph).toList());
    assertEquals(new Span(text.indexOf("“We will not"), text.indexOf("stop.") + 5), a.quotes().get(1).span());
  }

  @Test
  void aQuoteRunsOnAcrossAnAdvertisementMarkerButNotAcrossProse() {
    Article a = parse("She said: “We will not stop.\n\nAdvertisement\n\n“We will win.”\n\nThe end.");
    assertEquals(List.of(false, true), a.quotes().stream().map(Quote::continued).toList());
    Article b = parse("She said: “We will not stop.\n\nThe crowd cheered.\n\n“We will win.”\n\nThe end.");
    assertEquals(List.of(false, false), b.quotes().stream().map(Quote::continued).toList());
  }

  @Test
  void aStandaloneQuotedParagraphIsAQuote() {
    String text = "She said they \"have been working so hard.\"\n\n"
        + "\"Just yesterday... they had very good talks.\"\n\nThe end.";
    Article a = parse(text);
    Quote q = a.quotes().get(1);
    assertEquals("Just yesterday... they had very good talks.", q.text());
    assertEquals(a.paragraphs().get(1).span(), q.span());
    assertFalse(q.continued());
    assertEquals(List.of("She said they \"have been working so hard.\"",
        "\"Just yesterday... they had very good talks.\"", "The end."), sentences(a));
  }

  @Test
  void sentencesAndQuotesIndexTheirParagraph() {
    Article a = parse("One. Two “three.”\n\nFour “five.”");
    assertEquals(List.of(0, 0, 1), a.sentences().stream().map(Sentence::paragraph).toList());
    assertEquals(List.of(0, 1), a.quotes().stream().map(Quote::paragraph).toList());
    assertEquals(List.of(0, 1, 2), a.sentences().stream().map(Sentence::index).toList());
  }
}
