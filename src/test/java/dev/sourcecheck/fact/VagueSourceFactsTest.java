package dev.sourcecheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts attribution.vague-source judges: who speaks, whether the verb reports speech, a share of a group. */
class VagueSourceFactsTest {
  private static LexiconMatcher matcher;
  private static dev.sourcecheck.fact.FactWords words;

  @BeforeAll
  static void lexicons() throws Exception {
    matcher = new LexiconMatcher(RuleSet.load(Path.of("rules")).lexicons().values());
    words = FactWords.of(RuleSet.load(Path.of("rules")).lexicons());
  }

  private static List<StatementFact> statements(String text) {
    Article a = TextArticleParser.parse("a", "a.txt", text);
    return AttributionFacts.extract(a, matcher, words).stream().filter(StatementFact.class::isInstance)
        .map(StatementFact.class::cast).toList();
  }

  /** Whether the text holds an agentless passive statement ("it is believed", "is said to"). */
  private static boolean hasPassive(String text) {
    return statements(text).stream().anyMatch(s -> s.kind().equals("passive"));
  }

  /** The statement whose cue is {@code cue} (the first one). */
  private static StatementFact at(String text, String cue) {
    return statements(text).stream().filter(s -> s.cue().equals(cue)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement " + cue + " in " + text));
  }

  @Test
  void aDescribedSpeakerAfterItsVerbClosingTheSentenceIsTheSource() {
    StatementFact s = at("The new stand will be ready in May, said several club officials.", "said");
    assertEquals("described", s.kind());
    assertEquals("officials", s.head());
    s = at("The merger will be announced on Friday, said one person familiar with the talks, who asked not to be named.",
        "said");
    assertEquals("described", s.kind());
    assertEquals("person", s.headTag());
    // must not: the words after the verb are its reported clause, not its speaker
    s = at("At the hearing on Monday, said officials would meet again.", "said");
    assertFalse(s.kind().equals("described") && s.vague() && s.speech() && s.head().equals("officials")
        && s.sourceStart() > s.start(), "a phrase with its own verb after \"said\" is no speaker");
    assertEquals("name", at("The verdict will stand, said Judge Ann Lee.", "said").kind());
  }

  @Test
  void theEndOfANamesAppositiveIsNoDescribedSource() {
    // politics, business, health: the described phrase the model took closes an appositive of the name before it
    for (String[] t : new String[][] {
        {"Stuart Stevens, a Republican operative and the senator's chief strategist in his 2012 campaign, said the plan would fail.", "said"},
        {"Greg Raiff, chief executive of a jet broker for corporations and individuals, said the aircraft was unusual.", "said"},
        {"\"It was stifling,\" Councillor Peter King, Republican of Ward 4, said of life before the merger.", "said"},
        {"Dr. Ruth Okafor, the hospital's medical director, surgeon and researcher, has rejected the claim, noting that the trial was approved.", "noting"}}) {
      StatementFact s = at(t[0], t[1]);
      assertTrue(!s.kind().equals("described") || s.appositive(), t[0] + " -> " + s.source());
    }
    // must not: a described subject set off by an aside, with no name before it
    StatementFact s = at("In court, two people familiar with the case, speaking on condition of anonymity, said the plea would be withdrawn.", "said");
    assertEquals("described", s.kind());
    assertFalse(s.appositive());
    s = at("Mayor Tom Reid resigned on Monday, and two council officials, however, said the budget was sound.", "said");
    assertFalse(s.appositive());
  }

  @Test
  void aNameRightAfterTheVerbThenItsVerbIsAReportedClause() {
    // politics, sport, courts: "say Braynard represented", a name and then its past verb
    assertTrue(at("Sources say Braynard represented the campaign in those talks.", "say").speech());
    assertTrue(at("Club officials say Ruiz signed a new contract on Friday.", "say").speech());
    assertTrue(at("Prosecutors said Hale admitted the thefts.", "said").speech());
    // must not: a name as the object, with no verb of its own
    assertFalse(at("Critics accused Hale of lying to the court.", "accused").speech());
  }

  @Test
  void aReportedClauseEndsAtACommaBeforeAnotherSpeaker() {
    // local government, sport, courts: the named speaker's words stop where another source's clause opens
    for (String[] t : new String[][] {
        {"Although Mayor Tom Reid says that the tram will open in May, others argue that it will run late.", "others"},
        {"Coach Ann Lee said the striker had trained on Monday, according to two people close to the club.", "two people"},
        {"Judge Ann Lee said the trial would resume, court officials said.", "court officials"}}) {
      Article a = TextArticleParser.parse("a", "a.txt", t[0]);
      int at = t[0].indexOf(t[1]);
      boolean covered = AttributionFacts.extract(a, matcher, words).stream().filter(ReportedSpan.class::isInstance)
          .map(ReportedSpan.class::cast).anyMatch(r -> r.start() <= at && r.end() > at);
      assertFalse(covered, t[0]);
    }
    // must not: a source inside the speaker's own clause stays in it
    String text = "Mayor Tom Reid said that officials believe the tram will open in May.";
    int at = text.indexOf("officials");
    assertTrue(AttributionFacts.extract(TextArticleParser.parse("a", "a.txt", text), matcher, words).stream()
        .filter(ReportedSpan.class::isInstance).map(ReportedSpan.class::cast).anyMatch(r -> r.start() <= at && r.end() > at));
  }

  @Test
  void aConjoinedObjectIsNoParticiplesSubject() {
    // politics, business, sport: the phrase after "and" is the verb's second object, not who argues
    for (String[] t : new String[][] {
        {"Cruz has pursued a strategy of uniting evangelicals and other conservatives behind him, arguing that he can win.", "arguing"},
        {"The chairman criticized the mayor and his allies in an email on Saturday, accusing them of scuttling the plan.", "accusing"},
        {"The club has thanked its sponsors and other supporters for their patience, saying the stand will open in May.", "saying"}}) {
      assertFalse(at(t[0], t[1]).kind().equals("described"), t[0]);
    }
    // must not: a conjoined subject at the start of its clause
    assertEquals("described", at("Senate Democrats and other critics rallied on Monday, saying the plan would fail.", "saying").kind());
  }

  @Test
  void aVerbOfTellingReportsSpeechAfterItsAddressee() {
    assertTrue(at("He had wanted to fly since he was five, his childhood friend told The Daily Beast.", "told").speech());
    assertTrue(at("One employee told reporters she would not return to the plant.", "told").speech());
    assertTrue(at("A club steward told French television station BFMTV the gates opened late.", "told").speech());
    // must not: an object that is no addressee, or an instruction
    assertFalse(at("The coach told the truth.", "told").speech());
    assertFalse(at("Officials told Flint residents not to drink the water.", "told").speech());
    assertFalse(at("The manager told the story of the final.", "told").speech());
  }

  @Test
  void aDocumentsVerbReportsItsFinding() {
    assertTrue(at("A new poll shows the mayor trailing her rival by ten points.", "shows").speech());
    assertTrue(at("Several studies found the drug safe for children.", "found").speech());
    assertTrue(at("Early surveys show fans with little appetite for a new stadium.", "show").speech());
    // must not: a person's verb with an object is still no speech; a document's verb before a preposition
    assertFalse(at("Most of the companies reported better than expected results.", "reported").speech());
    assertFalse(at("The report showed up late.", "showed").speech());
  }

  @Test
  void aShareOfAGroupIsAPollsResult() {
    assertEquals("share", at("Some 55 percent of voters nationwide said they trusted her.", "said").quantity());
    assertEquals("share", at("Two out of three residents still feel the tram was a mistake.", "feel").quantity());
    assertEquals("share", at("Some 20 percent of people in a recent club survey said the ticket prices were fair.",
        "said").quantity());
    // must not: a count that is no share, a share inside an aside
    assertFalse("share".equals(at("Only half a dozen councillors said they would vote for it.", "said").quantity()));
    assertFalse("share".equals(at("Republicans, who hold a 54-seat majority in the Senate, have said they will block it.",
        "said").quantity()));
  }

  @Test
  void aPassiveWithThatIsAgentlessOnlyAfterIt() {
    assertTrue(hasPassive("It is believed that the plan failed."));
    assertTrue(hasPassive("The striker is said to be unhappy at the club."));
    // must not: the subject's own state or hearing, an instruction
    assertFalse(hasPassive("The club is worried that the striker will leave."));
    assertFalse(hasPassive("The witness was pressed to explain the gap in her account."));
    assertFalse(hasPassive("The bride was confirmed as the last of the passengers by the airline on Monday."));
  }

  @Test
  void toBeforeANounPhraseIsAPrepositionNotARaisingInfinitive() {
    assertTrue(hasPassive("The fund is understood to have lost 40 million dollars."));
    assertTrue(hasPassive("The defender is thought to be fit for the derby."));
    // must not: "to" opening a noun phrase (a documentary, a police report, a court fee)
    assertFalse(hasPassive("In light of the news, a postscript might be added to the film."));
    assertFalse(hasPassive("The assault was reported to the police on Sunday."));
    assertFalse(hasPassive("A late fee will be added to your bill."));
  }

  @Test
  void aStateOfBelievingAfterALinkingVerbAttributesAView() {
    StatementFact s = at("Some council members are concerned that the tram will run late.", "concerned");
    assertEquals("described", s.kind());
    assertTrue(s.speech());
    assertEquals("described", at("Club insiders remain confident the striker will sign.", "confident").kind());
    assertEquals("described", at("Experts agree that the drug is safe for children.", "agree").kind());
    assertEquals("described", at("Analysts point out that the bank has never missed a target.", "point out").kind());
    // must not: no linking verb, so no state of a subject
    assertTrue(statements("The families concerned were told on Monday.").stream()
        .noneMatch(x -> x.cue().equals("concerned")));
    assertTrue(statements("It was a confident start by the home side.").stream()
        .noneMatch(x -> x.cue().equals("confident")));
    assertEquals("name", at("Judge Ann Lee is confident the appeal will fail.", "confident").kind());
  }

  @Test
  void anSFormAfterAQuantifierOrModifierIsThePluralNoun() {
    assertFalse(at("In some states, the league plays its finals in May.", "states").speech());
    assertFalse(at("Fans in the new stand have gained better views.", "views").speech());
    assertTrue(at("The report states that the council overspent by 4 million pounds.", "states").speech());
    assertTrue(at("He notes that the bridge was built in 1890.", "notes").speech());
    assertTrue(at("The committee states that it will meet again in May.", "states").speech());
  }

  @Test
  void anAttributionBetweenCommasIsAnAside() {
    assertTrue(at("The striker, club officials said, will be fit for the final.", "said").aside());
    assertFalse(at("Club officials said the striker will be fit for the final.", "said").aside());
    assertFalse(at("The striker will be fit for the final, club officials said.", "said").aside());
  }

  private static boolean credited(String text) {
    Article a = TextArticleParser.parse("a", "a.txt", text);
    return AttributionFacts.extract(a, matcher, words).stream().anyMatch(QuoteCredit.class::isInstance);
  }

  @Test
  void aQuotationCreditedRightAfterItHasASource() {
    assertTrue(credited("Round-up.\n\nA NEW PARK \"The old quay will be a garden for everyone by spring.\" [City Times]\n"));
    assertTrue(credited("Round-up.\n\nNEWS \u201cThe cafe will close at the end of the year.\u201d\u201c[Local Post.]\n"));
    assertTrue(credited("Round-up.\n\n\"The corner cafe on Mill Street will close in December,\" by Times' Ann Lee.\n"));
    // must not: a bracket or a "by" that credits nothing
    assertFalse(credited("The match.\n\n\"We never gave up, not for one minute of the final.\" [laughs]\n"));
    assertFalse(credited("The match.\n\n\"We never gave up, not for one minute of the final,\" by then the crowd had gone.\n"));
  }

  @Test
  void aSpeechActWithAnObjectIsStillAClaim() {
    assertTrue(at("Residents accused the council of ignoring the flood warnings.", "accused").act());
    assertTrue(at("Some residents have urged the council to delay the vote.", "urged").act());
    assertTrue(at("Hospital officials deny any link between the two cases.", "deny").act());
    // must not: a plain verb of saying with an object, or a noun
    assertFalse(at("Most of the companies reported better than expected results.", "reported").act());
    assertFalse(statements("Fans waited for the roll call of the new squad.").stream().anyMatch(StatementFact::act));
  }

  @Test
  void anIngVerbAfterAFormOfBeIsAProgressiveNotAParticiple() {
    assertFalse(at("Club officials are expecting a record crowd on Saturday.", "expecting").participle());
    assertFalse(at("Council leaders are increasingly admitting that the budget is short.", "admitting").participle());
    // must not: a reduced relative right after its noun is still a participle
    assertTrue(at("Fans hoping for a refund queued outside the ground.", "hoping").participle());
  }
}
