package dev.sourcecheck.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves relative day expressions against an anchor day with the news rule (after HeidelTime):
 * a bare weekday is the most recent such day on or before the anchor, or the next on or after it
 * when the verb is in the future tense; "last Monday" is strictly before, "next Monday" strictly
 * after; yesterday, today, tonight and tomorrow count from the anchor. The anchor is the
 * publication date, or for words inside a quotation the day they were said. Without an anchor
 * only weekday names are known. Stateless and thread-safe.
 */
public final class RelativeDates {
  private RelativeDates() {}

  /** A resolved day: a date, or only a weekday; both null when unresolved. */
  public record Day(LocalDate date, DayOfWeek weekday) {
    public static final Day UNKNOWN = new Day(null, null);

    public boolean known() {
      return weekday != null;
    }

    /** Whether two days can be compared: both dates, or at least both weekdays. */
    public boolean comparable(Day o) {
      return known() && o.known();
    }

    /** Same date when both are dates, else the same weekday name. */
    public boolean same(Day o) {
      if (date != null && o.date != null) {
        return date.equals(o.date);
      }
      return weekday == o.weekday;
    }

    /** ISO date, else the weekday name, else "unknown". */
    public String label() {
      if (date != null) {
        return date + " (" + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
      }
      return weekday == null ? "unknown" : weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
  }

  /** A day expression: an optional last/next/this and a weekday, or yesterday/today/tonight/tomorrow. */
  public static final Pattern EXPRESSION = Pattern.compile(
      "(?i)\\b(?:(last|next|this|on|early|late)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
          + "yesterday|today|tonight|tomorrow)\\b");

  /**
   * Resolves one expression. {@code anchor} may be null (no publication date, or a quotation whose
   * day of saying is unknown); {@code future} is the tense of the verb the day belongs to.
   */
  public static Day resolve(String expression, LocalDate anchor, boolean future) {
    Matcher m = EXPRESSION.matcher(expression.strip());
    if (!m.find()) {
      return Day.UNKNOWN;
    }
    String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String word = m.group(2).toLowerCase(Locale.ROOT);
    switch (word) {
      case "yesterday":
        return anchor == null ? Day.UNKNOWN : of(anchor.minusDays(1));
      case "today":
      case "tonight":
        return anchor == null ? Day.UNKNOWN : of(anchor);
      case "tomorrow":
        return anchor == null ? Day.UNKNOWN : of(anchor.plusDays(1));
      default:
        break;
    }
    DayOfWeek dow = DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    if (anchor == null) {
      return new Day(null, dow);
    }
    LocalDate d = switch (mod) {
      case "last" -> anchor.with(TemporalAdjusters.previous(dow));
      case "next" -> anchor.with(TemporalAdjusters.next(dow));
      default -> future ? anchor.with(TemporalAdjusters.nextOrSame(dow))
          : anchor.with(TemporalAdjusters.previousOrSame(dow));
    };
    return of(d);
  }

  public static Day of(LocalDate d) {
    return new Day(d, d.getDayOfWeek());
  }
}
