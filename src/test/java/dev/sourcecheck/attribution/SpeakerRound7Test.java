package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.described;
import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Speaker round 7: outlets known by a short name opening a capitalised run; a described source with its basis of knowledge. */
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
}
