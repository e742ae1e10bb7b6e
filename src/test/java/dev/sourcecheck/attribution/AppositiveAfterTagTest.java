package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A role or described phrase after the verb, then a name in apposition: the name is the speaker. */
class AppositiveAfterTagTest {
  @Test
  void theNameInAppositionAfterTheVerbsPhraseSpeaks() {
    assertEquals("tom aldridge/after", speaker("The coach was sacked.\n\n\"That performance was humiliating,\" said the "
        + "captain, Tom Aldridge, who came off injured in the first half.\n", 3));
    assertEquals("james comey/after", speaker("The inquiry went on.\n\n\"We found no case,\" said the bureau's director, "
        + "James Comey, on Monday.\n", 3));
    assertEquals("ana ruiz/after", speaker("The trial ended early.\n\n\"The results are clear,\" said the hospital's "
        + "medical director, Ana Ruiz.\n", 3));
    assertEquals("bruce turry/after", speaker("He left college in 1968.\n\n\"It was his first attempt,\" said his best "
        + "friend at Lehigh, Bruce Turry.\n", 3));
  }

  @Test
  void aPhraseWithNoNameAfterItKeepsItsSpeaker() {
    // a counted role with no holder is a described source, as "said one official" is: vague, not another name
    assertEquals("null/vague", speaker("The council met.\n\n\"It was rushed,\" said one councillor, adding that the vote "
        + "should be held again.\n", 3));
  }
}
