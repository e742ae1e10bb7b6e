package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A tag after the quotation names its speaker even when the speaker is a described person the
 * lists do not know, or a name no sieve resolves: the quotation is then not the earlier
 * paragraph's speaker's.
 */
class SpeakerTagAfterTest {
  @Test
  void aQuantifiedOrPossessiveDescriptionAfterTheVerbSpeaks() {
    // local news: "one" and a noun no list holds, after the verb, with an anonymity clause
    assertEquals("one plumber/after", speaker("Pipes burst across the city.\n\nMayor Ann Holt said the city was coping.\n\n"
        + "\"Half the street has no water,\" said one plumber, who asked not to be named.\n", 5));
    // crime: a neighbour (a described source: no name), after the verb, must not take the detective's name from
    // the paragraph before
    assertEquals("null/vague", speaker("A shop owner was stabbed.\n\nDetective Inspector Karen Holt said "
        + "the attack was isolated.\n\n\"Everybody knows him,\" said one neighbour, who did not want to be named.\n", 5));
    // sport: a possessive name and a role noun after the verb
    assertEquals("holt's deputy/after", speaker("The club lost again, and manager Sam Holt was angry.\n\n\"We were told nothing,\" the groundsman said.\n\n"
        + "\"It's chaos,\" said Holt's deputy.\n", 5));
  }

  @Test
  void anOrganisationWordBeforeTheHeadDoesNotEndTheSubject() {
    // local government: "council" modifies the head "engineer", which stands right before the verb (a
    // described source, where "council" alone was the speaker)
    assertEquals("null/vague", speaker("Pipes burst.\n\nMayor Ann Holt said the city was coping.\n\n"
        + "\"The repairs will take weeks,\" a council engineer said.\n", 5));
    // Congress: "the committee chairmen wrote"
    assertEquals("committee chairmen/after", speaker("The inquiry widened.\n\n\"The evidence contradicts her "
        + "testimony,\" the committee chairmen wrote.\n", 3));
  }

  @Test
  void aNamedTagThatNoSieveResolvesContinuesNoEarlierSpeaker() {
    // business: an outlet whose name is an ordinary word (since round 8 "The" and one capitalised word before the
    // verb is that organisation; before, no one: either way not the earlier speaker)
    assertEquals("information/after", speaker("Talks ended.\n\n\"We are close,\" said Chief Executive Dana Roe.\n\n"
        + "\u201cThe merger talks collapsed on Friday,\u201d The Information reported.\n", 5));
    // must not regress (politics): a lower-case epithet of the earlier speaker still continues
    assertEquals("sheldon adelson/continuation", speaker("The donor spoke.\n\nSheldon Adelson said he had met the "
        + "candidate.\n\n\"It was very nice,\" the gambling tycoon told Reuters in a rare interview.\n", 5));
  }
}
