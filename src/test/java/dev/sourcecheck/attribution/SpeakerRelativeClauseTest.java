package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A restrictive relative clause between a speaker and the verb of saying, from several kinds of story. */
class SpeakerRelativeClauseTest {
  @Test
  void theSpeakerIsThePhraseTheRelativeClauseRestrictsNotTheClausesObject() {
    // politics: "her" is whom the groups wrote to
    assertEquals("groups/before", speaker("Hillary Clinton spoke on Monday.\n\nBut the groups who wrote to her on "
        + "Thursday say they are \"concerned\" about the campaign.\n", 3));
    // courts
    assertEquals("lawyers/before", speaker("Judge Amy Jackson ruled.\n\nThe lawyers who wrote to Jackson on Friday "
        + "say the order is \"plainly unlawful\" and must go.\n", 3));
    // business: a vague source stays vague rather than the name in its clause
    assertEquals("null/vague", speaker("Lachlan Murdoch took over.\n\nExecutives who have worked with Lachlan "
        + "Murdoch say he is \"more cautious\" than his father.\n", 3));
    // sport ("fans", like "supporters", is a generic group of source-heads: a described source, not Guardiola)
    assertEquals("null/vague", speaker("Coach Pep Guardiola left.\n\nThe fans who cheered Guardiola for years "
        + "said the move was \"a betrayal\" of the club.\n", 3));
  }

  @Test
  void aClauseThatOpensWithItsOwnSubjectOrAnAppositiveOfANameKeepsTheOldReading() {
    // politics: "which officials say" has its own subject
    assertEquals("null/vague", speaker("The plan came out.\n\nThe plan which officials say is \"flawed\" was "
        + "dropped.\n", 3));
    // politics: an appositive after a name gives the name
    assertEquals("carlos lopez-cantera/after", speaker("Rubio spoke.\n\n\"We will win,\" Carlos Lopez-Cantera, a "
        + "Republican and former state legislator who became lieutenant governor in 2014, said.\n", 3));
  }
}
