package dev.sourcecheck.attribution;

import static dev.sourcecheck.attribution.SpeakerProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.article.Article;
import org.junit.jupiter.api.Test;

/** Speaker patterns read on PolNeAR tune copy (round 4), each with examples from several kinds of story. */
class SpeakerRound4Test {
  private static String last(String text, int line) {
    Article a = AttributionModelTest.parse(text);
    return AttributionModelTest.lastQuoteSpeakerAt(a, AttributionModel.find(a, SpeakerProbe.matcher()), line);
  }

  @Test
  void aPartyTagInParenthesesBeforeTheVerbLeavesTheNameTheSubject() {
    // politics
    assertEquals("elizabeth warren/before", speaker("Warren spoke.\n\nSaturday at the party convention Sen. "
        + "Elizabeth Warren (D-MA) said Trump was a \"proven failure\" in business.\n", 3));
    // local government: a ward in parentheses
    assertEquals("ruth bell/before", speaker("The council met.\n\nAt the budget hearing Councillor Ruth Bell "
        + "(Ward 3) said the plan was \"a disaster for the libraries\".\n", 3));
    // must not regress: a parenthesis after a comma is still an aside of the name before it
    assertEquals("john kasich/before", speaker("Kasich won.\n\nIn Berea, Gov. John Kasich (R-OH), said, \"We are "
        + "going all the way.\"\n", 3));
  }

  @Test
  void capitalisedWordsAfterTheNameAnOrganisation() {
    // politics: a veterans' group
    assertEquals("american legion/before", speaker("Fliers went out.\n\nThe American Legion has asked the "
        + "campaign to \"cease and desist\" from using its emblem.\n", 3));
    // sport: a club
    assertEquals("tampa bay buccaneers/before", speaker("The deal closed.\n\nThe Tampa Bay Buccaneers said the "
        + "trade was \"good for both sides\" and thanked the player.\n", 3));
    // must not regress: a campaign named for a person is that person's
    assertEquals("bernie sanders/after", speaker("Bernie Sanders spoke.\n\n\"We will win,\" the Bernie Sanders "
        + "campaign said.\n", 3).replace("bernie sanders campaign", "bernie sanders"));
  }

  @Test
  void anUntaggedQuotationOpeningAParagraphContinuesTheSubjectOfTheSentenceBefore() {
    // politics: not the storm named last
    assertEquals("buddy valastro/nearest", speaker("Buddy Valastro backed Christie.\n\nValastro praised "
        + "Christie's leadership in the aftermath of Hurricane Sandy.\n\n\"We need someone who is going to cut "
        + "through it and bring people together.\"\n", 5));
    // business: an organisation after an opening phrase
    assertEquals("dnc/nearest", speaker("The emails leaked.\n\nAt Brazile's direction, the DNC issued a "
        + "statement apologizing to Sanders for the emails.\n\n\"On behalf of everyone at the committee, we "
        + "offer a deep and sincere apology.\"\n", 5));
    // sport: a pronoun subject
    assertEquals("dean smith/pronoun", speaker("Coach Dean Smith faced the press.\n\nHe thanked the fans and "
        + "Ana Lopez for the support.\n\n\"Without them we would have lost this one badly.\"\n", 5));
  }

  @Test
  void theSecondVerbOfACoordinatedPredicateSharesTheFirstVerbsSubject() {
    // politics
    assertEquals("ted cruz/before", speaker("Ted Cruz and Marco Rubio clashed.\n\nThere were digs, such as "
        + "when Cruz knocked Rubio on trade and called him a \"moderate,\" a subtle jab.\n", 3));
    // sport
    assertEquals("ana lopez/before", speaker("Ana Lopez and Dean Smith met.\n\nThere were warm moments, such as "
        + "when Lopez thanked Smith and called him \"a true gentleman\" in the tunnel.\n", 3));
  }

  @Test
  void aPassiveVerbOfSayingIsSaidByItsAgent() {
    // politics: a television interview
    assertEquals("bill maher/before", speaker("Bernie Sanders and Bill Maher spoke.\n\nSanders was asked by host "
        + "Bill Maher, who backs him, \"Has the email story moved a little bit, has it not?\"\n", 3));
    // courts
    assertEquals("mary hale/before", speaker("Tom Reyes and Judge Mary Hale sat in court.\n\nReyes was asked by "
        + "Judge Mary Hale, \"Did you read the contract before you signed it?\"\n", 3));
    // must not regress: an active verb before the quotation
    assertEquals("tom reyes/before", speaker("Tom Reyes and Judge Mary Hale sat in court.\n\nReyes asked Hale, "
        + "\"May I read the contract again before I answer?\"\n", 3));
  }

