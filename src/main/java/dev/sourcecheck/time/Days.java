package dev.sourcecheck.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Day expressions in any wording, resolved against an anchor (the publication date, or for words
 * inside a quotation the day they were said), after HeidelTime's rules for news:
 * <ul>
 *   <li>calendar days: "on April 14", "14 April", "April 14th", "the 14th of April", "April 14,
 *       2026", "2026-04-14"; without a year, the year that puts the day nearest the anchor;
 *   <li>weekdays: the most recent such day on or before the anchor, the next on or after it when
 *       the verb is in the future tense; "last Monday" strictly before, "next Monday" strictly
 *       after; "late on Friday", "early Tuesday", "Monday night" are that weekday;
 *   <li>relative days: yesterday, last night, today, tonight, this morning, earlier today,
 *       tomorrow; and spans: earlier this week, this week, last week, (over) the weekend.
 * </ul>
 * Without an anchor only calendar days (as month and day) and weekday names are known. The
 * patterns are bounded and applied to bounded regions. Stateless and thread-safe.
 */
public final class Days {
  private Days() {}

  /** A day expression found in a text, with its offsets and resolution. */
  public record Found(int start, int end, String expression, DaySpan day) {}

  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
      + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"
      + "(?![:.]\\d)(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
      + "\\b\\.?(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:(last|next|this|early|late|earlier|later)\\s+)?"
      + "(?:on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
      + "(?:\\s+(?:morning|afternoon|evening|night))?\\b");
  static final Pattern CALENDAR = Pattern.compile("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day|january"
      + "|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug"
      + "|sept?|oct|nov|dec");

  private static final String CALENDAR_INITIALS = "mtwfsjaond";

  /** Weekday and month names and their abbreviations (folded words): never a name or a key term. */
  public static boolean calendarWord(String folded) {
    String w = folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
    // CALENDAR's words are 3 to 9 ASCII letters starting with one of these (case-insensitive for ASCII only)
    if (w.length() < 3 || w.length() > 9 || CALENDAR_INITIALS.indexOf(w.charAt(0) | 0x20) < 0) {
      return false;
    }
    return CALENDAR.matcher(w).matches();
  }

  /** Every day expression in {@code text[from, to)}, in text order, overlapping ones resolved to the longest. */
  public static List<Found> find(String text, int from, int to, DaySpan anchor, boolean future, DayWords words) {
    List<Found> out = new ArrayList<>();
    for (Pattern p : List.of(ISO, MONTH_DAY, DAY_MONTH, words.relative, WEEKDAY)) {
      Matcher m = p.matcher(text).region(from, to);
      while (m.find()) {
        DaySpan d = resolve(p, m, anchor, future, words);
        if (d.known() && out.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
          out.add(new Found(m.start(), m.end(), m.group().strip(), d));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** One expression (as {@link #find} would read it at its start), resolved against {@code anchor}. */
  public static DaySpan resolve(String expression, DaySpan anchor, boolean future, DayWords words) {
    List<Found> fs = find(expression, 0, expression.length(), anchor, future, words);
    return fs.isEmpty() ? DaySpan.UNKNOWN : fs.get(0).day();
  }

  private static DaySpan resolve(Pattern p, Matcher m, DaySpan anchor, boolean future, DayWords words) {
    LocalDate at = anchor.date() ? anchor.first() : null;
    if (p == ISO) {
      return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    if (p == MONTH_DAY || p == DAY_MONTH) {
      int month = month(m.group(p == MONTH_DAY ? 1 : 2));
      int day = Integer.parseInt(m.group(p == MONTH_DAY ? 2 : 1));
      if (m.group(3) != null) {
        return date(Integer.parseInt(m.group(3)), month, day);
      }
      if (day < 1 || day > 31 || day > java.time.Month.of(month).maxLength()) {
        return DaySpan.UNKNOWN;
      }
      return at == null ? DaySpan.monthDay(month, day) : nearest(MonthDay.of(month, day), at);
    }
    if (p == words.relative) {
      return relative(words.tag(m.group(1).toLowerCase(Locale.ROOT)), anchor, at, future);
    }
    String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    if (at == null) {
      return DaySpan.weekday(dow);
    }
    LocalDate d = switch (mod) {
      case "last" -> at.with(TemporalAdjusters.previous(dow));
      case "next" -> at.with(TemporalAdjusters.next(dow));
      default -> future ? at.with(TemporalAdjusters.nextOrSame(dow)) : at.with(TemporalAdjusters.previousOrSame(dow));
    };
    return DaySpan.of(d);
  }

  /** A relative expression by its {@code words-relative-days} tag: {@code shift:N} days, or a week or weekend. */
  private static DaySpan relative(String tag, DaySpan anchor, LocalDate at, boolean future) {
    int shift = tag.startsWith("shift:") ? Integer.parseInt(tag.substring(6)) : Integer.MIN_VALUE;
    if (shift != Integer.MIN_VALUE) {
      return anchor.date() || anchor.weekday() != null && anchor.first() == null ? anchor.plusDays(shift) : DaySpan.UNKNOWN;
    }
    if (at == null) {
      return DaySpan.UNKNOWN;
    }
    LocalDate monday = at.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return switch (tag) {
      case "earlier-this-week" -> DaySpan.range(at.minusDays(Math.max(1, ChronoUnit.DAYS.between(monday, at))), at);
      case "later-this-week" -> DaySpan.range(at, monday.plusDays(6));
      case "this-week" -> DaySpan.range(monday, monday.plusDays(6));
      case "last-week" -> DaySpan.range(monday.minusDays(7), monday.minusDays(1));
      case "next-week" -> DaySpan.range(monday.plusDays(7), monday.plusDays(13));
      case "last-weekend" -> weekend(at.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)));
      case "next-weekend" -> weekend(at.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)));
      default -> weekend(future ? at.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
          : at.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)));
    };
  }

  private static DaySpan weekend(LocalDate sunday) {
    return DaySpan.range(sunday.minusDays(1), sunday);
  }

  /** The date of a month and day nearest the anchor (a day without a year is within half a year of it). */
  private static DaySpan nearest(MonthDay md, LocalDate at) {
    LocalDate best = null;
    for (int y = at.getYear() - 1; y <= at.getYear() + 1; y++) {
      if (!md.isValidYear(y)) {
        continue;
      }
      LocalDate d = md.atYear(y);
      if (best == null || Math.abs(ChronoUnit.DAYS.between(d, at)) < Math.abs(ChronoUnit.DAYS.between(best, at))) {
        best = d;
      }
    }
    return best == null ? DaySpan.UNKNOWN : DaySpan.of(best);
  }

  private static DaySpan date(int y, int m, int d) {
    try {
      return DaySpan.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return DaySpan.UNKNOWN;
    }
  }

  /** The month (1-12) a month name or abbreviation names ("Apr", "April", "sept"). */
  public static int calendarMonth(String name) {
    return month(name);
  }

  static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }
}
