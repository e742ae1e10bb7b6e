package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A person's name before a preposition and the proper name of where the person works: the person speaks. */
class SpeakerAffiliationTest {
  @Test
  void aPersonBeforeOfAndAnInstitutionIsTheSpeakerNotTheInstitution() {
    // research
    assertEquals("tom reed/after", speaker("The study was released.\n\n\"The data are clear,\" Tom Reed of the "
        + "Brookings Institution said.\n", 3));
    // science: an institution of several capitalised words with "of" and "for" inside it
    assertEquals("amy glasmeier/after", speaker("The report came out.\n\n\"Wages lag,\" Amy Glasmeier of the "
        + "Massachusetts Institute of Technology said.\n", 3));
    // sport: a role before the name, the team after it
    assertEquals("bill jones/after", speaker("The season opened.\n\n\"We will win,\" coach Bill Jones of the "
        + "Dallas Cowboys said.\n", 3));
    // courts: the tag before the quotation
    assertEquals("ann lee/before", speaker("The ruling came down.\n\nAnn Lee of the American Civil Liberties Union "
        + "said the ruling was \"a clear win.\"\n", 3));
  }

  @Test
  void anInstitutionNameHoldingAConjunctionOrAPossessiveIsCrossedToo() {
    // defence: "Washington's Institute for Science and International Security"
    assertEquals("serena kelleher/after", speaker("The test was announced.\n\n\"The yield is small,\" Serena Kelleher "
        + "of Washington's Institute for Science and International Security wrote.\n", 3));
    // business
    assertEquals("mark diaz/after", speaker("Shares fell.\n\n\"Demand will recover,\" Mark Diaz of Barclays and "
        + "Partners Capital said.\n", 3));
  }

  @Test
  void withoutAPersonBeforeThePrepositionTheSubjectIsUnchanged() {
    // must not regress: a role or a unit before "of" is no person
    assertEquals("governor of texas/after", speaker("The storm hit.\n\n\"We are ready,\" the governor of Texas "
        + "said.\n", 3));
    assertEquals("spokesman for the dallas cowboys/after", speaker("The season opened.\n\n\"We will win,\" a "
        + "spokesman for the Dallas Cowboys said.\n", 3));
    // an organisation's unit is an organisation, not a person of its own
    assertEquals("department of homeland security/before", speaker("The wall was debated.\n\nThe Science and Technology "
        + "Directorate of the Department of Homeland Security concluded that none of the methods were \"suited to "
        + "the work.\"\n", 3));
  }
}
