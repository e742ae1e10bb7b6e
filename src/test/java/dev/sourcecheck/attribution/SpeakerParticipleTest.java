package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Participles and phrasal verbs of saying that tag a quotation (round 6), from several kinds of story. */
class SpeakerParticipleTest {
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
  void wentOnTagsAQuotationAsAVerbOfSaying() {
    // politics: a question's tag after it, not the speaker of the paragraph before
    assertEquals("trump/after", speaker("Kelly responded: \"Can happen when you're 45.\"\n\n\"You know, it "
        + "happens, right?\" Trump went on, as if he did not hear her.\n", 3));
    // sport
    assertEquals("serena williams/after", speaker("The reporter asked about the loss.\n\n\"I am not "
        + "finished,\" Serena Williams went on. \"Not even close.\"\n", 3));
    // business: the present tense
    assertEquals("dimon/after", speaker("Analysts asked about rates.\n\n\"We are cautious,\" Dimon goes on, "
        + "pointing to the slowdown.\n", 3));
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
}
