package dev.sourcecheck.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The calendar names every date pattern is built from come from the JDK's English locale data; the
 * patterns built of them match what the hand-written alternations they replaced matched (kept here
 * as the oracle), over every name, abbreviation and casing and over near misses.
 */
class CalendarNamesTest {
  private static final String OLD_PREFIXED = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String OLD_WORDS = "January|February|March|April|May|June|July|August|September|October|November"
      + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
  private static final Pattern OLD_CALENDAR = Pattern.compile("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day|january"
      + "|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug"
      + "|sept?|oct|nov|dec");

  private static List<String> words() {
    List<String> out = new ArrayList<>(List.of("Sept", "sept", "SEPT", "Sept.", "Mayday", "Month", "month", "Marc",
        "Ju", "Jun.", "Julys", "Sun", "Thurs", "Tues", "Wed", "Octo", "Decem", "Janu", "Fri", "Mon", "monday's"));
    for (String n : List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")) {
      for (String w : List.of(n, n.toLowerCase(java.util.Locale.ROOT), n.toUpperCase(java.util.Locale.ROOT),
          n.substring(0, 3), n.substring(0, Math.min(4, n.length())), n.substring(0, 3) + ".")) {
        out.add(w);
      }
    }
    return out;
  }

  @Test
  void namesComeFromTheLocaleDataInCalendarOrder() {
    assertEquals(12, CalendarNames.MONTHS.size());
    assertEquals("January", CalendarNames.MONTHS.get(0));
    assertEquals("Monday", CalendarNames.WEEKDAYS.get(0));
    assertEquals("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", CalendarNames.MONTH_OPENINGS);
    assertEquals("mon|tue|wed|thu|fri|sat|sun", CalendarNames.WEEKDAY_OPENINGS);
    assertEquals(OLD_WORDS, CalendarNames.MONTH_WORDS);
  }

  @Test
  void theBuiltAlternationsMatchWhatTheHandWrittenOnesMatched() {
    Pattern oldDate = Pattern.compile("(?i)\\b(" + OLD_PREFIXED + ")\\.?\\s+(\\d{1,2})");
    Pattern newDate = Pattern.compile("(?i)\\b(" + CalendarNames.MONTH_PREFIXED + ")\\.?\\s+(\\d{1,2})");
    Pattern oldCased = Pattern.compile("\\b(" + OLD_WORDS + ")\\.?\\s+(\\d{1,2})");
    Pattern newCased = Pattern.compile("\\b(" + CalendarNames.MONTH_WORDS + ")\\.?\\s+(\\d{1,2})");
    for (String w : words()) {
      String text = "on " + w + " 14, said the clerk";
      assertEquals(found(oldDate, text), found(newDate, text), text);
      assertEquals(found(oldCased, text), found(newCased, text), text);
      String folded = w.toLowerCase(java.util.Locale.ROOT).replace(".", "");
      assertEquals(OLD_CALENDAR.matcher(folded).matches(), CalendarNames.calendarWord(folded), folded);
    }
  }

  @Test
  void monthsResolveFromAnyNameOrAbbreviation() {
    assertEquals(9, CalendarNames.month("Sept"));
    assertEquals(9, CalendarNames.month("SEPTEMBER"));
    assertEquals(5, CalendarNames.month("may"));
    assertEquals(12, CalendarNames.month("Dec."));
    assertEquals(0, CalendarNames.month("Mon"));
    assertEquals(0, CalendarNames.month("Ma"));
    assertTrue(CalendarNames.weekday("THURSDAY"));
    assertFalse(CalendarNames.weekday("Thurs"));
  }

  private static String found(Pattern p, String text) {
    var m = p.matcher(text);
    return m.find() ? m.start() + ":" + m.group() : "none";
  }
}
