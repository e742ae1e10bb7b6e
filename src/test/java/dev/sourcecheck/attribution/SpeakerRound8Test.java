package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.described;
import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Quote;
import org.junit.jupiter.api.Test;

/**
 * Speaker round 8: an organisation's name before a person's role and name; a role no lexicon lists
 * after a verb of saying; "the" and one capitalised word as an organisation; the subject of a passive
 * verb of saying; a relative clause's antecedent; "a" before a plural head; a pronoun after a
 * described person; a surname shared with a relative.
 */
class SpeakerRound8Test {
  /** The first role of the speaker of the quotation on {@code line}, or null. */
  private static String role(String text, int line) {
    Article a = AttributionModelTest.parse(text);
    Speakers sp = AttributionModel.find(a, SpeakerProbe.matcher());
    for (Quote q : a.quotes()) {
      if (a.index().line(q.span().start()) == line) {
        Person p = sp.person(sp.attribution(q.index()).person());
        return p == null || p.roles().isEmpty() ? null : p.roles().get(0);
      }
    }
    throw new AssertionError("no quotation on line " + line);
  }

  @Test
  void anOrganisationsNameOpeningTheSentenceBeforeARoleAndANameIsNotTheSpeaker() {
    // education: the organisation opens the sentence, a role of two words, a surname that is a direction
    String uni = "Jobs cut.\n\nUniversity of Nottingham Vice Chancellor Shearer West said the cuts were \"painful.\"\n";
    assertEquals("shearer west/before", speaker(uni, 3));
    assertEquals("Vice Chancellor", role(uni, 3));
    // finance: the role stops where the organisation's name does
    String bank = "Rates held.\n\n\"Inflation remains too high,\" Bank of England Governor Andrew Bailey said.\n";
    assertEquals("andrew bailey/after", speaker(bank, 3));
    assertEquals("Governor", role(bank, 3));
    // sport: no organisation noun, a role of two words before the name
    assertEquals("omar berrada/after", speaker("The season ended.\n\n\"The club is in good hands,\" Manchester "
        + "United Chief Executive Omar Berrada said.\n", 3));
    // civil rights: a run longer than a name's, with a joiner, and a statement
    assertEquals("nihad awad/statement", speaker("The rally was held.\n\nThe Council on American-Islamic Relations "
        + "National Executive Director Nihad Awad says in a statement that the rhetoric has \"crossed the line.\"\n", 3));
  }

  @Test
  void aRoleNoLexiconListsBetweenTheVerbAndTheNameNamesTheSpeaker() {
    // charity gala
    String gala = "The gala raised thousands.\n\n\"Tonight is about the children,\" said master of ceremonies Dave "
        + "Burns.\n";
    assertEquals("dave burns/after", speaker(gala, 3));
    assertEquals("master of ceremonies", role(gala, 3));
    // local campaign
    assertEquals("anna li/after", speaker("The depot will close.\n\n\"We will fight this,\" said fellow campaigner "
        + "Anna Li, who lives nearby.\n", 3));
    // must not regress (broadcasting): a name that does not end the clause is the verb's object
    assertEquals("joe scarborough/before", speaker("Joe Scarborough: Trump Is 'Disqualifying.'\n\nJoe Scarborough, "
        + "host of the show, suggested business mogul Donald Trump's refusal could be \"disqualifying.\"\n", 3));
  }

  @Test
  void theAndOneCapitalisedWordBeforeAVerbOfSayingIsAnOrganisation() {
    // politics: an outlet whose name is an ordinary word
    assertEquals("blaze/after", speaker("The senator spoke.\n\nThe Blaze covered it.\n\n\"The senator is wrong,\" "
        + "The Blaze reported, citing a staffer.\n", 5));
    // sport
    assertEquals("athletic/after", speaker("The striker left.\n\nThe Athletic has more.\n\n\"It was a mistake,\" The "
        + "Athletic reported on Friday.\n", 5));
  }

  @Test
  void theSubjectOfAPassiveVerbOfSayingIsNotItsSpeaker() {
    // transport: a word mentioned, then a passive naming verb
    assertEquals("null/none", speaker("Rail contracts change.\n\nThe word \"franchise\" is no longer used officially; "
        + "the contracts are now called national rail contracts.\n", 3));
    // housing
    assertEquals("null/none", speaker("Homes are scarce.\n\nThe phrase \"starter home\" is rarely heard; the houses "
        + "are now described as compact dwellings.\n", 3));
  }

  @Test
  void aVerbOfSayingAfterARelativePronounSpeaksForItsAntecedent() {
    // transport: not the impersonal "It" of the main clause, nor an organisation named before
    assertEquals("company/before", speaker("Fines rose.\n\nThe Office of Rail and Road fined the operator.\n\nIt is a "
        + "failure for a company that promised a \"new era\" of reliable services.\n", 5));
    // politics: a cleft sentence
    assertEquals("barack obama/before", speaker("Barack Obama spoke.\n\nIt was Obama who pressed for a \"Grand "
        + "Bargain\" in 2011.\n", 3));
    // business: a document with no owner named speaks for whoever issued it
    assertEquals("maria lopez/before", speaker("Shares rose.\n\nIn selling the scheme, Maria Lopez released a "
        + "marketing video that said, \"Everyone will get rich.\"\n", 3));
  }

  @Test
  void aBeforeASingularNounAndAPluralHeadStartsNoSpeakersPhrase() {
    // local government
    assertEquals("campaigners", described("Libraries close.\n\nCouncillors voted to close three libraries, in a "
        + "decision campaigners described as \"a disgrace\".\n", 3));
    // sport
    assertEquals("supporters", described("The manager left.\n\nThe club sacked its manager, a move supporters "
        + "called \"long overdue\".\n", 3));
  }

  /** A health story: a described patient, a place in the description, then "she said". */
  private static final String PATIENT = "Waits grow.\n\nPatients wait longer for scans.\n\nOne patient, a "
      + "62-year-old woman from Dunmore who asked not to be named, said she waited 19 weeks. \"I kept ringing,\" she "
      + "said.\n\nA shopkeeper in Harlow, who declined to give his name, said trade had collapsed. \"Nobody comes,\" "
      + "he said.\n";

  @Test
  void aPronounAfterADescribedPersonIsThatPersonsNotAPlacesInTheDescription() {
    // health: not the town the patient comes from
    assertEquals("null/vague", speaker(PATIENT, 5));
    // retail: a place the lists know, and no name at all
    assertEquals("null/vague", speaker(PATIENT, 7));
    // must not regress (politics): a name in the reported clause of the described source's sentence
    assertEquals("hillary clinton/pronoun", speaker("Hillary Clinton spoke.\n\nA campaign aide later clarified that "
        + "Clinton misspoke. \"I never sent classified material,\" she said.\n", 3));
  }

  @Test
  void aBareSurnameIsNotTheRelativeNamedThroughTheSubject() {
    // obituary: the daughter named last, then the subject's title and surname
    assertEquals("margaret ellison/pronoun", speaker("Margaret Ellison dies at 91.\n\nMargaret Ellison, a marine "
        + "biologist, died on Saturday.\n\nHer death was confirmed by her daughter, Ruth Ellison.\n\nDr. Ellison "
        + "spent four decades at the laboratory. She later called it \"cold, in every sense\".\n", 7));
    // politics: the son named through his mother, then "Ms. Khan wrote"
    assertEquals("ghazala khan/after", speaker("Ghazala Khan wrote an article.\n\nGhazala Khan spoke of her son, "
        + "Humayun Khan.\n\n\"I felt my pain,\" Ms. Khan wrote.\n", 5));
  }
}
