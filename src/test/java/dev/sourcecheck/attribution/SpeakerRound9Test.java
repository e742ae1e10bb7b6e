package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static dev.sourcecheck.attribution.SpeakerProbe.who;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Speaker round 9: a place is never the speaker (a place after a preposition, a region in
 * apposition to a town, a dateline); a sentence-opening adverb before a comma is no name; a
 * programme or interviewer framed by a preposition or participle before a comma is not the
 * appositive role's person; a described phrase opening with a number is a clause's subject.
 */
class SpeakerRound9Test {
  @Test
  void aRegionInAppositionToATownIsNoSpeaker() {
    // politics: "Jupiter, Fla." after a preposition, a dash before the partial quotation
    assertFalse(who("The interview.\n\nTrump went on to boast about his golf club in Jupiter, Fla. — \"which is a phenomenal "
        + "area.\"\n", 3).contains("fla"));
    // local government: a state abbreviation between commas before the subject, who holds the sign
    assertEquals("aubrey pelletier", who("The rally.\n\nThe day before, at a rally in Concord, N.H., 14-year-old Aubrey "
        + "Pelletier hoisted a sign that read \"15%!\"\n", 3));
    // sport: a county after a town, the fans' chant
    assertFalse(who("The derby.\n\nAt the ground in Burnley, Lancs., supporters chanted \"we want our club back.\"\n", 3)
        .contains("lancs"));
    // must not regress: a country as the subject of its verb of saying is its government
    assertEquals("russia", who("The talks.\n\nOn Monday, the talks stalled when Russia said the proposal was \"unacceptable.\"\n", 3));
  }

  @Test
  void aPlaceAfterAPrepositionIsNoSpeaker() {
    // politics: an ad "in Indiana … titled"
    assertFalse(who("The ads.\n\nOur Principles PAC, which was founded by Katie Packer, launched a television ad in Indiana on "
        + "Saturday afternoon titled, \"Scam.\"\n", 3).contains("indiana"));
    // sport: "in Leeds, England, calling": the coach, not England
    assertEquals("coach", who("The defeat.\n\nThe coach spoke at a press conference in Leeds, England, calling the "
        + "defeat \"unacceptable.\"\n", 3));
    // business: the place of a plant in the indirect speech of the paragraph before is no continuation
    assertFalse(who("Plant closes.\n\nThe company announced 300 job cuts at its plant in Ohio on Monday, saying demand had "
        + "\"collapsed.\"\n", 3).contains("ohio"));
  }

  @Test
  void aSentenceOpeningAdverbBeforeACommaIsNoName() {
    // diplomacy
    assertFalse(who("The feud.\n\nIndeed, the negotiators keep referring to the US as the \"Great Satan.\"\n", 3).contains("indeed"));
    // business
    assertFalse(who("Results.\n\nDomestically, the bank's outlook was called \"fragile.\"\n", 3).contains("domestically"));
    // courts
    assertFalse(who("The verdict.\n\nStill, the jury found the evidence \"compelling.\"\n", 3).contains("still"));
    // must not regress: an organisation the article writes capitalised mid-sentence, before an aside
    assertEquals("forbes", who("Rich lists.\n\nBloomberg puts it at $42 billion. Forbes, however, says that his fortune is "
        + "\"beyond his control.\" Both Bloomberg and Forbes revise the lists.\n", 3));
  }

  @Test
  void aProgrammeFramedByAPrepositionIsNotTheRolesPerson() {
    // politics: a show after "Appearing on", then the role that speaks
    assertFalse(who("The interview.\n\nAppearing on Morning Joe, the Vermont senator said the plan was \"unworkable.\"\n", 3)
        .contains("morning joe"));
    // business: a programme after "Speaking to"
    assertFalse(who("The deal.\n\nSpeaking to Bloomberg Surveillance, the bank's chief executive said the merger was "
        + "\"dead.\"\n", 3).contains("surveillance"));
    // politics: the hosts of an interview are not the candidate who speaks
    assertFalse(who("The interview.\n\nIn an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the "
        + "Democratic presidential candidate stated that the comments were \"divisive\" and wrong.\n", 3)
        .contains("brzezinski"));
    // must not regress (sport, politics): a name before its appositive role speaks
    assertEquals("dan reeves", who("The match.\n\nDan Reeves, the Harlow coach, said the referee had been \"poor.\"\n", 3));
    assertEquals("amy pope", who("The review.\n\nAmy Pope, deputy homeland security adviser, said the checks were "
        + "\"rigorous.\"\n", 3));
  }

