package dev.sourcecheck.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reworded negations across two articles (compare/Predicates, QuantifiedSubjects, lexicon
 * xs-predicates): quantified subjects, a predicate's object, predicate classes; both negative or
 * two different predicates never conflict.
 */
class NegationFactsTest {
  private static final Auditor AUDITOR = new Auditor(TestRules.ruleBase(), AuditOptions.defaults().withStoryAll(true));

  private static List<String> negations(String a, String b) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("a", a);
    texts.put("b", b);
    return AUDITOR.auditTexts(texts).findings().stream().filter(f -> f.rule().equals("contradiction.negation"))
        .map(f -> f.location().article()).toList();
  }

  @Test
  void noneOfAgainstACount() {
    assertEquals(List.of("a"), negations("None of the patients has been moved to another hospital.",
        "Eleven of the patients have been moved to another hospital."));
  }

  @Test
  void aPassiveQuantifiedSubjectMeetsAnActiveObject() {
    assertEquals(List.of("a"), negations("Lena Brandt said no payment or card details had been accessed by the hackers.",
        "The hackers accessed payment details of some customers, Lena Brandt said."));
  }

  @Test
  void aNegatedObjectMeetsAQuantifiedSubject() {
    assertEquals(List.of("a"), negations("Priya Shah said the council would not close any of its nine libraries.",
        "Three of the council's nine libraries will close, Priya Shah said."));
  }

  @Test
  void twoWordingsOfOnePredicate() {
    assertEquals(List.of("b"), negations("Norland Rovers will shut the Denton training ground next year, the club said.",
        "Norland Rovers will not close the Denton training ground next year, the club said."));
  }

  @Test
  void bothNegativeAgree() {
    assertEquals(List.of(), negations("None of the patients has been moved to another hospital.",
        "No patients have been moved to another hospital."));
  }

  @Test
  void differentPredicatesDoNotConflict() {
    assertEquals(List.of(), negations("None of the Brandvik job losses will be compulsory.",
        "Forty of the Brandvik job losses will be voluntary."));
  }

  @Test
  void anIrregularPastAgainstItsNegationThroughALongAttribution() {
    assertEquals(List.of("a"), negations("Norland Water did not pay a fine, the company said.",
        "Norland Water paid a fine to the regulator last spring, two people familiar with the matter said, speaking on condition of anonymity because the review is not finished."));
  }

  @Test
  void aRegularPastAgainstItsNegationInALongSentence() {
    assertEquals(List.of("a"), negations("Harlow Council did not suspend the contract with Denton Waste, which also collects bins in Norland.",
        "Harlow Council suspended the contract on Friday while auditors examine invoices going back three years."));
  }

  @Test
  void anotherObjectOrSubjectIsNoConflict() {
    assertEquals(List.of(), negations("Norland Water did not pay a fine, the company said.",
        "Norland Water paid a dividend to shareholders last spring, two people familiar with the matter said, speaking on condition of anonymity."));
    assertEquals(List.of(), negations("Norland Water did not pay a fine, the company said.",
        "Denton Gas paid a fine to the regulator last spring, two people familiar with the matter said, speaking on condition of anonymity."));
  }

  @Test
  void aNounPhraseSubjectOnBothSides() {
    assertEquals(List.of("a"), negations("The mining company did not halt production at the Sudbury site, which employs 400 people.",
        "The mining company halted production on Tuesday while inspectors examine the shaft, a spokesperson said."));
    assertEquals(List.of(), negations("The mining company did not halt production at the Sudbury site, which employs 400 people.",
        "The smelter halted production on Tuesday while inspectors examine the shaft, a spokesperson said."));
  }

  @Test
  void aNounSubjectInsideAReportedClause() {
    assertEquals(List.of("a"), negations("The airline would not suspend its Denton service, the spokesman added, although the evening flight had been cancelled.",
        "Halden Air chief executive Magnus Thorsen said the airline would suspend its Denton service until investigators had reported."));
    assertEquals(List.of(), negations("The airline would not suspend its Denton service, the spokesman added, although the evening flight had been cancelled.",
        "Halden Air chief executive Magnus Thorsen said the union would suspend its Denton service until investigators had reported."));
  }

  @Test
  void aNounSubjectWithoutAnObject() {
    assertEquals(List.of("a"), negations("The coastguard said there was no sign of pollution and fuel had not leaked from the tanker, which divers inspected on Saturday.",
        "The environmental officer of the port said fuel had leaked from the tanker but booms had been laid around the ship."));
  }

  @Test
  void aModalPassiveOfACommonNoun() {
    assertEquals(List.of("a"), negations("Cyclists will not be allowed to use the Castle Street bridge while the repairs are under way, the council said.",
        "Cyclists will be allowed to use the Castle Street bridge during the repairs, council engineers told the meeting on Monday."));
  }
}
