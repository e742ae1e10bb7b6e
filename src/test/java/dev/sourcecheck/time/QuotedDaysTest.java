package dev.sourcecheck.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuotedDaysTest {
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 8);

  private static DaySpan said(String attribution, LocalDate published) {
    return QuotedDays.utteranceDay(attribution, published, DaysTest.WORDS);
  }

  @Test
  void toldReportersMondayIsTheMostRecentMondayBeforePublication() {
    assertEquals(LocalDate.of(2024, 5, 6), said("   , spokeswoman Jane Ross told reporters Monday.", PUBLISHED).first());
  }

  @Test
  void saidOnTuesdayAndSaidInAStatementOnSundayNameTheDayOfSaying() {
    assertEquals(LocalDate.of(2024, 5, 7), said("Ross said on Tuesday:   ", PUBLISHED).first());
    assertEquals(LocalDate.of(2024, 5, 5), said("   , Ross said in a statement on Sunday.", PUBLISHED).first());
    assertEquals(LocalDate.of(2024, 5, 6), said("   , Ross said Monday.", PUBLISHED).first());
  }

  @Test
  void attributionWithoutADayLeavesTheUtteranceUnknown() {
    assertEquals(DaySpan.UNKNOWN, said("   , Ross told reporters.", PUBLISHED));
    assertEquals(DaySpan.UNKNOWN, said("   , Ross said after the talks on Tuesday.", PUBLISHED));
  }

  @Test
  void aPossessiveDayIsNotTheDayOfSaying() {
    assertEquals(DaySpan.UNKNOWN, said("Ross said Monday's talks went well.", PUBLISHED));
  }

  @Test
  void withoutAPublicationDateTheUtteranceIsAWeekdayName() {
    DaySpan d = said("   , Ross told reporters Monday.", null);
    assertEquals(DaySpan.weekday(DayOfWeek.MONDAY), d);
  }

  @Test
  void yesterdayAndTodayInsideAQuotationCountFromTheDayOfSaying() {
    DaySpan monday = DaySpan.of(LocalDate.of(2024, 5, 6));
    assertEquals(LocalDate.of(2024, 5, 5), QuotedDays.resolve("yesterday", monday, false, DaysTest.WORDS).first());
    assertEquals(LocalDate.of(2024, 5, 6), QuotedDays.resolve("today", monday, false, DaysTest.WORDS).first());
    assertEquals(LocalDate.of(2024, 5, 7), QuotedDays.resolve("tomorrow", monday, true, DaysTest.WORDS).first());
  }

  @Test
  void aWeekdayInsideAQuotationCountsFromTheDayOfSayingWithTheTense() {
    DaySpan monday = DaySpan.of(LocalDate.of(2024, 5, 6));
    assertEquals(LocalDate.of(2024, 5, 7), QuotedDays.resolve("on Tuesday", monday, true, DaysTest.WORDS).first());
    assertEquals(LocalDate.of(2024, 4, 30), QuotedDays.resolve("on Tuesday", monday, false, DaysTest.WORDS).first());
  }

  @Test
  void withoutAPublicationDateQuotedDaysAreWeekdayNamesFromTheDayOfSaying() {
    DaySpan monday = DaySpan.weekday(DayOfWeek.MONDAY);
    assertEquals(DaySpan.weekday(DayOfWeek.SUNDAY), QuotedDays.resolve("yesterday", monday, false, DaysTest.WORDS));
    assertEquals(DaySpan.weekday(DayOfWeek.MONDAY), QuotedDays.resolve("today", monday, false, DaysTest.WORDS));
    assertEquals(DaySpan.weekday(DayOfWeek.TUESDAY), QuotedDays.resolve("on Tuesday", monday, true, DaysTest.WORDS));
  }

  @Test
  void withoutAnUtteranceDayQuotedDaysStayUnresolved() {
    assertEquals(DaySpan.UNKNOWN, QuotedDays.resolve("yesterday", DaySpan.UNKNOWN, false, DaysTest.WORDS));
    assertEquals(DaySpan.UNKNOWN, QuotedDays.resolve("today", DaySpan.UNKNOWN, false, DaysTest.WORDS));
    assertEquals(DaySpan.UNKNOWN, QuotedDays.resolve("Tuesday", DaySpan.UNKNOWN, false, DaysTest.WORDS));
  }
}