  @Test
  void aParticipleOpeningItsSentenceIsNoName() {
    // politics
    assertEquals("bill maher/continuation", last("Bill Maher spoke.\n\nLater, Maher stated that the report "
        + "\"wasn't good.\" Adding, \"Like with all their scandals, what they do is never that bad.\"\n", 3));
    // business
    assertEquals("maria ferreira/continuation", last("Maria Ferreira spoke.\n\nFerreira said sales were "
        + "\"flat.\" Noting, \"The second half of the year will be much better for all of us.\"\n", 3));
  }

  @Test
  void aMonthOrAnAuxiliaryAfterAGivenNameIsASurname() {
    // politics
    assertEquals("theresa may/after", speaker("Theresa May spoke.\n\n\"We will leave,\" May said.\n", 3));
    // opinion: a columnist
    assertEquals("ai jun/after", speaker("The paper ran a column.\n\n\"Many of his ideas are far from heartwarming,\" "
        + "columnist Ai Jun wrote in the piece.\n", 3));
    // must not regress: a month before a date is no name
    assertEquals("ruth bell/before", speaker("Ruth Bell chairs the board.\n\nOn June 5 Bell said the budget was "
        + "\"a disgrace to the town\" and left.\n", 3));
  }

  @Test
  void aNameBeforeAPrepositionalPhraseIsTheSubjectOfTheVerbAfterIt() {
    // politics
    assertEquals("donald trump/before", speaker("Donald Trump spoke.\n\nIt was complete when Trump in his "
        + "announcement speech called immigrants \"rapists\" and promised a wall.\n", 3));
    // business: a time phrase after a dateline
    assertEquals("maria ferreira/before", speaker("Sales fell.\n\nLONDON - Chief executive Maria Ferreira on "
        + "Monday tweeted a chart of the figures with the words \"worst quarter ever!\" attached.\n", 3));
    // must not regress: a name after the preposition is whom the head speaks for
    assertFalse(speaker("Hillary Clinton spoke.\n\nA spokesman for candidate Hillary Clinton "
        + "called the report \"outrageous and false.\"\n", 3).startsWith("hillary clinton/"));
  }

  @Test
  void anUnknownVerbAfterAQuotationEndingItsParagraphTagsIt() {
    // comedy
    assertEquals("john oliver/after", speaker("John Oliver hosts a show.\n\n\"For a start, his wife chose not "
        + "to speak, you fool,\" Oliver barked.\n\"Honestly,\" he continued, \"we are close.\"\n", 3));
    // sport
    assertEquals("dean smith/after", speaker("Coach Dean Smith was furious.\n\n\"That was never a penalty,\" "
        + "Smith fumed.\n\"Never,\" he said.\n", 3));
    // must not regress: a thing is no speaker of an unknown verb
    assertFalse(speaker("The convention closed.\n\nWhen the speech ended, \"I will fight for "
        + "you!\" the balloons cascaded down.\n\nThe music played on.\n", 3).startsWith("balloons"));
  }

  @Test
  void aShortPartialQuotationInAnOrganisationsClauseIsTheOrganisations() {
    // politics
    assertEquals("ohio democratic party/partial", speaker("The vote nears.\n\nThe Ohio Democratic Party is trying "
        + "to convince the courts to add back the \"Golden Week\" for voters.\n", 3));
    // business
    assertEquals("acme company/partial", speaker("Results are due.\n\nThe Acme Company has rolled out a \"smart saver\" "
        + "plan for its customers.\n", 3));
    // must not regress: an organisation's possessive is the outlet's scare quote
    assertEquals("null/none", speaker("The war goes on.\n\nThe Kremlin's \"peace plan\" was rejected at once "
        + "by the allies.\n", 3));
  }

  @Test
  void aSubordinateClauseOpeningWithANameAndItsAppositiveIsThatNamesClause() {
    // politics
    assertEquals("mike huckabee/before", speaker("Bobby Jindal and Mike Huckabee spoke.\n\nLouisiana Gov. Bobby "
        + "Jindal on Monday signed an order, while Mike Huckabee, the former Arkansas governor, proposed we \"wake up "
        + "and smell the coffee\" and left.\n", 3));
    // sport
    assertEquals("ana lopez/before", speaker("Dean Smith and Ana Lopez spoke.\n\nCoach Dean Smith on Monday "
        + "praised the fans, while Ana Lopez, the club captain, said the team was \"ready for anything\" now.\n", 3));
  }

