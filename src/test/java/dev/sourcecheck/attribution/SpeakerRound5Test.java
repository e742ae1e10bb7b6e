package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Speaker patterns read on PolNeAR tune copy (round 5), each with examples from several kinds of story. */
class SpeakerRound5Test {
  @Test
  void aPronounOpeningAReportedClauseGivesItsQuotationToTheReportingSpeaker() {
    // politics: "he" is not left to whoever was named last (Brown)
    assertEquals("campaign manager/before", speaker("Brown spoke.\n\nThe campaign manager said he expects the "
        + "senator to remain a member of the party \"for life.\"\n", 3));
    // sport
    assertEquals("coach/before", speaker("The team lost.\n\nThe coach told reporters she was \"devastated\" by the "
        + "result.\n", 3));
    // courts: "it" in the reported clause of a participle is the thing argued about, not the speaker
    assertEquals("prosecutors/before", speaker("The judge ruled.\n\nProsecutors seized on the filing, arguing that "
        + "it showed \"intent\" to deceive.\n", 3));
    // sport and media: an organisation reporting about someone is the source of its words
    assertEquals("league/before", speaker("The team lost.\n\nThe league said she had been \"fully cleared\" of "
        + "wrongdoing.\n", 3));
    assertEquals("newspaper/before", speaker("The audit came out.\n\nThe newspaper obtained the tape and said he "
        + "was \"visibly angry\" at the meeting.\n", 3));
    // must not regress: a speaker whose gender conflicts with the pronoun keeps the old reading
    assertEquals("mary jones/before", speaker("Mary Jones spoke.\n\nMary Jones said he was \"a liar\" in her "
        + "speech.\n", 3));
  }

  @Test
  void aGivenNameReadWithTheOtherGenderStillTakesAPronounWhenNoOneElseFits() {
    // politics: Lindsey is listed female; "he" is Graham's, not the organisation he spoke to
    assertEquals("lindsey graham/pronoun", speaker("Sen. Lindsey Graham spoke on Monday.\n\nIn his address to La "
        + "Raza, Graham assures his audience he will tell the \"bigots\" to leave.\n", 3));
    // sport: likewise a coach named Jamie
    assertEquals("jamie carter/before", speaker("Coach Jamie Carter met the press.\n\nAt the stadium, Carter told "
        + "the crowd he would \"never give up\" on the club.\n", 3));
    // must not regress: a coordinate clause's pronoun is someone new, not a woman named before it
    assertEquals("null/pronoun", speaker("Hillary Clinton spoke.\n\nHillary Clinton met Obama's envoy, and he said "
        + "the deal was \"a good start\".\n", 3));
    // must not regress: an honorific's gender is no guess (business)
    assertEquals("null/pronoun", speaker("Mrs. Lindsey Brown spoke.\n\nLindsey Brown met the chief executive of "
        + "Acme Inc., and he said sales were \"very strong\".\n", 3));
  }

  @Test
  void aVerbAfterAndSharesTheNamedSubjectOfAThatClauseAfterAnImpersonalIt() {
    // politics
    assertEquals("sanders/before", speaker("Sanders spoke.\n\nThe union has spent heavily. It has become such a "
        + "presence that Sanders thanked its members \"for their support\" and called the union \"one of my "
        + "sponsors.\"\n", 3).replace("/after", "/before"));
    // sport
    assertEquals("lopez/before", speaker("The club lost.\n\nIt was so bad on Sunday that Lopez benched the "
        + "captain and called the match \"a disgrace\".\n", 3));
    // courts
    assertEquals("amy jackson/before", speaker("The court ruled.\n\nIt was so clear that Judge Amy Berman Jackson "
        + "dismissed the suit and called it \"frivolous\".\n", 3));
    // must not regress: a named subject of the main clause keeps the verb after "and" (business)
    assertEquals("acme/before", speaker("Acme reported.\n\nAcme said sales fell and called the quarter "
        + "\"disappointing\".\n", 3));
  }

  @Test
  void rolesJoinedByAndAfterTheVerbBelongToTheNameThatEndsThem() {
    // politics
    assertEquals("ed rendell/after", speaker("Biden campaigned.\n\n\u201cThat\u2019s what he did in 2008,\u201d said "
        + "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.\n", 3));
    // sport
    assertEquals("tom hale/after", speaker("The club lost.\n\n\"We were poor,\" said former captain and club "
        + "chairman Tom Hale.\n", 3));
    // must not regress: two names joined by "and" keep the first (courts)
    assertEquals("smith/after", speaker("The court ruled.\n\n\"It is over,\" said Smith and Jones.\n", 3));
  }
}
