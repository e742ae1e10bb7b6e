package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * An organisation's whole name speaks: one with a joiner after its organisation noun ("Department
 * for Education"), and one named before an appositive that describes it ("Greenpeace, an
 * environmental group,").
 */
class SpeakerOrganisationNameTest {
  @Test
  void anOrganisationNounAndAJoinerKeepTheWholeName() {
    // schools
    assertEquals("department for education/before", speaker("Exam results out.\n\nThe Department for Education said "
        + "it was \"reviewing the findings\".\n", 3));
    // economics
    assertEquals("institute for fiscal studies/before", speaker("Budget day.\n\nThe Institute for Fiscal Studies said "
        + "the plan was \"unaffordable\".\n", 3));
    // foreign policy
    assertEquals("council on foreign relations/before", speaker("The summit ended.\n\nThe Council on Foreign Relations "
        + "called the deal \"a modest step\".\n", 3));
  }

  @Test
  void aRoleAndANameAfterTheOrganisationStayThePerson() {
    // banking: the governor speaks, not the bank
    assertEquals("andrew bailey/before", speaker("Rates held.\n\nBank of England Governor Andrew Bailey said inflation "
        + "was \"too high\".\n", 3));
    // courts: a day after the joiner is no part of the name
    assertEquals("harlow crown court/before", speaker("The appeal was heard.\n\nHarlow Crown Court on Tuesday called "
        + "the sentence \"unduly lenient\".\n", 3));
  }

  @Test
  void anOrganisationBeforeAnAppositiveThatDescribesItSpeaks() {
    // environment
    assertEquals("greenpeace/before", speaker("The plan was approved.\n\nGreenpeace, an environmental group, called "
        + "the plan \"reckless\".\n", 3));
    // health: a name with a joiner of its own
    assertEquals("mums for lungs/before", speaker("The study was published.\n\nMums for Lungs, a campaign group, called "
        + "the results \"shocking but not surprising\".\n", 3));
    // must not regress (science): a person before a role appositive
    assertEquals("ada nefzi/before", speaker("The study was published.\n\nAda Nefzi, a chemistry professor, called the "
        + "results \"striking\".\n", 3));
  }
}
