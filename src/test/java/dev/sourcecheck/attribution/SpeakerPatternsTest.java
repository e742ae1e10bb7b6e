package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.article.Article;
import org.junit.jupiter.api.Test;

/** Speaker patterns read on real copy (round 3), each with examples from several kinds of story. */
class SpeakerPatternsTest {
  @Test
  void aVerbBeforeTheNameAfterACommaTagsThePartialQuotation() {
    assertEquals("nargis kassenova/after", speaker("Trade grew.\n\nChina has used \"velvet gloves\" in its "
        + "dealings with Central Asia, said Nargis Kassenova, an expert at KIMEP University.\n", 3));
    assertEquals("helen marsh/after", speaker("Shares fell.\n\nThe merger left the firm \"badly exposed\" to "
        + "Frankfurt, said Helen Marsh, an analyst at Berenberg.\n", 3));
    // "said of": the name after the preposition is who was spoken of, not the speaker
    assertEquals("roy blunt/after", speaker("Roy Blunt spoke.\n\n\"He had a lot of supporters,\" Blunt, after a "
        + "long pause, said of Cruz.\n", 3));
  }

  @Test
  void aSubordinateClauseIsNoFrameForTheMainClausesSpeaker() {
    assertEquals("kathleen jamieson/before", speaker("Kathleen Jamieson teaches.\n\nWhile not everything Lopez says "
        + "is true, Jamieson said Lopez is \"telling his fans what they want\" to hear.\n", 3));
    assertEquals("marco silva/before", speaker("Marco Silva and Dean Smith met.\n\nAfter Smith argued that the "
        + "referee erred, Silva said only that the decision was \"the right one\".\n", 3));
    assertEquals("ruth bell/before", speaker("Ruth Bell and Omar Haddad sit on the council.\n\nHaddad objected "
        + "after Bell argued that the budget \"leaves the libraries with nothing at all\".\n", 3));
    // a frame still holds: the reported clause's verb is the first speaker's report
    assertEquals("anna weber/before", speaker("Anna Weber runs the lab.\n\nWeber said that Keller shows "
        + "\"great promise\" in the trials.\n", 3));
  }

  @Test
  void aSurnameThatIsAlsoAPlaceANationalityOrAWordIsThePersonNamedInFull() {
    // sport: a place
    assertEquals("dan israel/after", speaker("Coach Dan Israel watched from the bench.\n\n\"We ran out of time,\" "
        + "Israel said.\n", 3));
    // business: a nationality
    assertEquals("mark cuban/after", speaker("Mark Cuban, the team's owner, spoke on Sunday.\n\nThe league would "
        + "have to \"open the books,\" Cuban said.\n", 3));
    // local government: a place before ", who"
    assertEquals("ed paris/after", speaker("Council member Ed Paris chairs the budget committee.\n\n\"We are "
        + "ready for the vote,\" Paris, who used to work for the mayor, said on Monday.\n", 3));
    // a function word after a given name
    assertEquals("al from/after", speaker("Al From, who founded the council, spoke.\n\n\"We lost three "
        + "elections,\" From said.\n", 3));
    // no one of that name: the country stays a place
    assertEquals("null/none", speaker("Talks stalled.\n\nIsrael said the offer was \"not serious\" at all and "
        + "would be rejected by the cabinet in Jerusalem.\n", 3));
  }

  @Test
  void aPartialQuotationInsideASentenceIsItsClausesBeforeItContinuesTheQuotationBefore() {
    // local government: a subordinate clause after the first speaker's clause has its own subject
    String council = "Councillor Ruth Bell and Mayor Omar Haddad disagree.\n\n\"It is a mistake,\" Bell said. "
        + "Bell refers to the depot as \"the barn,\" while Haddad refers to it as \"the hub.\"\n";
    Article a = AttributionModelTest.parse(council);
    Speakers sp = AttributionModel.find(a, SpeakerProbe.matcher());
    assertEquals("omar haddad/partial", AttributionModelTest.lastQuoteSpeakerAt(a, sp, 3));
    // sport
    String sport = "Coach Dean Smith and striker Ana Lopez spoke after the match.\n\n\"We were sloppy,\" Smith "
        + "said. Smith dubbed the ground \"the fortress,\" though Lopez prefers \"the bowl.\"\n";
    a = AttributionModelTest.parse(sport);
    sp = AttributionModel.find(a, SpeakerProbe.matcher());
    assertEquals("ana lopez/partial", AttributionModelTest.lastQuoteSpeakerAt(a, sp, 3));
    // a quotation opening its sentence still continues the speaker before it
    assertEquals("dean smith/continuation", speaker("Coach Dean Smith spoke after the match.\n\n\"We were "
        + "sloppy,\" Smith said.\n\n\"We will be better on Saturday.\"\n", 5));
  }

  @Test
  void aMiddleInitialAIsAnInitialNotTheArticle() {
    // business
    assertEquals("jill martin/statement", speaker("The filing was made public.\n\n\"We will review it,\" said Jill A. "
        + "Martin, vice president of the company, in a statement.\n", 3));
    // courts
    assertEquals("mary hale/after", speaker("The appeal was heard on Monday.\n\n\"The statute is clear,\" wrote "
        + "Judge Mary A. Hale for the panel.\n", 3));
    // the article "A" after a name still opens a new phrase
    assertEquals("ruth bell/after", speaker("Ruth Bell chairs the board.\n\n\"A vote is due,\" Bell said. A. "
        + "Martin did not reply.\n", 3));
  }

  @Test
  void aTagSentenceWithAVerbTheListsDoNotKnowNamesItsSpeakerBeforeTheNextQuotation() {
    // sport
    assertEquals("dean smith/after", speaker("Coach Dean Smith and striker Ana Lopez spoke.\n\n\"It was a fair "
        + "result,\" a smiling Smith shrugged. \"We move on.\"\n", 3));
    // business
    assertEquals("maria ferreira/after", speaker("Chief executive Maria Ferreira took questions.\n\n\"Sales will "
        + "recover,\" a relieved Ferreira exhaled. \"The worst is over.\"\n", 3));
    // politics
    assertEquals("francois hollande/after", speaker("Francois Hollande answered Trump on Tuesday.\n\n\"France will "
        + "always be France,\" an angry Hollande retaliated. \"It never gives up.\"\n", 3));
  }
}
