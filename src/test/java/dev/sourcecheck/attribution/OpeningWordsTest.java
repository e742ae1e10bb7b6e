package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A given name that is also a modal ("Will", "May") is a name where it stands mid-sentence before another capital. */
class OpeningWordsTest {
  @Test
  void aGivenNameThatIsAlsoAModalIsAName() {
    assertEquals("will strang/before", speaker("The coach left.\n\nThe club's captain, Will Strang, said: \"We need a "
        + "coach who has won this league.\"\n", 3));
    assertEquals("may chen/after", speaker("The fund closed.\n\n\"We returned every dollar,\" said May Chen, the "
        + "fund's manager.\n", 3));
  }
}
