package dev.sourcecheck.compare;

import static dev.sourcecheck.compare.MeasuresTest.numberFindings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Terms written as one hyphenated word ("a five-year contract") compared across two articles (compare/Terms). */
class TermsTest {
  private static final Auditor AUDITOR = new Auditor(TestRules.ruleBase(), AuditOptions.defaults().withStoryAll(true));

  @Test
  void contractLengthsConflict() {
    assertEquals(List.of("contradiction.number-conflict b: four-year deal contract here, five-year contract in a"),
        numberFindings("Norland Rovers have signed winger Kofi Adjei on a five-year contract.",
            "The 21-year-old has agreed a four-year deal with Norland Rovers."));
  }

  @Test
  void aSentenceInOneWordMeetsJailedFor() {
    assertEquals(List.of("contradiction.number-conflict b: eight years sentenced here, 10-year sentence in a"),
        numberFindings("Ray Cole had his 10-year sentence cut by the Court of Appeal in London.",
            "Ray Cole, who was jailed for eight years, won his appeal at the Court of Appeal in London."));
  }

  @Test
  void theSameTermWrittenTwoWaysAgrees() {
    assertEquals(List.of(), numberFindings("Marta Quill was given a nine-year sentence at Denton Crown Court.",
        "Marta Quill, 34, was jailed for nine years at Denton Crown Court."));
  }

  @Test
  void anotherPlayersDealIsNotCompared() {
    assertEquals(List.of(), numberFindings("Norland Rovers have signed winger Kofi Adjei on a five-year contract.",
        "Defender Tom Reid has signed a one-year deal with Norland Rovers."));
  }

  @Test
  void aSpanBeforeAnotherNounIsNoFigure() {
    assertEquals(List.of(), numberFindings("Norland Rovers have signed Kofi Adjei on a five-year contract.",
        "Norland Rovers unveiled a five-year plan to rebuild their stadium."));
  }

  @Test
  void aTermFacedIsNoSentence() {
    // "faces at least two years in prison": what a charge carries, not a sentence passed
    assertEquals(List.of(), numberFindings("Marcel Lazar was jailed for four years at the federal court in Alexandria.",
        "Marcel Lazar faces at least two years in prison at the federal court in Alexandria."));
  }

  @Test
  void anUnnamedDiscoveryIsDated() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("a", "Published: 2026-03-09\n\nNorvia detected the intrusion on Sunday and shut down its systems in Oslo.");
    texts.put("b", "Published: 2026-03-09\n\nThe intrusion was discovered on Saturday, a spokeswoman said.");
    assertEquals(List.of("contradiction.date-conflict b"), AUDITOR.auditTexts(texts).findings().stream()
        .filter(f -> f.rule().startsWith("contradiction.date")).map(f -> f.rule() + " " + f.location().article()).toList());
  }

  @Test
  void anAgeIsNoTerm() {
    assertEquals(List.of(), numberFindings("The 23-year-old has signed a contract with Norland Rovers.",
        "The 25-year-old has signed a contract with Norland Rovers."));
  }
}
