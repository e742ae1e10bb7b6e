package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.described;
import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Speaker round 7: outlets known by a short name opening a capitalised run; a described source with
 * its basis of knowledge; the name opening a list item's Title Case heading.
 */
class SpeakerRound7Test {
  @Test
  void aShortNamedOutletOpeningARunIsThatOutlet() {
    // state politics: an all-caps outlet and its regional desk
    assertEquals("politico florida/before", speaker("The budget passed.\n\nPOLITICO Florida reported that the "
        + "governor had closed what staff called the \"mosquito lab.\"\n", 3));
    // business: an outlet and its product line
    assertEquals("axios pro/before", speaker("Shares rose.\n\nAxios Pro reported that the merger was \"all but "
        + "done.\"\n", 3));
    // sport: a network and its film unit
    assertEquals("espn films/before", speaker("The season ended.\n\nESPN Films said the series would be \"the "
        + "final chapter.\"\n", 3));
  }

  @Test
  void aRoleOrAGivenNameAfterTheShortNameIsAPerson() {
    // must not regress (diplomacy): an office between the organisation and the person
    assertEquals("john bolton/before", speaker("The vote failed.\n\nUN Ambassador John Bolton said the "
        + "resolution was \"dead on arrival.\"\n", 3));
    // must not regress (trade): an office, then a given name
    assertEquals("maria lopez/before", speaker("The tariffs rose.\n\nEU Commissioner Maria Lopez said the "
        + "talks were \"over.\"\n", 3));
    // must not regress (broadcasting): a given name right after the short name
    assertEquals("anna fox/before", speaker("The show ended.\n\nNBC Anna Fox said it was \"time.\"\n", 3));
  }

  @Test
  void aDescribedSourceKeepsItsBasisOfKnowledge() {
    // politics: close to, and a capitalised object
    assertEquals("a person close to the Hendersons", described("The race tightened.\n\n\"It is over,\" said a "
        + "person close to the Hendersons.\n", 3));
    // business: familiar with, a lower-case object
    assertEquals("A source familiar with the merger talks", described("Shares rose.\n\nA source familiar with "
        + "the merger talks said the price was \"too high.\"\n", 3));
    // sport: involved in, after the verb
    assertEquals("one official involved in the bid", described("The vote is Friday.\n\n\"We are ready,\" said "
        + "one official involved in the bid.\n", 3));
  }

  @Test
  void aPrepositionalTailStillNeedsACapitalOrARole() {
    // must not regress (local government): "at the meeting" says nothing of the speaker
    assertEquals("One resident", described("The council met.\n\nOne resident at the meeting said the plan was "
        + "\"a disgrace.\"\n", 3));
  }

  /** A list article: a headline, an introduction, then numbered items with a heading and prose each. */
  private static final String LIST = "Ten Things Scientists And Athletes Said This Year.\n\n"
      + "It was a year of bold words from labs and stadiums alike.\n\n"
      + "1\nNora Obi Explained Why Her Research Lab Stays \u201cStill Open.\u201d\n\nGetty.\n\n"
      + "In an interview in May, Nora Obi described the funding cuts at her university.\n\n"
      + "2\nMarta Vidal Explained What It Takes To Coach \u201cA Losing Team.\u201d\n\nGetty.\n\n"
      + "After a winless season, Marta Vidal spoke to fans about the club.\n\n"
      + "3\nCity Budget Office Calls The Plan \u201cFair Enough.\u201d\n\nGetty.\n\n"
      + "The city council approved the budget in June.\n\n"
      + "4\nLena Park said the vote was a \u201cwin\u201d for the town.\n\nGetty.\n\n"
      + "Lena Park is the mayor of Dunmore.\n\n"
      + "5\nOmar Haddad On Why His Players Felt \u201cInvisible\u201d All Season.\n\nGetty.\n\n"
      + "Omar Haddad coached the club for ten years.\n\n"
      + "6\nPaul Stone Is A \u201cSafe Pair Of Hands,\u201d Board Of Appeal Finds.\n\nGetty.\n\n"
      + "Paul Stone joined the club in May.\n";

  @Test
  void theNameOpeningAListItemsHeadingSpeaks() {
    // science: a researcher named in the item's prose
    assertEquals("nora obi/before", speaker(LIST, 6));
    // sport: a coach, another heading verb
    assertEquals("marta vidal/before", speaker(LIST, 13));
    // sport again: Title Case words after the quotation
    assertEquals("omar haddad/before", speaker(LIST, 34));
  }

  @Test
  void aHeadingWithoutAKnownPersonOrASentenceIsLeftAlone() {
    // must not regress (local government): an office opens the heading, no person of that name
    assertEquals("null/none", speaker(LIST, 20));
    // must not regress (sport): the heading's own tag after the quotation names another speaker
    assertNotEquals("paul stone/before", speaker(LIST, 41));
  }
}
