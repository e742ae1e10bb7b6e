package dev.sourcecheck.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.TestRules;
import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Metadata;
import dev.sourcecheck.attribution.AttributionModel;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.parse.TextArticleParser;
import dev.sourcecheck.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The framing facts as FramingFacts finds them: headlines, their claims, body evidence, quoted phrases. */
class FramingFactsTest {
  private static RuleBase rules;

  @BeforeAll
  static void load() {
    rules = TestRules.ruleBase();
  }

  private static List<Object> facts(Article a) {
    Tokens words = AttributionModel.words(a);
    return FramingFacts.find(a, words, rules.matcher().find(words), rules.matcher(), rules.rules().lexicons());
  }

  private static List<Object> facts(String text) {
    return facts(TextArticleParser.parse("a", "a.txt", text));
  }

  private static <T> List<T> of(List<Object> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static HeadlineClaim claim(List<Object> facts, String term) {
    return of(facts, HeadlineClaim.class).stream().filter(c -> c.term().equals(term)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + term + " in " + of(facts, HeadlineClaim.class)));
  }

  @Test
  void aTitleHeaderIsAHeadlineAtItsValue() {
    String text = "Title: Minister resigns over leaked memo\n\nThe minister offered to resign.\n\nMore.\n\nEnd.\n";
    HeadlineFact h = of(facts(text), HeadlineFact.class).get(0);
    assertEquals("title", h.source());
    assertEquals("Minister resigns over leaked memo", text.substring(h.start(), h.end()));
  }

  @Test
  void aFirstLineAndTheLineAfterItsSemicolonAreHeadlineAndDeck() {
    List<HeadlineFact> hs = of(facts("Council delays vote on calendar; \nParents asked to comment.\n\n"
        + "The council postponed the vote on Tuesday.\n\nTeachers support it.\n\nThe board meets again.\n"),
        HeadlineFact.class);
    assertEquals(List.of("HEADLINE", "DECK"), hs.stream().map(HeadlineFact::kind).toList());
    assertEquals("first-line", hs.get(1).source());
    assertEquals("Parents asked to comment.", hs.get(1).text());
  }

  @Test
  void aFirstLineThatReadsLikeALedeIsNoHeadline() {
    assertTrue(of(facts("The council approved a contract on Monday, a spokeswoman said.\n\nIt runs for seven years."
        + "\n\nCollections move in January.\n"), HeadlineFact.class).isEmpty(), "a weekday and 'said'");
    assertTrue(of(facts("The mayor's plan to close two libraries has come under fire in recent weeks.\n\n"
        + "The budget goes to a vote.\n\nA councillor opposes it.\n"), HeadlineFact.class).isEmpty(),
        "a long line with an article and an auxiliary, ending in a full stop");
  }

  @Test
  void aTitleOnlyInTheMetadataIsCheckedAtTheArticle() {
    Article parsed = TextArticleParser.parse("a", "a.txt", "The minister offered to resign on Tuesday.\n\n"
        + "The prime minister refused.\n\nAn inquiry was demanded.\n");
    Metadata m = parsed.metadata();
    Article withTitle = new Article("a", "a.txt", parsed.text(), new Metadata("Minister resigns", m.published(),
        m.source(), m.byline(), m.dateline(), m.contributors(), m.fields()), parsed.lines(), parsed.paragraphs(),
        parsed.sentences(), parsed.quotes(), parsed.index());
    List<Object> fs = facts(withTitle);
    HeadlineClaim c = claim(fs, "resigns");
    assertEquals(0, c.start());
    assertEquals(0, c.end());
    ClaimEvidence e = of(fs, ClaimEvidence.class).get(0);
    assertEquals("resign", e.term());
    assertTrue(e.irrealis(), "offered to resign");
  }

  @Test
  void modalityIsReadBeforeTheOutcomeWord() {
    List<Object> fs = facts("Title: Airline to close Cork base\n\nSkyline is expected to close its base in Cork, "
        + "according to two people.\n\nIt would not comment.\n\nAbout 120 staff work there.\n");
    HeadlineClaim c = claim(fs, "close");
    assertTrue(c.future(), "'to close' in a headline");
    ClaimEvidence e = of(fs, ClaimEvidence.class).get(0);
    assertTrue(e.hedged(), "is expected to");
    assertFalse(e.negated());
  }

