package dev.sourcecheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact metadata and structure of the five seed articles (seeds/, a copy of ../shared/seeds). */
class SeedParsingTest {

  private static Article seed(String name) throws Exception {
    Path p = Path.of("seeds", name + ".txt");
    return TextArticleParser.parse(name, p.toString(), Decoder.decode(Files.readAllBytes(p)));
  }

  private static List<String> quotes(Article a) {
    return a.quotes().stream().map(Quote::text).toList();
  }

  private static List<Integer> quoteLines(Article a) {
    return a.quotes().stream().map(q -> a.index().line(q.span().start())).toList();
  }

  private static Paragraph paragraphOfLine(Article a, int line) {
    return a.paragraphs().stream().filter(p -> p.firstLine() <= line && line <= p.lastLine()).findFirst().orElseThrow();
  }

  private static List<String> sentencesOfLine(Article a, int line) {
    int p = paragraphOfLine(a, line).index();
    return a.sentences().stream().filter(s -> s.paragraph() == p).map(Sentence::text).toList();
  }

  private static List<String> metaKinds(Article a) {
    return a.metadata().fields().stream().map(f -> f.kind().name() + " " + a.textOf(f.span())).toList();
  }

  @Test
  void seed000HasAGluedDateAndNoHeadline() throws Exception {
    Article a = seed("000_8610674c83137c8e");
    assertEquals(LocalDate.of(2025, 12, 2), a.metadata().published());
    assertNull(a.metadata().title());
    assertNull(a.metadata().source());
    assertNull(a.metadata().dateline());
    assertEquals(List.of(), a.metadata().contributors());
    assertEquals(List.of("DATE_PREFIX date 2025-12-02"), metaKinds(a));
    assertEquals(18, a.paragraphs().size());
    assertEquals(List.of(Paragraph.Kind.BODY), a.paragraphs().stream().map(Paragraph::kind).distinct().toList());
    assertEquals("White House on Monday said it was \"very optimistic\" of a deal being reached to end the Russia-Ukraine"
        + " war, as US envoy Steve Witkoff heads to Moscow for talks with President Vladimir Putin.",
        a.sentences().get(0).text());
    assertEquals(17, a.sentences().get(0).span().start());
    assertEquals(List.of("very optimistic", "achieved significant progress", "Very optimistic",
        "I think the administration feels very optimistic,",
        "have been working so hard on this effort and they all really want to see this war come to an end.",
        "Just yesterday... they had very good talks with the Ukrainians in Florida and now of course Special Envoy"
            + " Witkoff is on his way to Russia.",
        "perceive anything it could consider as a reward for this war."), quotes(a));
    assertEquals(List.of(1, 7, 9, 9, 11, 13, 35), quoteLines(a));
    Quote standalone = a.quotes().get(5);
    assertEquals(paragraphOfLine(a, 13).span(), standalone.span());
    assertEquals('“', standalone.mark());
    assertEquals(List.of(standalone.span().of(a.text())), sentencesOfLine(a, 13));
    assertEquals('‘', a.quotes().get(2).mark());
  }

