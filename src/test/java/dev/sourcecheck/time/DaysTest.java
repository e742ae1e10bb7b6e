package dev.sourcecheck.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaysTest {
  /** The rule set's relative day expressions ({@code words-relative-days}). */
  static final DayWords WORDS = words();

  static DayWords words() {
    try {
      return DayWords.of(dev.sourcecheck.engine.RuleSet.load(java.nio.file.Path.of("rules")).lexicons());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Thursday 9 April 2026. */
  private static final DaySpan THURSDAY = DaySpan.of(LocalDate.of(2026, 4, 9));

  private static String day(String text, DaySpan anchor, boolean future) {
    List<Days.Found> fs = Days.find(text, 0, text.length(), anchor, future, WORDS);
    return fs.isEmpty() ? "none" : fs.get(0).day().label();
  }

  @Test
  void calendarDaysInEveryOrderTakeTheYearNearestThePublicationDate() {
    assertEquals("2026-04-14 (Tuesday)", day("The plant closes on April 14.", THURSDAY, true));
    assertEquals("2026-04-14 (Tuesday)", day("The plant closes on 14 April.", THURSDAY, true));
    assertEquals("2026-04-14 (Tuesday)", day("The plant closes on April 14th.", THURSDAY, true));
    assertEquals("2026-04-14 (Tuesday)", day("It closes on the 14th of April.", THURSDAY, true));
    assertEquals("2025-12-30 (Tuesday)", day("It opened on Dec. 30.", THURSDAY, false));
    assertEquals("2024-04-14 (Sunday)", day("It opened on April 14, 2024.", THURSDAY, false));
  }

  @Test
  void withoutAPublicationDateACalendarDayIsAMonthAndDay() {
    assertEquals("April 14", day("The plant closes on April 14.", DaySpan.UNKNOWN, true));
    assertEquals("Tuesday", day("The plant closed on Tuesday.", DaySpan.UNKNOWN, false));
    assertEquals("none", day("The plant closed yesterday.", DaySpan.UNKNOWN, false));
  }

  @Test
  void aModalMayIsNotTheMonth() {
    assertEquals("none", day("The board may 2 vote again, it may not.", THURSDAY, false));
  }

  @Test
  void weekdaysPointBackOrForwardByTense() {
    assertEquals("2026-04-06 (Monday)", day("The board met on Monday.", THURSDAY, false));
    assertEquals("2026-04-13 (Monday)", day("The board will meet on Monday.", THURSDAY, true));
    assertEquals("2026-04-03 (Friday)", day("The board met late on Friday.", THURSDAY, false));
    assertEquals("2026-04-07 (Tuesday)", day("The vote came on Tuesday night.", THURSDAY, false));
    assertEquals("2026-04-02 (Thursday)", day("The vote came last Thursday.", THURSDAY, false));
  }

  @Test
  void relativeDaysAndSpansCountFromTheAnchor() {
    assertEquals("2026-04-08 (Wednesday)", day("The club fired him yesterday.", THURSDAY, false));
    assertEquals("2026-04-08 (Wednesday)", day("The club fired him last night.", THURSDAY, false));
    assertEquals("2026-04-06 to 2026-04-09", day("The club fired him earlier this week.", THURSDAY, false));
    assertEquals("2026-04-04 to 2026-04-05", day("The club fired him over the weekend.", THURSDAY, false));
    assertEquals("2026-03-30 to 2026-04-05", day("The club fired him last week.", THURSDAY, false));
  }

  @Test
  void aWeekdayAnchorMovesRelativeDaysRoundTheWeek() {
    DaySpan monday = DaySpan.weekday(DayOfWeek.MONDAY);
    assertEquals("Sunday", day("yesterday", monday, false));
    assertEquals("Tuesday", day("tomorrow", monday, true));
  }

  /** calendarWord's cheap length and first-letter test only skips words its pattern cannot match. */
  @Test
  void calendarWordAnswersAsItsPattern() {
    // the hand-written pattern calendarWord answered with before the names came from CalendarNames
    java.util.regex.Pattern calendar = java.util.regex.Pattern.compile("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day"
        + "|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr"
        + "|jun|jul|aug|sept?|oct|nov|dec");
    List<String> words = new java.util.ArrayList<>(List.of("monday", "Wednesday", "SEPTEMBER", "sept", "sep", "jan",
        "may's", "december's", "Thursday", "ja", "wednesdays", "mays", "\u017fun", "\u212aay", "", "'s", "Mon", "dec."));
    java.util.Random r = new java.util.Random(3);
    String letters = "adefhijlmnoprstuvwyADFJMNOSTW\u0131\u017f'";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(11); n > 0; n--) {
        b.append(letters.charAt(r.nextInt(letters.length())));
      }
      words.add(b.toString());
    }
    for (String w : words) {
      String bare = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
      assertEquals(calendar.matcher(bare).matches(), Days.calendarWord(w), w);
    }
  }
}
