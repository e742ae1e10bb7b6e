package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Shapes of a speech cue read on PolNeAR tune copy (round 6): participles, quantities as subjects, a new sentence after a question; each from several kinds of story. */
class SpeakerCueShapesTest {
  @Test
  void aParticipleAfterACommaAndAnAdverbHasTheMainClauseSubject() {
    // politics: "recently" stands between the comma and the participle
    assertEquals("hillary clinton/before", speaker("Trump spoke.\n\nHillary Clinton has expressed frustration, and "
        + "even a little trepidation, about the debate, recently telling one person close to her that she is "
        + "unsure \"which Donald Trump will show up.\"\n", 3));
    // courts
    assertEquals("amy jackson/before", speaker("The court ruled.\n\nJudge Amy Jackson rejected the motion, later "
        + "writing that the filing was \"frivolous\" and late.\n", 3));
    // sport
    assertEquals("pep guardiola/before", speaker("The club lost.\n\nPep Guardiola praised the defence, also "
        + "saying the result was \"a big step\" for the team.\n", 3));
    // must not regress: with no adverb the rule reads as before (business)
    assertEquals("jane fraser/before", speaker("Sales fell.\n\nJane Fraser cut the forecast, saying demand was "
        + "\"very weak\" in Europe.\n", 3));
    // must not regress: an adverb after a comma before a noun, not a participle, adds no statement (politics)
    assertEquals("sanders/before", speaker("Sanders spoke.\n\nSanders said the plan was \"a fraud\", then "
        + "Clinton left the stage.\n", 3));
  }

  @Test
  void aQuantityOpeningItsClauseBeforeAPastFormIsTheSubject() {
    // politics: "Several" is the source, vague, not no one
    assertEquals("null/vague", speaker("The candidates spoke.\n\nSeveral said they would prefer \"block grants\" "
        + "for schools.\n", 3));
    // sport: the tag after a quotation
    assertEquals("null/vague", speaker("The fans left early.\n\n\"It is over,\" another said.\n", 3));
    // courts: after "and"
    assertEquals("null/vague", speaker("Jurors left the court.\n\nOne wept and another said the verdict was "
        + "\"just\".\n", 3));
    // must not regress: a quantity inside a phrase is no subject ("one called", "more worried") (business, politics)
    assertEquals("null/none", speaker("Sales fell.\n\nAnalysts cite the products, including one called "
        + "\"the Box\" by fans.\n", 3));
    assertEquals("null/none", speaker("Polls moved.\n\nBut members of her team are more worried about \"the "
        + "debate\" now.\n", 3));
  }

  @Test
  void aCapitalisedPronounAfterAQuestionOrExclamationStartsASentenceWhenItsVerbReportsWordsOfItsOwn() {
    // politics: "She replied to him that …" is Clinton's answer, not the tag of Axelrod's words
    assertEquals("axelrod/before", speaker("Clinton was ill.\n\nAxelrod wrote to Clinton, telling her, \"you are "
        + "an all-star player!\" She replied to him that it was an honor.\n", 3));
    // courts: "He answered, “…”" tags the next quotation
    assertNotEquals("null/pronoun", speaker("The hearing opened.\n\nA lawyer was asked, \"Did you know?\" He "
        + "answered, \"I have no idea.\"\n", 3));
    // must not regress: with no words of its own the verb is the question's tag (sport)
    assertEquals("null/pronoun", speaker("The coach is blunt.\n\n\"Too slow?\" He tweeted when the striker "
        + "missed again.\n", 3));
  }

  @Test
  void askTagsTheQuestionAfterIt() {
    // media: "I ask the people, ‘…?’" is the asker's question
    assertEquals("null/pronoun", speaker("The host spoke.\n\nBut then I ask the people, \"What do you mean?\" "
        + "They said it was a tax.\n", 3));
    // business: a generic group asking is a vague source
    assertEquals("null/vague", speaker("The bank reported.\n\nAnalysts ask the bank, \"Where is the "
        + "growth?\"\n", 3));
  }
}