  @Test
  void seed001HasAHeadlineAndADeck() throws Exception {
    Article a = seed("001_eb7ec2117aa4ea2c");
    assertEquals("White House Says It Is ‘Very Optimistic’ as Envoy Heads to Moscow for Ukraine Peace Talks",
        a.metadata().title());
    assertNull(a.metadata().published());
    assertEquals(Paragraph.Kind.HEADLINE, paragraphOfLine(a, 1).kind());
    assertEquals(Paragraph.Kind.DECK, paragraphOfLine(a, 2).kind());
    for (int line = 3; line <= 9; line++) {
      assertEquals(Paragraph.Kind.BODY, paragraphOfLine(a, line).kind(), "line " + line);
    }
    assertEquals(9, a.paragraphs().size());
    assertEquals(List.of("Very Optimistic", "very optimistic", "very optimistic", "very good talks", "significant progress",
        "Act of Terror", "Hellhole"), quotes(a));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 6), quoteLines(a));
    assertEquals(List.of(
        "A previous U.S. proposal, initially presented in Geneva without Ukrainian input, reportedly called for Kyiv to"
            + " withdraw from parts of Donetsk and accept de facto Russian control over Crimea and separatist-held areas"
            + " in exchange for security arrangements short of full NATO membership.",
        "After sharp criticism from Kyiv and European capitals, Washington revised the framework, though details of the"
            + " updated plan have not been disclosed."), sentencesOfLine(a, 7));
  }

  @Test
  void seed002HasAHeadlineAStandfirstAndASourceFooter() throws Exception {
    Article a = seed("002_bfd24b94cb80acc5");
    assertEquals("US-Russia Peace Negotiations: Witkoff's Moscow Mission Brings Optimism for Ukraine Conflict Resolution",
        a.metadata().title());
    String url = "https://www.ndtv.com/world-news/us-sees-optimistic-chances-for-ukraine-deal-as-envoy-steve-witkoff-heads"
        + "-to-moscow-9733669";
    assertEquals(url, a.metadata().source());
    assertEquals(List.of("SOURCE Source: " + url), metaKinds(a));
    assertEquals(Paragraph.Kind.HEADLINE, paragraphOfLine(a, 1).kind());
    assertEquals(Paragraph.Kind.DECK, paragraphOfLine(a, 3).kind());
    assertEquals(Paragraph.Kind.BODY, paragraphOfLine(a, 5).kind());
    assertEquals(Paragraph.Kind.META, paragraphOfLine(a, 41).kind());
    assertEquals(2, sentencesOfLine(a, 3).size());
    assertEquals(List.of("Optimistic", "very optimistic", "I think the administration feels very optimistic.",
        "have been working diligently on this effort and they genuinely desire to see this war conclude.",
        "Just yesterday... they conducted very productive talks with the Ukrainians in Florida and now Special Envoy"
            + " Witkoff is en route to Russia.",
        "achieved significant progress", "perceive anything it could consider as a reward for this war."), quotes(a));
    assertEquals(List.of(5, 9, 11, 13, 15, 19, 37), quoteLines(a));
    assertEquals(paragraphOfLine(a, 15).span(), a.quotes().get(4).span());
  }

  @Test
  void seed003HasADatelineACreditAndAQuoteSpanningSentences() throws Exception {
    Article a = seed("003_17cfeafc6c3289a9");
    assertEquals("LONDON", a.metadata().dateline());
    assertEquals(List.of("Emily Chang", "Patrick Reevell"), a.metadata().contributors());
    assertNull(a.metadata().title());
    assertNull(a.metadata().published());
    assertEquals(List.of("DATELINE LONDON —",
        "CREDIT ABC News’ Emily Chang and Patrick Reevell contributed to this report."), metaKinds(a));
    assertEquals(Paragraph.Kind.BODY, paragraphOfLine(a, 1).kind());
    assertEquals(Paragraph.Kind.META, paragraphOfLine(a, 10).kind());
    assertEquals("The White House said it is “very optimistic” as special envoy Steve Witkoff headed to Moscow Tuesday"
        + " for a planned meeting with Russian President Vladimir Putin, part of U.S. efforts to end Russia’s war in"
        + " Ukraine.", a.sentences().get(0).text());
    assertEquals(List.of("“I think the administration feels very optimistic,” White House press secretary Karoline Leavitt"
        + " told reporters Monday after the Florida talks.",
        "“They had very good talks with the Ukrainians in Florida.",
        "And now, of course, Special Envoy Witkoff is on his way to Russia.”"), sentencesOfLine(a, 3));
    assertEquals(List.of("very optimistic", "I think the administration feels very optimistic,",
        "They had very good talks with the Ukrainians in Florida. And now, of course, Special Envoy Witkoff is on his"
            + " way to Russia.",
        "pointless.", "substantive and important — above all, focused on the steps that bring a just peace closer,",
        "tough issues", "two very productive days in the United States, we held many hours of meetings and negotiations",
        "put points on paper", "let the negotiators negotiate.", "quite good"), quotes(a));
    assertEquals(List.of(1, 3, 3, 5, 6, 7, 8, 9, 9, 9), quoteLines(a));
    assertEquals(List.of("The high-stakes meeting follows intensive discussions between senior U.S. and Ukrainian officials"
        + " aimed at revising a peace-plan proposal the Trump administration offered to Ukraine last month.",
        "Witkoff and other U.S. officials — including Jared Kushner and Secretary of State Marco Rubio — met Sunday in"
            + " Florida with a Ukrainian delegation to explore a deal both Kyiv and Moscow might accept."),
        sentencesOfLine(a, 2));
  }

  @Test
  void seed004HasAGluedDateAndNoHeadline() throws Exception {
    Article a = seed("004_8176a503ad0a7d7f");
    assertEquals(LocalDate.of(2025, 12, 1), a.metadata().published());
    assertNull(a.metadata().title());
    assertEquals(List.of("DATE_PREFIX date 2025-12-01"), metaKinds(a));
    assertEquals(List.of(Paragraph.Kind.BODY), a.paragraphs().stream().map(Paragraph::kind).distinct().toList());
    assertEquals("President Donald Trump’s special envoy, Steve Witkoff, is traveling to Russia on Monday as negotiations"
        + " accelerate over a possible agreement to end the war in Ukraine.", a.sentences().get(0).text());
    assertEquals(List.of("very constructive.", "difficult problems", "on day one,"), quotes(a));
    assertEquals(List.of(5, 13, 19), quoteLines(a));
    assertEquals(List.of("The White House continues to strike an optimistic tone.",
        "Speaking to reporters aboard Air Force One on Sunday, Trump said both sides want the war to end, despite"
            + " “difficult problems” that remain."), sentencesOfLine(a, 13));
  }

  @Test
  void everySeedKeepsTheInvariants() throws Exception {
    for (String name : List.of("000_8610674c83137c8e", "001_eb7ec2117aa4ea2c", "002_bfd24b94cb80acc5",
        "003_17cfeafc6c3289a9", "004_8176a503ad0a7d7f")) {
      RealTextParsingTest.check(name, seed(name));
      for (MetaField f : seed(name).metadata().fields()) {
        assertEquals(f.span().of(seed(name).text()).strip(), f.span().of(seed(name).text()), name + " " + f.kind());
      }
    }
  }
}