  @Test
  void anUnknownVerbRightBeforeTheQuotationIsNearerThanAKnownVerbBeforeIt() {
    // politics: a debate
    assertEquals("martin o'malley/before", last("Hillary Clinton and Martin O'Malley debated.\n\nShe said that "
        + "experts had found her plans strong, to which O'Malley interjected: \"It is just not true.\"\n", 3));
    // courts
    assertEquals("tom reyes/before", last("Judge Mary Hale and Tom Reyes sat in court.\n\nHale said the "
        + "contract was valid, at which point Reyes shouted: \"I never signed anything at all!\"\n", 3));
  }

  @Test
  void aRoleAfterTheVerbWithANameInAppositionNamesTheSpeaker() {
    // courts and crime
    assertEquals("james comey/after", speaker("James Comey and Loretta Lynch spoke.\n\nThe two men knew each "
        + "other \"casually,\" aside from that, said the bureau's director, James B. Comey, on Monday.\n", 3));
    // business
    assertEquals("helen marsh/after", speaker("Shares fell.\n\nThe shares were \"badly oversold\" after the "
        + "report, said the firm's chief analyst, Helen Marsh.\n", 3));
  }

  @Test
  void aParticipleRightAfterAPhraseModifiesItAndTagsNoQuotation() {
    // politics: the participle belongs to "a nod to the front-runner"
    assertFalse(speaker("Marco Rubio and Ted Cruz spoke.\n\nRubio made a joke and called Trump \"very flexible,\" "
        + "a nod to the front-runner acknowledging that he has changed his position.\n", 3).startsWith("null/vague"));
    // must not regress: a participle after a comma still tags the quotation
    assertEquals("dean smith/after", speaker("Coach Dean Smith spoke.\n\n\"We were unlucky,\" Smith said, adding "
        + "that the referee erred.\n", 3));
  }

  @Test
  void aPartialQuotationAfterAnImpersonalOpeningIsTheInnerClausesSubjects() {
    // politics
    assertEquals("donald trump/partial", speaker("Donald Trump spoke.\n\nIt is strange that Trump would denounce "
        + "\"self-deportation,\" given his own plans.\n", 3));
    // sport
    assertEquals("ana lopez/partial", speaker("Ana Lopez spoke.\n\nIt was no surprise that Lopez rated the "
        + "final \"our best game\" after the whistle.\n", 3));
    // must not regress: a named speaker of the outer clause keeps a quotation inside what she reports
    assertEquals("walter hewlett/partial", speaker("Walter Hewlett and Carly Fiorina clashed.\n\nWalter Hewlett "
        + "sniped that Fiorina, a first-time chief executive, was \"learning on the job,\" at the meeting.\n", 3));
  }

  @Test
  void aColonEndingTheParagraphBeforeIntroducesTheMainClausesSubject() {
    // politics: not the person of the subordinate clause
    assertEquals("bill clinton/before", speaker("Bill Clinton and George Wallace met.\n\nWhen Wallace died in 1998, "
        + "President Clinton released the following statement:\n\n\"Hillary and I offer our condolences to the family "
        + "of George Wallace.\"\n", 5));
    // business
    assertEquals("maria ferreira/before", speaker("Maria Ferreira and Tom Reyes met.\n\nAfter Reyes resigned on "
        + "Friday, chief executive Maria Ferreira sent the staff this note:\n\n\"We thank Tom for his years of "
        + "service to the company.\"\n", 5));
  }

  @Test
  void aNameAfterByInAModifierIsNoSubject() {
    // politics
    assertTrue(speaker("The Legion wrote.\n\nA letter from the American Legion "
        + "obtained by The Associated Press warns that \"any further communication will be through our "
        + "attorney.\"\n", 3).contains("american legion/"));
    // business
    assertEquals("memo from the acme board/before", speaker("The deal fell through.\n\nA memo from the Acme board "
        + "released by the White House says the deal was \"dead in the water\" by then.\n", 3));
  }

  @Test
  void anOrganisationsNameBeforeACommonNounMakesADescribedSpeaker() {
    // politics
    assertEquals("fbi investigation/before", speaker("Mukasey spoke.\n\nMukasey, who served under President "
        + "George W. Bush, criticized the email use, which an FBI investigation said was \"extremely careless\" "
        + "but legal.\n", 3));
    // business
    assertEquals("sec review/before", speaker("Acme spoke.\n\nThe chief executive Maria Ferreira defended the "
        + "deal, which a SEC review said was \"broadly compliant\" with the rules.\n", 3));
  }
}
