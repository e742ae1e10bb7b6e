package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Speaker patterns read on PolNeAR tune copy (round 6), each with examples from several kinds of story. */
class SpeakerRound6Test {
  @Test
  void aTagReportedInTurnByANamedOutletGivesTheQuotationToTheOutlet() {
    // politics: the outlet that heard the words is the quotation's source of record
    assertEquals("cnn/according-to", speaker("The convention opened.\n\n\"I ask you as a personal courtesy to me,\" "
        + "Sanders said, according to CNN.\n", 3));
    // courts: a tag with its hearer and an adjunct before "according to"
    assertEquals("reuters/according-to", speaker("The hearing ended.\n\n\"We will appeal,\" the lawyer told "
        + "reporters, according to Reuters, after the verdict.\n", 3));
    // business: an outlet's account
    assertEquals("associated press/according-to", speaker("Shares fell.\n\n\"Sales will recover,\" Smith said, "
        + "according to an Associated Press account.\n", 3));
    // sport
    assertEquals("boston globe/according-to", speaker("The team lost.\n\n\"We were not ready,\" the coach said "
        + "on Sunday, according to the Boston Globe.\n", 3));
    // must not regress: a document with no name, or a pronoun, leaves the quotation to its speaker
    assertEquals("trump/after", speaker("The rally ended.\n\n\"He hates them,\" Trump said, according to a "
        + "transcript.\n", 3));
    assertEquals("foreman/after", speaker("The jury returned.\n\n\"Guilty,\" the foreman said, according to court "
        + "records.\n", 3));
    // must not regress (local government): "according to" in a clause of its own reports something else
    assertEquals("jones/after", speaker("The council met.\n\n\"The budget is balanced,\" Jones said; according "
        + "to the Herald, it is not.\n", 3));
  }

  @Test
  void aNamedReportClosingTheQuotationsSentenceIsItsSourceOfRecord() {
    // politics: the report closes the sentence after a participle phrase
    assertEquals("chicago tribune/after", speaker("The game ended.\n\nFans also chanted, \"Build a wall,\" referring "
        + "to the candidate's vow, the Chicago Tribune reports.\n", 3));
    // courts: with a short time adjunct after the verb
    assertEquals("washington post/after", speaker("The case closed.\n\nThe lobbyist conceded the work could be "
        + "termed \"influence peddling,\" The Washington Post reported in 1991.\n", 3));
    // business
    assertEquals("bloomberg/after", speaker("Shares fell.\n\nThe chief executive promised to \"fix the supply "
        + "chain,\" Bloomberg reported.\n", 3));
    // sport
    assertEquals("miami herald/after", speaker("The match was lost.\n\nWhen asked about the loss, the striker "
        + "\"bristled\" and walked off, The Miami Herald reported.\n", 3));
    // local government: a two-word entry ("first reported") after a one-word one fails
    assertEquals("tribune/after", speaker("The council met.\n\nThe mayor called the plan \"awful\" on his show, the "
        + "Tribune first reported.\n", 3));
    // must not regress: a role or a pronoun reporting is no outlet; a report with a clause of its own is a tag before
    assertEquals("smith/after", speaker("The team lost.\n\n\"We lost,\" Smith said, the coach reported.\n", 3));
    assertEquals("post/before", speaker("The council met.\n\nThe Post reported that the mayor was \"tired.\"\n", 3));
  }

  @Test
  void anUnnamedDocumentAfterAccordingToIsTheNamedAgentOfItsParticiple() {
    // courts
    assertEquals("dave aronberg/according-to", speaker("The charge was dropped.\n\n\"The evidence was weak,\" "
        + "according to a court document filed by state attorney Dave Aronberg.\n", 3));
    // politics: also when the document relays a tag
    assertEquals("white house/according-to", speaker("The speech is tonight.\n\n\"Nothing prepares you,\" the "
        + "president will say, according to excerpts of his speech released by the White House.\n", 3));
    // business
    assertEquals("post/according-to", speaker("The dispute grew.\n\nThe firm threatened \"a major lawsuit,\" "
        + "according to a copy of the letter reviewed by The Post.\n", 3));
    // must not regress (sport): an agent with no name leaves the quotation to its speaker
    assertEquals("coach/after", speaker("The team won.\n\n\"We won,\" the coach said, according to a recording "
        + "obtained by reporters.\n", 3));
  }

  @Test
  void aSentenceOpeningWithAccordingToANamedSourceIsThatSourcesReport() {
    // politics: the outlet, not the speaker it reports nor the agent after the quotation
    assertEquals("gma news/according-to", speaker("The visit ended.\n\nAccording to GMA News, Salceda said the "
        + "\"ugliness of utterances\" by Trump last week stood in contrast.\n", 3));
    // local government: a named modifier and its head nouns
    assertEquals("white house/according-to", speaker("The visit ended.\n\nAccording to White House pool reports, "
        + "the mayor said \"there is love\" in the city.\n", 3));
    // business: a document of a named organisation
    assertEquals("acme foundation website/according-to", speaker("The gift was made.\n\nGold was the top level, "
        + "according to an archived version of the Acme Foundation website, which listed \"Title Sponsor\" first.\n", 3));
    // must not regress (courts, sport): an unnamed report, or the speaker itself after "according to"
    assertEquals("smith/before", speaker("The trial began.\n\nAccording to the report, Smith said the case was "
        + "\"dead.\"\n", 3));
    assertEquals("smith/according-to", speaker("The club lost.\n\nAccording to Smith, \"the season is over.\"\n", 3));
  }

  @Test
  void aVerbThatIsATagOnlyRightAfterAQuotationTagsIt() {
    // politics: "went on" after a question, with an adverbial clause after it
    assertEquals("trump/after", speaker("Kelly asked again.\n\n\"You know, it happens, right?\" Trump went on, as if "
        + "he didn't hear her.\n", 3));
    // sport
    assertEquals("coach/after", speaker("The team lost.\n\n\"The season is long,\" the coach went on.\n", 3));
    // courts
    assertEquals("judge/after", speaker("The hearing resumed.\n\n\"Order in the court,\" the judge cut in.\n", 3));
    // must not regress (business): elsewhere "went on" makes no statement and tags nothing
    assertEquals("null/none", speaker("Shares fell.\n\nThe talks went on all day, and \"progress\" was slow.\n", 3));
  }
}