  @Test
  void nounsAndIdiomsStateNoOutcome() {
    assertTrue(of(facts("Title: New emails raise queries over the charity's ties\n\nText.\n\nMore.\n\nEnd.\n"),
        HeadlineClaim.class).isEmpty(), "a possessive before 'ties'");
    assertTrue(of(facts("Title: Christie doubles down on outreach\n\nText.\n\nMore.\n\nEnd.\n"),
        HeadlineClaim.class).isEmpty(), "'doubles down' is an idiom");
    assertTrue(of(facts("Title: Mayor slams operator over cancelled routes\n\nText.\n\nMore.\n\nEnd.\n"),
        HeadlineClaim.class).stream().noneMatch(c -> c.term().equals("cancelled")), "an adjective after 'over'");
    assertTrue(of(facts("Title: Triple suicide attack hits market\n\nText.\n\nMore.\n\nEnd.\n"),
        HeadlineClaim.class).stream().noneMatch(c -> c.term().equals("Triple")), "a base form before a noun");
  }

  @Test
  void figuresAreComparedInTheEvidenceSentence() {
    List<Object> fs = facts("Title: Acme profits double\n\nAcme said its profit rose 40% to $28 million.\n\n"
        + "Sales were strong.\n\nThe shares rose.\n");
    HeadlineClaim c = claim(fs, "double");
    assertEquals(2, c.figures(), "x2, and +100%");
    ClaimEvidence e = of(fs, ClaimEvidence.class).get(0);
    assertEquals(0.4, e.figureRatio(), 1e-9, "40% against +100%");
    assertEquals("40%", e.figure());
    List<Object> words = facts("Title: Air strikes kill 23 civilians\n\nTwenty-three civilians were killed in air "
        + "strikes.\n\nA monitor said so.\n\nMore.\n");
    assertEquals(1.0, of(words, ClaimEvidence.class).get(0).figureRatio(), 1e-9, "a hyphenated number word");
  }

  @Test
  void boundsAndAgesQualifyTheHeadlineFigure() {
    assertEquals("min", claim(facts("Title: Over 20 fighters killed in raids\n\nText.\n\nMore.\n\nEnd.\n"), "killed")
        .figureBound());
    assertEquals(0, claim(facts("Title: Singer dies at 92\n\nText.\n\nMore.\n\nEnd.\n"), "dies").figures(),
        "an age is not the outcome's figure");
  }

  @Test
  void aContraryOutcomeIsEvidenceMarkedAsContrast() {
    List<Object> fs = facts("Title: Council scraps tram plan\n\nThe council paused its tram plan on Monday.\n\n"
        + "A review follows.\n\nWork has stopped.\n");
    ClaimEvidence e = of(fs, ClaimEvidence.class).get(0);
    assertTrue(e.contrast());
    assertEquals("paused", e.term());
    assertTrue(e.subjectShared() > 0 && e.objectShared() > 0);
  }

  @Test
  void quotedPhraseShapes() {
    List<QuotedPhrase> qs = of(facts("First line of text here and more words.\n\n<tweet author=\"someone\">x</tweet>\n\n"
        + "Terms such as \"refund\", \"delay\" and \"compensation\" rose.\n\n"
        + "The film \"Big Night Out\" opened.\n\n\"We will never accept the so-called reform plan,\" she said. "
        + "Critics mocked the \"reform plan\".\n"), QuotedPhrase.class);
    assertEquals("=", qs.get(0).before(), "markup");
    assertTrue(qs.get(1).listed() && qs.get(2).listed() && qs.get(3).listed(), "a list of terms");
    assertTrue(qs.get(4).titleCase(), "a title");
    assertFalse(qs.get(5).echo(), "the longer quotation itself");
    assertTrue(qs.get(6).echo(), "repeats words of a longer quotation");
  }

  @Test
  void aQuotationAfterAPossessivesNounOfSayingIsOwned() {
    List<QuotedPhrase> qs = of(facts("The striker's claim that the referee was \"biased\" was rejected.\n\n"
        + "Sanders' clarion call for a \"revolution\" drew crowds.\n\n"
        + "By her own admission the plan was a \"mistake\".\n\n"
        + "The government's \"peace plan\" was never published.\n\n"
        + "The claim was made in May; the \"reform\" came later.\n"), QuotedPhrase.class);
    assertTrue(qs.get(0).owned(), "a name's claim that");
    assertTrue(qs.get(1).owned(), "a possessive without s, a modifier between");
    assertTrue(qs.get(2).owned(), "a possessive determiner");
    assertFalse(qs.get(3).owned(), "a possessive that owns the quoted words themselves");
    assertFalse(qs.get(4).owned(), "no possessive, and a clause break");
  }

  @Test
  void clauseBreaksAtSemicolonsDashesAndOpeners() {
    List<ClauseBreak> bs = of(facts("Russia argues that the army poses a threat, while Ukraine insists it must "
        + "defend itself; talks go on — for now.\n"), ClauseBreak.class);
    assertEquals(3, bs.size(), bs.toString());
  }
}
