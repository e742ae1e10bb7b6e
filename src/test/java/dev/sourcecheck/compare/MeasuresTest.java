package dev.sourcecheck.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.finding.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Money, percentages and votes compared across two articles of one story (contradiction.number-*). */
class MeasuresTest {
  private static final Auditor AUDITOR = new Auditor(TestRules.ruleBase(), AuditOptions.defaults().withStoryAll(true));

  /** The number findings of two articles audited as one story, as "rule article: message" (also used by {@link TermsTest}). */
  static List<String> numberFindings(String a, String b) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("a", a);
    texts.put("b", b);
    return AUDITOR.auditTexts(texts).findings().stream().filter(f -> f.rule().startsWith("contradiction.number-"))
        .map(MeasuresTest::show).toList();
  }

  private static String show(Finding f) {
    return f.rule() + " " + f.location().article() + ": " + f.message();
  }

  @Test
  void differentAidFiguresConflict() {
    assertEquals(List.of("contradiction.number-conflict b: $1.8 billion aid here, $2.5 billion in a"),
        numberFindings("The European Union pledged $2.5 billion in aid to Ukraine on Monday.",
            "The European Union pledged $1.8 billion in aid to Ukraine on Monday."));
  }

  @Test
  void moneyInWordsAndCodesIsNormalised() {
    assertEquals(List.of(), numberFindings("The European Union pledged 2.5 billion dollars in aid to Ukraine.",
        "The European Union pledged USD 2,500 million in aid to Ukraine."));
  }

  @Test
  void roundedMoneyAgrees() {
    assertEquals(List.of(), numberFindings("The European Union pledged $2.5 billion in aid to Ukraine.",
        "The European Union pledged $2.49bn in aid to Ukraine."));
  }

  @Test
  void aFineIsNotComparedWithABudget() {
    assertEquals(List.of(), numberFindings("The regulator imposed a £300m fine on Barclays.",
        "The regulator has a budget of £40m, Barclays said."));
  }

  @Test
  void inflationFiguresConflict() {
    assertEquals(List.of("contradiction.number-conflict b: 5.5% inflation here, 7 per cent in a"),
        numberFindings("Inflation in Britain hit 7 per cent in March.", "Inflation in Britain hit 5.5% in March."));
  }

  @Test
  void approximatePercentAgrees() {
    assertEquals(List.of(), numberFindings("Inflation in Britain was about 3% in March.",
        "Inflation in Britain was 3.2% in March."));
  }

  @Test
  void growthIsNotComparedWithInflation() {
    assertEquals(List.of(), numberFindings("Inflation in Britain reached 7% in March.",
        "GDP in Britain grew 2% in March."));
  }

  @Test
  void voteTalliesConflict() {
    assertEquals(List.of("contradiction.number-conflict b: 219-212 votes on the bill here, 52-48 in a"),
        numberFindings("The House passed the bill 52-48 on Tuesday.",
            "The House passed the bill by 219 votes to 212 on Tuesday."));
  }

  @Test
  void voteSharesOfDifferentCandidatesAreNotCompared() {
    assertEquals(List.of(), numberFindings("Maria Lopez won 51% of the vote in Tuesday's election.",
        "Juan Perez won 47% of the vote in Tuesday's election."));
  }

  @Test
  void aLaterOpenFigureIsAnUpdate() {
    assertEquals(List.of("contradiction.number-update b: more than $3 billion aid here, $2.5 billion in"
        + " a (note: an open or later figure, likely an update rather than a contradiction)"),
        numberFindings("date 2024-03-01 The European Union pledged $2.5 billion in aid to Ukraine.",
            "date 2024-03-04 The European Union pledged more than $3 billion in aid to Ukraine."));
  }

  @Test
  void anOpenFigureOfTheSameTimeAboveTheOtherConflicts() {
    // "more than $3 billion" cannot be the same pledge as $2.5 billion unless it was raised since
    assertEquals(List.of("contradiction.number-conflict b: more than $3 billion aid here, $2.5 billion in a"),
        numberFindings("The European Union pledged $2.5 billion in aid to Ukraine.",
            "The European Union pledged more than $3 billion in aid to Ukraine."));
  }

  @Test
  void anOpenFigureBelowTheOtherIsNoConflict() {
    // "at least 2,000" covers 2,400: consistent, neither a conflict nor an update (numbers.drl covers())
    assertEquals(List.of(), numberFindings("Brandvik Foods will cut 2,400 jobs at the Harlow plant.",
        "Brandvik Foods will cut at least 2,000 jobs at the Harlow plant."));
  }

  @Test
  void spacingAndTypographyNeverMakeAConflict() {
    assertEquals(List.of(), numberFindings("Health officials in Harlow delivered 4.2million doses in March.",
        "Health officials in Harlow delivered 4.2 million doses in March."));
    assertEquals(List.of(), numberFindings("Health officials in Harlow delivered four million doses in March.",
        "Health officials in Harlow delivered 4m doses in March."));
  }

  @Test
  void roundedCountsAgree() {
    assertEquals(List.of(), numberFindings("Brandvik Foods will cut 1,200 jobs at the Harlow plant.",
        "Brandvik Foods will cut 1,180 jobs at the Harlow plant."));
    assertEquals(List.of(), numberFindings("Brandvik Foods will cut nearly 1,200 jobs at the Harlow plant.",
        "Brandvik Foods will cut 1,130 jobs at the Harlow plant."));
  }

  @Test
  void anyCountedThingIsAFigure() {
    assertEquals(List.of("contradiction.number-conflict b: 48 inmates here, 62 inmates in a"),
        numberFindings("Guards at Harlow prison moved 62 inmates on Friday.", "Guards at Harlow prison moved 48 inmates on Friday."));
    assertEquals(List.of("contradiction.number-conflict b: 310 hectares here, 240 hectares in a"),
        numberFindings("The fire near Harlow burned 240 hectares of forest.", "The fire near Harlow burned 310 hectares of forest."));
    assertEquals(List.of("contradiction.number-conflict b: 40 volunteers here, twelve volunteers in a"),
        numberFindings("The Harlow food bank relies on twelve volunteers.", "The Harlow food bank relies on 40 volunteers."));
  }

  @Test
  void ownersMatchThroughTheAttributionModel() {
    // "Whitlock" is Dana Whitlock: her settlement is compared; Ruth Kemp's is another one
    assertEquals(List.of("contradiction.number-conflict b: £2m settlement here, £3m in a"),
        numberFindings("Harlow businesswoman Dana Whitlock paid a £3m settlement, her lawyer Mark Dale said.",
            "Whitlock paid a £2m settlement to the Harlow council, Mark Dale said."));
    assertEquals(List.of(), numberFindings("Harlow businesswoman Dana Whitlock paid a £3m settlement, her lawyer Mark Dale said.",
        "Ruth Kemp paid a £2m settlement to the Harlow council, Mark Dale said."));
  }

  @Test
  void aBudgetIsTheFigureItIsNearest() {
    assertEquals(List.of(), numberFindings("The film made $320,000 on a budget of $27 million, Box Office Mojo said.",
        "The film had a budget of $27 million, Box Office Mojo said."));
  }

  @Test
  void aPriceDifferenceIsNotAnAmount() {
    assertEquals(List.of(), numberFindings("The Nintendo deal is $60 cheaper than the Switch, Nintendo said.",
        "The Nintendo deal costs $299 with the Switch, Nintendo said."));
  }

  @Test
  void euroFinesInMillionsConflict() {
    assertEquals(List.of("contradiction.number-conflict b: €1.5 million fine here, €1.2 million in a"),
        numberFindings("The court in Paris imposed a €1.2 million fine on Renault.",
            "The court in Paris imposed a €1.5 million fine on Renault."));
  }

  @Test
  void votesForConflict() {
    assertEquals(List.of("contradiction.number-conflict b: 58 votes for the nomination here, 60 votes in a"),
        numberFindings("The Senate confirmed the nomination with 60 votes on Tuesday.",
            "The Senate confirmed the nomination with 58 votes on Tuesday."));
  }

  @Test
  void oneCandidatesVoteSharesConflict() {
    assertEquals(List.of("contradiction.number-conflict b: 47% vote here, 51% in a"),
        numberFindings("Maria Lopez won 51% of the vote in Tuesday's election.",
            "Maria Lopez won 47% of the vote in Tuesday's election."));
  }

  @Test
  void poundsInShortScaleConflict() {
    assertEquals(List.of("contradiction.number-conflict b: £250m fine here, £300m in a"),
        numberFindings("The Financial Conduct Authority imposed a £300m fine on Barclays.",
            "The Financial Conduct Authority imposed a £250m fine on Barclays."));
  }

  @Test
  void aRiseIsNotComparedWithALevel() {
    assertEquals(List.of(), numberFindings("Unemployment in Spain rose 2% in March.",
        "Unemployment in Spain was 12% in March."));
  }

  @Test
  void aLengthInFeetIsComparedInMetres() {
    assertEquals(List.of(), numberFindings("The 787ft Wexley Bridge in Castlebury was closed on Monday.",
        "Police closed the 240-metre Wexley Bridge in Castlebury on Monday."));
    assertEquals(List.of("contradiction.number-conflict b: 3,200-kilogram satellite here, 2,300 kg in a"),
        numberFindings("Orbis launched the 2,300 kg Halcyon-3 satellite from Saltmarsh on Thursday.",
            "Orbis launched the 3,200-kilogram Halcyon-3 satellite from Saltmarsh on Thursday."));
  }

  @Test
  void aRateIsComparedOnlyWithARate() {
    assertEquals(List.of(), numberFindings("The Norland Rail strike is costing the firm €12m a day, Ines Carr said.",
        "The Norland Rail strike has cost the firm €48m, Ines Carr said."));
  }

  @Test
  void aPartsCountIsAtMostItsClasss() {
    assertEquals(List.of(), numberFindings("Twelve people were killed in the shelling of Harlow, the monitor said.",
        "Nine civilians were killed in the shelling of Harlow, the monitor said."));
    assertEquals(List.of("contradiction.number-conflict b: Nine passengers were taken to hospital (at least as many people)"
        + " here, Seven people in a"),
        numberFindings("Seven people were taken to hospital after the Harlow Express derailed, police said.",
            "Nine passengers were taken to hospital after the Harlow Express derailed, police said."));
  }
}
