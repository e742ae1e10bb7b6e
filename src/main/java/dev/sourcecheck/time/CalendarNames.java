package dev.sourcecheck.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The English names of months and weekdays, and the regular-expression alternations every date
 * pattern of the parse and time stages is built from. They come from the JDK's English locale data
 * ({@link Month#getDisplayName}, {@link DayOfWeek#getDisplayName}), the same data the parse's
 * {@code DateTimeFormatter}s read dates with, so the names are not a word list of ours: one source
 * for the names the patterns find and the values they resolve to. The one addition is the
 * news-style abbreviation {@code Sept} (AP style), which the locale data does not give. Immutable
 * and thread-safe.
 */
public final class CalendarNames {
  private CalendarNames() {}

  /** The abbreviation of September news copy writes besides the locale's three letters. */
  private static final String SEPT = "Sept";

  /** Full month names in calendar order, as written: {@code January} … {@code December}. */
  public static final List<String> MONTHS = names(Month.values(), m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));

  /** Full weekday names from Monday, as written. */
  public static final List<String> WEEKDAYS =
      names(DayOfWeek.values(), d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));

  /**
   * The months as written, full names first then the abbreviations ({@code Sept} before {@code
   * Sep}; {@code May} only once): for a case-sensitive alternation, longest first so none stops at
   * a shorter name.
   */
  public static final String MONTH_WORDS = monthWords();

  /**
   * A month's name or abbreviation for a case-insensitive pattern, each name as its three letters
   * and an optional rest: {@code jan(?:uary)?|…|sep(?:tember|t)?|…}. A non-capturing group.
   */
  public static final String MONTH_PREFIXED = monthPrefixed();

  /** The three-letter openings of the months, lower case: {@code jan|feb|…|dec}. */
  public static final String MONTH_OPENINGS = openings(MONTHS);

  /** The three-letter openings of the weekdays, lower case: {@code mon|tue|…|sun}. */
  public static final String WEEKDAY_OPENINGS = openings(WEEKDAYS);

  /** The full weekday names, lower case, from Monday: {@code monday|…|sunday}. */
  public static final String WEEKDAY_WORDS = String.join("|", lower(WEEKDAYS));

  /** The month (1–12) a name or abbreviation opens with its first three letters, or 0. */
  public static int month(String name) {
    if (name.length() < 3) {
      return 0;
    }
    String opening = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).substring(0, 3).toLowerCase(Locale.ROOT).equals(opening)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Whether a folded word is a weekday or month name or abbreviation ({@code monday}, {@code
   * march}, {@code sept}, {@code oct}).
   */
  public static boolean calendarWord(String folded) {
    // every name is 3 to 9 letters: most words are answered without folding
    return folded.length() >= 3 && folded.length() <= 9 && CALENDAR_WORDS.contains(folded.toLowerCase(Locale.ROOT));
  }

  /** Every name and abbreviation, lower case: full weekday and month names, their three letters, "sept". */
  private static final java.util.Set<String> CALENDAR_WORDS = calendarWords();

  private static java.util.Set<String> calendarWords() {
    java.util.Set<String> out = new java.util.HashSet<>(lower(WEEKDAYS));
    for (String m : lower(MONTHS)) {
      out.add(m);
      out.add(m.substring(0, 3));
    }
    out.add(SEPT.toLowerCase(Locale.ROOT));
    return java.util.Set.copyOf(out);
  }

  /** Whether a word, in any case, is a full weekday name. */
  public static boolean weekday(String word) {
    for (String d : WEEKDAYS) {
      if (d.equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static <T> List<String> names(T[] values, Function<T, String> name) {
    List<String> out = new ArrayList<>();
    for (T v : values) {
      out.add(name.apply(v));
    }
    return List.copyOf(out);
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }

  private static String openings(List<String> names) {
    return String.join("|", lower(names).stream().map(n -> n.substring(0, 3)).toList());
  }

  private static String monthWords() {
    List<String> words = new ArrayList<>(MONTHS);
    for (String m : MONTHS) {
      String three = m.substring(0, 3);
      if (m.startsWith(SEPT)) {
        words.add(SEPT);
      }
      if (!three.equals(m)) {
        words.add(three);
      }
    }
    return String.join("|", words);
  }

  private static String monthPrefixed() {
    List<String> parts = new ArrayList<>();
    for (String m : lower(MONTHS)) {
      String three = m.substring(0, 3);
      String rest = m.substring(3);
      String sept = SEPT.toLowerCase(Locale.ROOT);
      if (m.startsWith(sept)) {
        parts.add(three + "(?:" + rest + "|" + sept.substring(3) + ")?");
      } else {
        parts.add(rest.isEmpty() ? three : three + "(?:" + rest + ")?");
      }
    }
    return "(?:" + String.join("|", parts) + ")";
  }
}
