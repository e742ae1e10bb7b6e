package dev.sourcecheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttributionModelTest {
  private static LexiconMatcher matcher;

  @BeforeAll
  static void lexicons() throws Exception {
    matcher = new LexiconMatcher(RuleSet.load(Path.of("rules")).lexicons().values());
  }

  static Article parse(String text) {
    return TextArticleParser.parse("t", "t", text);
  }

  static Article seed(String prefix) throws Exception {
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      Path p = s.filter(x -> x.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return TextArticleParser.parse(prefix, p.toString(), Files.readString(p));
    }
  }

  /** The speaker key and how, of the first quotation starting on {@code line}. */
  static String speakerAt(Article a, Speakers s, int line) {
    for (Quote q : a.quotes()) {
      if (a.index().line(q.span().start()) == line) {
        Attribution at = s.attribution(q.index());
        return at.person() + "/" + at.how();
      }
    }
    throw new AssertionError("no quotation on line " + line);
  }

  static String lastQuoteSpeakerAt(Article a, Speakers s, int line) {
    String out = null;
    for (Quote q : a.quotes()) {
      if (a.index().line(q.span().start()) == line) {
        Attribution at = s.attribution(q.index());
        out = at.person() + "/" + at.how();
      }
    }
    return out;
  }

  @Test
  void seed000QuotesAreLeavittsByTitleNamePronounAndContinuation() throws Exception {
    Article a = seed("000");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("karoline leavitt/after", lastQuoteSpeakerAt(a, s, 9));
    assertEquals("karoline leavitt/pronoun", speakerAt(a, s, 11));
    assertEquals("karoline leavitt/continuation", speakerAt(a, s, 13));
    assertEquals(List.of("White House Press Secretary"), s.person("karoline leavitt").roles());
    assertEquals(List.of("Ukrainian negotiator"), s.person("rustem umerov").roles());
  }

  @Test
  void seed002LeavittSpeaksOnLines11To15() throws Exception {
    Article a = seed("002");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("karoline leavitt/before", speakerAt(a, s, 11));
    assertEquals("karoline leavitt/pronoun", speakerAt(a, s, 13));
    assertEquals("karoline leavitt/continuation", speakerAt(a, s, 15));
    assertEquals(List.of("Ukrainian negotiator"), s.person("rustem umerov").roles());
  }

  @Test
  void seed003SpeakerAfterTheQuoteAndRoles() throws Exception {
    Article a = seed("003");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("karoline leavitt/after", speakerAt(a, s, 3));
    assertEquals("karoline leavitt/continuation", lastQuoteSpeakerAt(a, s, 3));
    assertEquals(List.of("Ukrainian negotiator"), s.person("rustem umerov").roles());
    assertEquals(List.of("Kremlin spokesperson"), s.person("dmitry peskov").roles());
  }

  @Test
  void seed001UmerovIsDefenceMinister() throws Exception {
    Speakers s = AttributionModel.find(seed("001"), matcher);
    assertEquals(List.of("Ukrainian Defence Minister"), s.person("rustem umerov").roles());
  }

  @Test
  void speakerAfterTheQuotationInvertedOrNot() {
    Article a = parse("Talks went on.\n\n\"We are ready,\" said Kremlin spokesman Dmitry Peskov.\n\n"
        + "\"It is over,\" Peskov said.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("dmitry peskov/after", speakerAt(a, s, 3));
    assertEquals("dmitry peskov/after", speakerAt(a, s, 5));
    assertEquals(List.of("Kremlin spokesman"), s.person("dmitry peskov").roles());
  }

  @Test
  void surnameAndFullNameAreOnePersonWithAnAppositiveRole() {
    Article a = parse("Rustem Umerov, Ukraine's defence minister, arrived on Sunday. Umerov said the talks "
        + "\"went well\".\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals(List.of("Ukraine's defence minister"), s.person("rustem umerov").roles());
    assertEquals(2, s.mentionsOf("rustem umerov").size());
    assertEquals("rustem umerov/before", speakerAt(a, s, 1));
  }

  @Test
  void accordingToAndStatementCues() {
    Article a = parse("The strike killed four people, according to the ministry's statement.\n\n"
        + "In a statement, the company said it was \"deeply sorry\" for the outage.\n");
    Speakers s = AttributionModel.find(a, matcher);
    Statement first = s.statementsIn(0).get(0);
    assertEquals("according to", first.cue());
    assertEquals("ministry", first.person());
    assertTrue(!first.vague());
    assertEquals("company/statement", speakerAt(a, s, 3));
  }

  @Test
  void vagueSourcesAreVagueStatements() {
    Article a = parse("Officials said the plan was dead. The minister has reportedly resigned.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertTrue(s.statements().stream().allMatch(Statement::vague));
    assertEquals(2, s.statements().size());
  }

  @Test
  void aQuotationWithNoSpeakerIsNone() {
    Article a = parse("The so-called \"peace plan\" was never published.\n");
    Speakers s = AttributionModel.find(a, matcher);
    Attribution at = s.attribution(0);
    assertEquals("none", at.how());
    assertNull(at.person());
  }

  @Test
  void honorificsMiddleInitialsAndParticlesMakeOnePersonWithGender() {
    Article a = parse("Dr. Maria T. Ferreira said the ward would reopen. Ursula von der Leyen and Mr. Park "
        + "spoke later. Mr. Park left early.\n\n\"We cleaned every room,\" she said.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertTrue(s.person("maria ferreira") != null, s.people().toString());
    assertTrue(s.person("ursula leyen") != null, s.people().toString());
    assertEquals("Ursula von der Leyen", s.person("ursula leyen").name());
    assertEquals("ursula leyen/pronoun", speakerAt(a, s, 3)); // the nearest woman, past the man named after her
  }

  @Test
  void aNameBeforeAnAppositiveRoleOrARelativeClauseIsTheSpeaker() {
    Article a = parse("Shares fell.\n\n\"Grain costs have soared,\" Martin Halloran, the company's finance director, said.\n\n"
        + "Greta Lund, who covers the sector for a bank, told clients: \"The dividend is at risk.\"\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("martin halloran/after", speakerAt(a, s, 3));
    assertEquals("greta lund/before", speakerAt(a, s, 5));
  }

  @Test
  void describedSourcesAreDescribedNotNamed() {
    Article a = parse("The drugmaker will cut research, two people familiar with the plans said. "
        + "A spokeswoman for the company declined to comment.\n");
    Speakers s = AttributionModel.find(a, matcher);
    Statement first = s.statementsIn(0).get(0);
    assertEquals("described", first.kind());
    assertEquals("people", first.source().head());
    assertEquals("two", first.source().quantity());
    assertEquals("familiar with", first.source().basis());
    assertTrue(first.vague());
  }

  @Test
  void agentlessPassivesAreVagueAndAnAgentIsNot() {
    Article a = parse("The vaccine is widely regarded as safe. It was regarded by the panel as effective.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals(List.of("is widely regarded as"),
        s.statements().stream().filter(st -> st.kind().equals("passive")).map(Statement::cue).toList());
  }

  @Test
  void aViewOfANounPhraseIsAgentlessWhenItIsSharedOrARanking() {
    Article a = parse("The walkout is considered one of the largest in company history. The striker is often regarded as "
        + "the fastest in the league. The firm is widely considered a leading supplier. The port has long been "
        + "considered a contender. The suspect is considered a flight risk. She was considered for the post.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals(List.of("is considered", "is often regarded as", "is widely considered", "has long been considered"),
        s.statements().stream().filter(st -> st.kind().equals("passive")).map(Statement::cue).toList());
  }

  @Test
  void aByInsideThePassivesComplementIsNotItsAgent() {
    Article a = parse("It is often claimed that the bridge was designed by Brunel. The soldiers are said to have been "
        + "killed by militia fighters. The plan was described by the mayor as reckless.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals(List.of("It is often claimed that", "are said to"),
        s.statements().stream().filter(st -> st.kind().equals("passive")).map(Statement::cue).toList());
  }

  @Test
  void aNameGivenToAThingIsNobodysWords() {
    Article a = parse("The mayor, Ruth Kell, opened a cafe called \"The Copper Pot\" on Monday. Smith called Jones "
        + "\"a liar\" on Tuesday. Reed released a memo titled \"Where We Stand\" on Friday.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("none", s.attributions().get(0).how());
    assertNotEquals("none", s.attributions().get(1).how());
    assertNotEquals("none", s.attributions().get(2).how());
  }

  @Test
  void aSentenceInitialCommonWordIsNoName() {
    Article a = parse("Members of the board met. The members said the fund was empty.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertNull(s.person("members"), s.people().toString());
  }

  @Test
  void anAcronymAfterTheIsAnOrganisationThatSpeaks() {
    Article a = parse("Title: Audit\n\nThe FBI concluded that the clerk had been \"extremely careless\" with the files.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("fbi/before", speakerAt(a, s, 3));
  }

  @Test
  void aPartialQuotationInAReportedClauseIsTheReportersUnlessAClauseBreaks() {
    Article a = parse("Title: Court\n\nThe coach said that the referee ignored the rules and \"should never work again\" "
        + "in this league.\n\nMs. Webb said the appeal had failed, and Judge Ann Okafor told reporters \"the ruling "
        + "stands for now\".\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertTrue(speakerAt(a, s, 3).endsWith("/before") && !speakerAt(a, s, 3).startsWith("null"), speakerAt(a, s, 3));
    assertEquals("ann okafor/before", speakerAt(a, s, 5));
  }

  @Test
  void aPartyInParenthesesIsNoSpeaker() {
    Article a = parse("Title: Vote\n\nMayor Tom Hale backed Councillor Ann Reyes (D-Ward 4) on Tuesday, saying it was "
        + "time for \"a real budget hawk\" on the board.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("tom hale/before", speakerAt(a, s, 3));
  }

  @Test
  void aPartialQuotationLooksPastAnAppositiveRoleToTheSubject() {
    Article a = parse("Title: Bank\n\nWalter Hewlett decided that Fiorina, a first-time chief executive, was "
        + "\"learning on the job,\" and the board met.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("walter hewlett/partial", speakerAt(a, s, 3));
  }

  @Test
  void aGivenNameThatIsAlsoAModifierOpensAName() {
    Article a = parse("Title: Match\n\nThe club lost again.\n\n\"We were not good enough,\" said Christian Moreno, "
        + "who said the squad would recover.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("christian moreno/after", speakerAt(a, s, 5));
  }

  @Test
  void aNameBeforeAnAppositiveHoldingAListSpeaksAfterTheQuotation() {
    Article a = parse("Title: Health\n\nThe board met on Monday.\n\n\"The new rules are a first step,\" Dr. Ana Ruiz, "
        + "director of maternity, neonatal, and child services, said on the call.\n");
    Speakers s = AttributionModel.find(a, matcher);
    assertEquals("ana ruiz/after", speakerAt(a, s, 5));
  }
}
