package dev.sourcecheck.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.parse.InputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  @Test
  void metadataComesFromJsonLdFirst() throws InputException {
    PageMetadata m = Pages.read(Pages.NEWS).metadata();
    assertEquals(new PageMetadata("Council approves budget after long debate", LocalDate.of(2024, 3, 12),
        "Jane Doe and John Roe", "The Courier", "https://courier.example/news/budget"), m);
  }

  @Test
  void withoutJsonLdMetaTagsThenThePageItselfGiveTheMetadata() throws InputException {
    String html = """
        <html><head><title>Judge jails fraudster - Evening Post</title>
        <meta property="og:site_name" content="Evening Post"></head><body>
        <article><h1>Judge jails fraudster</h1>
        <p class="byline">By <a rel="author" href="/staff/roe">John Roe</a></p>
        <time datetime="2023-11-02T09:00:00Z">2 November 2023</time>
        <p>A judge jailed the former accountant for four years on Tuesday for stealing from a charity he worked for, the court heard.</p>
        <p>The defence had asked for a suspended sentence, but the judge said the thefts had been planned over many months.</p>
        </article></body></html>
        """;
    PageMetadata m = Pages.read(html).metadata();
    assertEquals("Judge jails fraudster", m.title());
    assertEquals(LocalDate.of(2023, 11, 2), m.published());
    assertEquals("John Roe", m.byline());
    assertEquals("Evening Post", m.source());
    assertNull(m.url());
  }

  @Test
  void theSiteSuffixOfATitleIsCut() {
    assertEquals("Council approves budget", MetadataReader.stripSite("Council approves budget | The Courier", "The Courier"));
    assertEquals("Council approves the new budget", MetadataReader.stripSite("Council approves the new budget - Courier", null));
    assertEquals("Brexit - what happens next", MetadataReader.stripSite("Brexit - what happens next", null));
  }

  @Test
  void sloppyOrBrokenJsonLdIsReadOrIgnored() throws InputException {
    String html = """
        <html><head>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm closes schools", // a comment
          "datePublished": "2022-01-05",}</script>
        <script type="application/ld+json">{ this is not json </script>
        </head><body><article>
        <p>Schools across the county closed on Wednesday as a storm brought winds of up to ninety miles an hour to the coast.</p>
        <p>The council said that most schools would open again on Thursday, once the roads had been checked for fallen trees.</p>
        </article></body></html>
        """;
    PageMetadata m = Pages.read(html).metadata();
    assertEquals("Storm closes schools", m.title());
    assertEquals(LocalDate.of(2022, 1, 5), m.published());
  }

  @Test
  void mainTextKeepsParagraphsSubheadingsQuotesAndListItemsAsLines() throws InputException {
    Page p = Pages.read(Pages.NEWS);
    List<String> main = p.lines().stream().filter(PageLine::main).map(PageLine::text).toList();
    assertEquals(List.of(
        "The city council approved the budget on Monday after a debate that lasted more than six hours, with nine votes for and two against.",
        "The mayor said the vote showed that the council could agree on spending, and that the new plan would protect the libraries.",
        "What changes",
        "Bus fares rise by five per cent from April, while the council tax stays the same for a second year, the budget papers show.",
        "We listened to residents and we kept the libraries open.",
        "Libraries stay open on Sundays",
        "Two new bus routes in the east of the city",
        "The opposition said it would review the plan next year, and called the bus fare rise unfair to the poorest residents."),
        main);
    assertEquals(String.join("\n\n", main), p.mainText());
    List<PageLine.Kind> kinds = p.lines().stream().filter(PageLine::main).map(PageLine::kind).toList();
    assertEquals(List.of(PageLine.Kind.PARAGRAPH, PageLine.Kind.PARAGRAPH, PageLine.Kind.HEADING, PageLine.Kind.PARAGRAPH,
        PageLine.Kind.QUOTE, PageLine.Kind.ITEM, PageLine.Kind.ITEM, PageLine.Kind.PARAGRAPH), kinds);
  }

  @Test
  void whatIsLeftOutStandsWhereItSatWithItsDomSignals() throws InputException {
    Page p = Pages.read(Pages.NEWS);
    List<String> out = p.lines().stream().filter(l -> !l.main())
        .map(l -> l.hint() + "/" + l.where() + ": " + l.text()).toList();
    assertEquals(List.of(
        "navigation/before: Home News Sport",
        "byline/before: By Jane Doe and John Roe",
        "share/before: Share on Facebook Share on X",
        "caption/inside: Councillors voting on Monday. Photo: Jane Doe",
        "ad/inside: Advertisement",
        "related/after: Related | Mayor opens new library Bus routes to change",
        "footer/after: © 2024 The Courier. All rights reserved."), out);
    PageLine nav = p.lines().get(0);
    assertEquals("header", nav.tag()); // the region: the highest element around it that holds no main text
    assertEquals(3, nav.links());
    assertEquals(13 / 15.0, nav.linkDensity(), 0.01); // the spaces between the links are not link text
  }

  @Test
  void linesKnowTheirLineInThePageSource() throws InputException {
    Page p = Pages.read(Pages.NEWS);
    PageLine first = p.lines().stream().filter(PageLine::main).findFirst().orElseThrow();
    String[] source = Pages.NEWS.split("\n", -1);
    assertTrue(source[first.inputLine() - 1].contains("The city council approved the budget"),
        "line " + first.inputLine() + ": " + source[first.inputLine() - 1]);
  }

  @Test
  void aPageWhoseMarkupHidesTheTextFallsBackToTheJsonLdBody() throws InputException {
    String html = """
        <html><head><script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Rates held",
         "articleBody": "The central bank held rates on Thursday.\\nIt said inflation was falling."}
        </script></head><body><div id="app"></div><noscript>Enable JavaScript</noscript></body></html>
        """;
    Page p = Pages.read(html);
    assertEquals("The central bank held rates on Thursday.\n\nIt said inflation was falling.", p.mainText());
  }

  @Test
  void longLeftOutBlocksBecomeCompactLines() {
    String longText = "word ".repeat(100).strip();
    String c = LeftOutLines.clip(longText);
    assertTrue(c.length() <= LeftOutLines.MAX_CHARS + 1, c);
    assertTrue(c.endsWith("…"));
    assertFalse(c.contains("\n"));
  }
}