  @Test
  void aParticiplesSpeakerIsTheClauseSubjectNotTheObjectsAppositive() {
    // sport: the referee named in apposition to the object
    assertEquals("manager", who("The match.\n\nThe manager criticised the referee, Mike Dean, saying the decision was "
        + "\"a disgrace.\"\n", 3));
    // politics
    assertEquals("bernie sanders", who("The feud.\n\nSen. Bernie Sanders discussed his rival, Hillary Clinton, saying "
        + "\"on her worst day\" she would be better.\n", 3));
    // courts: an organisation in apposition
    assertEquals("judge", who("The case.\n\nThe judge dismissed the claim brought by the landlord, Acme Homes, saying "
        + "the claims were \"without merit.\"\n", 3));
    // must not regress (local news): a name in apposition to the subject speaks
    assertEquals("jessie elkins", who("The town.\n\nOne of the men, Jessie Elkins, 70, had served in Vietnam - \"13 months "
        + "in living hell\" - and said he was convinced.\n", 3));
  }

  @Test
  void whatTheSpeakerCallsTheObjectIsTheSpeakers() {
    // politics: "called a report suggesting … “outrageous”"
    assertEquals("spokesman", who("The report.\n\nA spokesman for the campaign called a report suggesting donors had access "
        + "\"outrageous.\"\n", 3).replaceAll(".*(spokesman).*", "$1"));
    // business
    assertEquals("harbor bank", who("The bid.\n\nHarbor Bank called a newspaper report suggesting the bid was hostile "
        + "\"nonsense.\"\n", 3));
    // local government
    assertEquals("spokeswoman", who("The library.\n\nA council spokeswoman called claims suggesting the library would close "
        + "\"untrue.\"\n", 3).replaceAll(".*(spokeswoman).*", "$1"));
  }

  @Test
  void aStatementIssuedBySomeoneSpeaksForThem() {
    // politics
    assertEquals("paul ryan", who("The pledge.\n\nHouse Speaker Paul Ryan met Trump. Ryan issued a statement calling the talks "
        + "a \"very positive step.\"\n", 3));
    // business
    assertEquals("maria lopez", who("The deal.\n\nChief executive Maria Lopez released a statement saying the merger was "
        + "\"the right deal for customers.\"\n", 3));
    // sport
    assertEquals("harlow rovers", who("The sale.\n\nThe sale was agreed. Harlow Rovers issued a statement describing the bid as "
        + "\"unacceptable.\"\n", 3));
  }

  @Test
  void aQuantityBeforeAnAbbreviationDescribesASource() {
    // health: "according to one GP" opening the sentence, a described source
    String gp = "Surgeries.\n\nAccording to one GP, who asked not to be named, two more practices are \"one retirement away "
        + "from the same thing\".\n";
    assertEquals("null/vague", speaker(gp, 3));
    assertEquals("one GP", SpeakerProbe.described(gp, 3));
    // politics: "said one MP" after the quotation
    assertEquals("null/vague", speaker("The vote.\n\nThe bill passed. \"The plan is a mess,\" said one MP.\n", 3));
    // broadcasting: "an HBO series" names no speaker for a title
    assertFalse(who("Revivals.\n\n\"Tales From the Crypt,\" an HBO series that first aired in 1989, will return.\n", 3)
        .contains("hbo"));
    // must not regress (business): an organisation after "according to" is named
    assertEquals("harbor bank/according-to", speaker("The deal.\n\nAccording to Harbor Bank, the merger is \"on track.\"\n", 3));
  }
}
