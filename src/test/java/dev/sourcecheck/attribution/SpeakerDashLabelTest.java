package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A roundup line "summary - Source: “…”": the name between the dash and the colon is the speaker. */
class SpeakerDashLabelTest {
  @Test
  void theNameBetweenASpacedDashAndTheColonSpeaks() {
    // polling roundup: an outlet's label after a summary with a verb of its own ("predict")
    assertEquals("pew research/before", speaker("A roundup of the week.\n\nPolls did predict the race - Pew "
        + "Research: \"The polls were right.\"\n", 3));
    // science roundup: a person, after an em dash
    assertEquals("ann lee/before", speaker("A roundup of the week.\n\nThe probe found ice \u2014 Ann Lee: \"It is "
        + "a frozen lake.\"\n", 3));
    // sport: a person with the team after the preposition, after an en dash
    assertEquals("bill jones/before", speaker("A roundup of the week.\n\nThe coach was blunt \u2013 Bill Jones of "
        + "the Dallas Cowboys: \"We lost.\"\n", 3));
  }

  @Test
  void noNameBeforeTheColonLeavesTheOtherSieves() {
    // must not regress (local government): an aside between dashes holds no name; the verb's subject speaks
    assertEquals("mayor/before", speaker("The storm passed.\n\nThe mayor said - and he meant it: \"We will "
        + "rebuild.\"\n", 3));
    // must not regress (courts): a hyphenated word is no dash
    assertEquals("john smith/before", speaker("The trial opened.\n\nJohn Smith said the case was open-and-shut: "
        + "\"We will win.\"\n", 3));
  }
}
