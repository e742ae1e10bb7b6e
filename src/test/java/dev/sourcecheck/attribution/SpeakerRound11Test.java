package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.who;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Speaker round 11: a preposition after an opening participle names where, not who ("Asked on
 * Newsnight …, the chief constable said"); a pronoun in the next sentence is the role's holder,
 * not the possessive owner of the role ("Harcourt's planning director, Neil Ambrose, … He"); a
 * reflexive after a noun phrase emphasises it ("Lumio itself would only say"); "it" after a
 * sentence opened by an organisation is that organisation ("The firm said … It added"); a role
 * with a party refers to no holder of another party ("the Democratic presidential candidate"); a
 * plural possessive opens the role after it ("the producers' managing director, Jane Doe"); the nearest-name
 * guess skips a name after a preposition of place ("a meeting at the Drovers Arms").
 */
class SpeakerRound11Test {
  @Test
  void aProgrammeAfterAnOpeningParticipleIsNoSpeaker() {
    // courts / policing: the programme after "Asked on", the role in the main clause
    assertEquals("chief constable", who("The ruling.\n\nThe force lost the appeal. Asked on Newsnight about the ruling, the "
        + "chief constable said it was \"deeply disappointing\".\n", 3));
    // sport: a radio programme
    assertEquals("mark hill", who("The sale.\n\nThe club was sold on Monday. Speaking on Today after the vote, Mark Hill said the "
        + "deal was \"the best we could get\".\n", 3));
    // business: a named show, the person in the main clause
    assertNotEquals("squawk box", who("The deal.\n\nShares rose. Asked on Squawk Box whether the bid was final, Anna Price said "
        + "it was \"our last word\".\n", 3));
  }

  @Test
  void aPronounAfterARolesOwnerIsTheRolesHolder() {
    // local government: the developer's director, then "He conceded"
    assertEquals("neil ambrose", who("The estate.\n\nThe plan by Harcourt Homes for Brackley Fields was approved. Harcourt's "
        + "planning director, Neil Ambrose, told the committee the company would pay. He conceded that the work would cause "
        + "disruption for \"two or three years at the very least\".\n", 3));
    // business: the company's chief executive, then "She said"
    assertEquals("anna price", who("The deal.\n\nThe bid by Kestrel Foods was approved. Kestrel's chief executive, Anna Price, "
        + "spoke to investors. She said the results were \"better than feared\".\n", 3));
    // must not regress: the owner alone stays the antecedent
    assertEquals("harcourt homes", who("The estate.\n\nHarcourt Homes won approval. Harcourt Homes' plans were praised. He said "
        + "it was \"a good day\".\n", 3));
  }

  @Test
  void itAfterASentenceOpenedByAnOrganisationIsThatOrganisation() {
    // shipping: "The firm said in a statement … It added:"
    assertEquals("firm", who("The grounding.\n\nShares in Tessaro Line fell. The firm said in a statement that the ship had been "
        + "refloated. It added: \"The company is working around the clock with the port.\"\n", 3));
    // local government: a council
    assertEquals("council", who("The budget.\n\nThe cuts were approved. The council confirmed on Monday that two libraries would "
        + "close. It said the decision was \"painful but unavoidable\".\n", 3));
    // must not regress: a possessive opening is not the subject
    assertNotEquals("firm", who("The grounding.\n\nThe firm's shares fell after Ann Lee resigned. It was \"a dark day\", "
        + "one trader said.\n", 3));
  }

  @Test
  void aRoleWithAPartyRefersToNoHolderOfAnotherParty() {
    // politics: the Democratic candidate is not the Republican one named last
    assertNotEquals("donald trump", who("The race.\n\nRepublican presidential candidate Donald Trump spoke in Ohio. The "
        + "Democratic presidential candidate said his plan was \"a fantasy\".\n", 3));
    // politics: the holder of the same party is still found
    assertEquals("hillary clinton", who("The race.\n\nDemocratic presidential candidate Hillary Clinton spoke in Ohio. "
        + "Republican presidential candidate Donald Trump spoke in Iowa. The Democratic presidential candidate said his plan "
        + "was \"a fantasy\".\n", 3));
    // local government (UK): a Labour councillor is not the Tory one
    assertNotEquals("tom reed", who("The vote.\n\nTory councillor Tom Reed backed the plan. The Labour councillor said it was "
        + "\"a betrayal of the town\".\n", 3));
    // must not regress: a role with no party keeps its holder
    assertEquals("donald trump", who("The race.\n\nRepublican presidential candidate Donald Trump spoke in Ohio. The "
        + "presidential candidate said the plan was \"a fantasy\".\n", 3));
  }

  @Test
  void aPluralPossessiveBeforeARoleIsNoSpeaker() {
    // theatre: "said the producers' managing director, Name"
    assertEquals("jane doe", who("The show.\n\nThe show closed. \"We are not closing,\" said the producers' managing director, "
        + "Jane Doe.\n", 3));
    // sport: a club's plural name
    assertEquals("sam cole", who("The final.\n\nThe game was lost. \"It was a hit,\" said the Wolves' head coach, Sam Cole.\n", 3));
    // courts: a family's lawyer
    assertEquals("ann lee", who("The case.\n\nThe appeal failed. \"We will go on,\" said the Smiths' lawyer, Ann Lee.\n", 3));
    // media: a newspaper's reporter after "by"
    assertEquals("ben sisario", who("The club.\n\nFAREWELL: \"The Living Room to close,\" by Times' Ben Sisario: \"The club "
        + "will close at the end of December, its owners announced on Tuesday.\"\n", 3));
  }

  @Test
  void aReflexiveAfterANounPhraseEmphasisesIt() {
    // business: an organisation and "itself"
    assertEquals("lumio", who("The launch.\n\nLumio showed a headset on Tuesday. It could ship in March, one analyst said, though "
        + "Lumio itself would only say it would be available \"in the early part of next year\".\n", 3));
    // science: a named researcher and "herself"
    assertEquals("jane goodall", who("The study.\n\nThe paper was published. Jane Goodall herself said the data were \"not yet "
        + "conclusive\".\n", 3));
  }

  @Test
  void aNameAfterAPrepositionOfPlaceIsNoNearestSpeaker() {
    // farming: a pub's name after "at the", then an untagged quotation
    assertNotEquals("drovers arms", who("The protest.\n\nAt a meeting at the Drovers Arms in Caldwell, about sixty farmers "
        + "gathered last night to plan a protest.\n\n\"They want us to keep the countryside looking like a postcard and they "
        + "won't pay for it.\"\n", 5));
    // local government: a hall's name after "outside"
    assertNotEquals("corn exchange", who("The vote.\n\nResidents gathered outside the Corn Exchange on Tuesday evening to wait "
        + "for the vote.\n\n\"We have been ignored for years and nobody on the council will listen to us.\"\n", 5));
    // must not regress: an organisation after another preposition stays the guess
    assertEquals("svp", who("The vote.\n\nThis marked a shift for the SVP, which campaigned hard.\n\n\"Lose safety? Lose work? "
        + "No to Schengen and no to the open borders.\"\n", 5));
  }
}
