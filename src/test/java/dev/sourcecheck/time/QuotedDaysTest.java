package dev.sourcecheck.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuotedDaysTest {
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 8);

  private static RelativeDates.Day said(String attribution, LocalDate published) {
    return QuotedDays.utteranceDay(attribution, published);
  }

  @Test
  void toldReportersMondayIsTheMostRecentMondayBeforePublication() {
    assertEquals(LocalDate.of(2024, 5, 6), said("   , spokeswoman Jane Ross told reporters Monday.", PUBLISHED).date());
  }

  @Test
  void saidOnTuesdayAndSaidInAStatementOnSundayNameTheDayOfSaying() {
    assertEquals(LocalDate.of(2024, 5, 7), said("Ross said on Tuesday:   ", PUBLISHED).date());
    assertEquals(LocalDate.of(2024, 5, 5), said("   , Ross said in a statement on Sunday.", PUBLISHED).date());
    assertEquals(LocalDate.of(2024, 5, 6), said("   , Ross said Monday.", PUBLISHED).date());
  }

  @Test
  void attributionWithoutADayLeavesTheUtteranceUnknown() {
    assertEquals(RelativeDates.Day.UNKNOWN, said("   , Ross told reporters.", PUBLISHED));
    assertEquals(RelativeDates.Day.UNKNOWN, said("   , Ross said after the talks on Tuesday.", PUBLISHED));
  }

  @Test
  void aPossessiveDayIsNotTheDayOfSaying() {
    assertEquals(RelativeDates.Day.UNKNOWN, said("Ross said Monday's talks went well.", PUBLISHED));
  }

  @Test
  void withoutAPublicationDateTheUtteranceIsAWeekdayName() {
    RelativeDates.Day d = said("   , Ross told reporters Monday.", null);
    assertEquals(new RelativeDates.Day(null, DayOfWeek.MONDAY), d);
  }

  @Test
  void yesterdayAndTodayInsideAQuotationCountFromTheDayOfSaying() {
    RelativeDates.Day monday = RelativeDates.of(LocalDate.of(2024, 5, 6));
    assertEquals(LocalDate.of(2024, 5, 5), QuotedDays.resolve("yesterday", monday, false).date());
    assertEquals(LocalDate.of(2024, 5, 6), QuotedDays.resolve("today", monday, false).date());
    assertEquals(LocalDate.of(2024, 5, 7), QuotedDays.resolve("tomorrow", monday, true).date());
  }

  @Test
  void aWeekdayInsideAQuotationCountsFromTheDayOfSayingWithTheTense() {
    RelativeDates.Day monday = RelativeDates.of(LocalDate.of(2024, 5, 6));
    assertEquals(LocalDate.of(2024, 5, 7), QuotedDays.resolve("on Tuesday", monday, true).date());
    assertEquals(LocalDate.of(2024, 4, 30), QuotedDays.resolve("on Tuesday", monday, false).date());
  }

  @Test
  void withoutAPublicationDateQuotedDaysAreWeekdayNamesFromTheDayOfSaying() {
    RelativeDates.Day monday = new RelativeDates.Day(null, DayOfWeek.MONDAY);
    assertEquals(new RelativeDates.Day(null, DayOfWeek.SUNDAY), QuotedDays.resolve("yesterday", monday, false));
    assertEquals(new RelativeDates.Day(null, DayOfWeek.MONDAY), QuotedDays.resolve("today", monday, false));
    assertEquals(new RelativeDates.Day(null, DayOfWeek.TUESDAY), QuotedDays.resolve("on Tuesday", monday, true));
  }

  @Test
  void withoutAnUtteranceDayQuotedDaysStayUnresolved() {
    assertEquals(RelativeDates.Day.UNKNOWN, QuotedDays.resolve("yesterday", RelativeDates.Day.UNKNOWN, false));
    assertEquals(RelativeDates.Day.UNKNOWN, QuotedDays.resolve("today", RelativeDates.Day.UNKNOWN, false));
    assertEquals(RelativeDates.Day.UNKNOWN, QuotedDays.resolve("Tuesday", RelativeDates.Day.UNKNOWN, false));
  }
}
