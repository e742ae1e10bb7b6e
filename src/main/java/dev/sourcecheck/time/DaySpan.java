package dev.sourcecheck.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A day as far as a text tells it: dates {@code first}..{@code last} (one day, or a span such as
 * "earlier this week"), else a calendar day without a year ({@code monthDay} = month * 100 + day),
 * else only a weekday; {@link #UNKNOWN} when nothing is known. A single date also carries its
 * month-day and weekday, so it compares with a day known only by those. Immutable.
 */
public record DaySpan(LocalDate first, LocalDate last, int monthDay, DayOfWeek weekday) {
  public static final DaySpan UNKNOWN = new DaySpan(null, null, 0, null);

  public static DaySpan of(LocalDate d) {
    return new DaySpan(d, d, d.getMonthValue() * 100 + d.getDayOfMonth(), d.getDayOfWeek());
  }

  public static DaySpan range(LocalDate a, LocalDate b) {
    return a.equals(b) ? of(a) : new DaySpan(a, b, 0, null);
  }

  public static DaySpan weekday(DayOfWeek d) {
    return new DaySpan(null, null, 0, d);
  }

  public static DaySpan monthDay(int month, int day) {
    return new DaySpan(null, null, month * 100 + day, null);
  }

  public boolean known() {
    return first != null || monthDay != 0 || weekday != null;
  }

  /** One date (not a span): the day is fully known. */
  public boolean date() {
    return first != null && first.equals(last);
  }

  /** The same day moved by {@code n} days (a weekday name moves round the week; a month-day is lost). */
  public DaySpan plusDays(int n) {
    if (first != null) {
      return range(first.plusDays(n), last.plusDays(n));
    }
    return weekday == null ? UNKNOWN : weekday(weekday.plus(n));
  }

  /** An ISO date with its weekday, a span of dates, a month and day, a weekday name, or "unknown". */
  public String label() {
    if (date()) {
      return first + " (" + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
    }
    if (first != null) {
      return first + " to " + last;
    }
    if (monthDay != 0) {
      return java.time.Month.of(monthDay / 100).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + monthDay % 100;
    }
    return weekday == null ? "unknown" : weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
