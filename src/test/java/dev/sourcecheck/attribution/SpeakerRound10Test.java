package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.who;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Speaker round 10: a quotation in the complement of a named owner's noun of speech is the
 * owner's ("Trump's pledge to be “neutral”", "in Forbes' words, “…”"), unless a verb of saying
 * governs the owner's phrase ("Ryan called Trump's remarks “racist”") or the quotation is the
 * noun's predicate ("Trump's comments were “intolerable”").
 */
class SpeakerRound10Test {
  @Test
  void aNamedOwnersNounOfSpeechGivesTheQuotation() {
    // politics: a pledge owned by the candidate, in a sentence about the leaders' concerns
    assertEquals("donald trump", who("The talks.\n\nDonald Trump spoke on Monday. The concerns of many leaders go beyond "
        + "Trump's controversial pledge to be \"neutral\" during the peace talks.\n", 3));
    // business: the magazine's own words after "in … words"
    assertEquals("forbes", who("Start-ups.\n\nThe summit was held in Tel Aviv because, in Forbes' words, \"they are the most "
        + "entrepreneurial places on the planet.\"\n", 3));
    // sport: the manager's claim, in a sentence whose subject is the league
    assertEquals("jose mourinho", who("The row.\n\nJose Mourinho was fined. The league will look into Mourinho's claim that the "
        + "referee had been \"biased from the start.\"\n", 3));
    // courts: a clarion call owned by the defendant
    assertEquals("karen read", who("The trial.\n\nKaren Read arrived early. While Read's call for a \"fair hearing\" drew "
        + "applause, the judge was unmoved.\n", 3));
  }

  @Test
  void aSpeakerGoverningTheOwnersPhraseKeepsTheQuotation() {
    // politics: the caller's word for the owner's remarks
    assertEquals("paul ryan", who("The judge.\n\nDonald Trump spoke on Monday. Speaker Paul Ryan called Trump's remarks about "
        + "the judge \"racist.\"\n", 3));
    // science: "told … that X's comments …": the teller's
    assertEquals("jane goodall", who("The study.\n\nThe minister spoke on Monday. Jane Goodall told reporters that Smith's "
        + "comments \"show no understanding of the data.\"\n", 3));
    // local government: the quotation is the predicate of the owner's noun
    assertFalse(who("The plan.\n\nMayor Ann Lee spoke on Monday. Critics said on Tuesday that they found Lee's comments about "
        + "the budget were \"misleading.\"\n", 3).equals("ann lee"));
  }

  @Test
  void anOpeningSubordinateClauseWithItsOwnVerbOfSayingKeepsItsQuotation() {
    // courts: "After X said that … “…,” Y said"
    assertEquals("antonin scalia", who("The bench.\n\nAntonin Scalia and Donald Trump clashed. After Scalia said that some "
        + "students might do better at \"less advanced schools,\" Trump said: \"I don't like what he said.\"\n", 3));
    // sport: "When the presenter pointed out …, the chairman laughed"
    assertEquals("gary lineker", who("The club.\n\nGary Lineker interviewed Daniel Levy. When Lineker pointed out that the plan had been "
        + "\"a wasted decade,\" Levy said: \"We have grown.\"\n", 3));
    // must not regress: a subordinate clause with no verb of saying leaves the tag after
    assertEquals("daniel levy", who("The club.\n\nGary Lineker interviewed Daniel Levy. When the season ended, \"we had grown,\" "
        + "Levy said.\n", 3));
    // must not regress: the quotation after the clause's comma is in the main clause (politics)
    assertEquals("drew heiserman", who("The union.\n\nBernie Sanders spoke. When Sanders said at a rally that he would not want "
        + "the endorsement, he \"grabbed ahold of the way teachers feel,\" said Drew Heiserman.\n", 3));
  }

  @Test
  void anAbsoluteClauseAfterACommaHasItsOwnSpeaker() {
    // politics: "with X taking to Twitter to call …"
    assertEquals("corey lewandowski", who("The incident.\n\nDonald Trump spoke. The campaign has denied it happened, with Corey "
        + "Lewandowski taking to Twitter to call the reporter \"totally delusional.\"\n", 3));
    // business: "with the chief executive saying …"
    assertEquals("mary barra", who("The deal.\n\nThe board approved the merger on Monday, with Mary Barra saying the price was "
        + "\"more than fair.\"\n", 3));
    // sport: an adverb before the participle
    assertEquals("pep guardiola", who("The match.\n\nThe players left the pitch, with Pep Guardiola reportedly yelling: \"Get "
        + "back out there!\"\n", 3));
  }

  @Test
  void aRoleAfterAnOrganisationsPossessiveIsNoVerb() {
    // theatre: "said the company's managing director, Name": "managing" is part of the role, not a verb after "company"
    assertEquals("fiona hartigan", who("The show.\n\nThe producers insisted on Friday that no decision had been taken. "
        + "\"We are not closing,\" said the company's managing director, Fiona Hartigan.\n", 3));
    // sport: the same shape for a club
    assertEquals("mark hill", who("The sale.\n\nThe board met on Thursday. \"Nothing has changed,\" said the club's managing "
        + "director, Mark Hill.\n", 3));
    // business: a role the lists know already kept its person
    assertEquals("anna price", who("The bank.\n\nShares fell on Monday. \"We expected worse,\" said the bank's chief executive, "
        + "Anna Price.\n", 3));
  }

  @Test
  void aRolesOfComplementBeforeTheAppositiveNameKeepsThePerson() {
    // business: "said the bank's head of research, Name"
    assertEquals("anna price", who("The bank.\n\nShares fell on Monday. \"Nothing has changed,\" said the bank's head of research, "
        + "Anna Price.\n", 3));
    // local government: "director of housing"
    assertEquals("tom reed", who("The estate.\n\nThe plan was approved. \"We will start in May,\" said the council's director "
        + "of housing, Tom Reed.\n", 3));
    // courts: a complement with an article
    assertEquals("ruth moss", who("The inquiry.\n\nThe hearing resumed. \"The evidence is clear,\" said the head of the inquiry, "
        + "Ruth Moss, on Tuesday.\n", 3));
  }
}
