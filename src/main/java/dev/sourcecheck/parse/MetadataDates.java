package dev.sourcecheck.parse;

import dev.sourcecheck.time.CalendarNames;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates metadata gives as text: a glued prefix ("2017-03-02", "02.03.2017", "2 March 2017") and
 * a header value ("Published: Thu, March 2, 2017 10:04 EST"). Bounded: a value is read from its
 * first 80 characters. Stateless and thread-safe.
 */
final class MetadataDates {
  private MetadataDates() {}

  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)(\\d{1,2})\\s+(" + MetadataPatterns.MONTH + ")\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)(" + MetadataPatterns.MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");

  /**
   * The date a glued prefix names, or null. Numeric dates with dots or dashes read day first (as the
   * outlets that write them do), with slashes month first; a first number above 12 is a day either
   * way.
   */
  static LocalDate prefixDate(String d) {
    try {
      if (d.length() == 10 && d.charAt(4) == '-') {
        return LocalDate.parse(d);
      }
      Matcher n = NUMERIC.matcher(d);
      if (n.matches()) {
        int a = Integer.parseInt(n.group(1));
        int b = Integer.parseInt(n.group(3));
        int y = Integer.parseInt(n.group(4));
        boolean monthFirst = n.group(2).equals("/") && a <= 12 || b > 12;
        return monthFirst ? LocalDate.of(y, a, b) : LocalDate.of(y, b, a);
      }
      Matcher dmy = DAY_MONTH_YEAR.matcher(d);
      if (dmy.matches()) {
        return LocalDate.of(Integer.parseInt(dmy.group(3)), month(dmy.group(2)), Integer.parseInt(dmy.group(1)));
      }
      Matcher mdy = MONTH_DAY_YEAR.matcher(d);
      if (mdy.matches()) {
        return LocalDate.of(Integer.parseInt(mdy.group(3)), month(mdy.group(1)), Integer.parseInt(mdy.group(2)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null; // 31.02.2017 and the like: not a date after all
    }
    return null;
  }

  private static int month(String name) {
    return CalendarNames.month(name);
  }

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ENGLISH));

  private static final Pattern ISO_IN_TEXT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern WEEKDAY = Pattern.compile("^(?i)(?:" + CalendarNames.WEEKDAY_OPENINGS + ")[a-z]{0,6},?\\s+");

  /** A publication date from a header value, or null if none can be read. */
  static LocalDate date(String value) {
    String v = WEEKDAY.matcher(value.strip()).replaceFirst("");
    if (v.length() > 80) {
      v = v.substring(0, 80);
    }
    Matcher iso = ISO_IN_TEXT.matcher(v);
    if (iso.find()) {
      try {
        return LocalDate.parse(iso.group(1));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    Matcher p = MetadataPatterns.DATE_PREFIX.matcher(v);
    if (p.lookingAt()) {
      LocalDate d = prefixDate(p.group("d"));
      if (d != null) {
        return d;
      }
    }
    String cleaned = v.replaceAll("\\.(?=\\s)", "").replaceAll("\\s+", " ");
    for (DateTimeFormatter f : DATE_FORMATS) {
      for (int end = Math.min(cleaned.length(), 30); end >= 8; end--) {
        try {
          return LocalDate.parse(cleaned.substring(0, end).strip(), f);
        } catch (DateTimeParseException e) {
          // try a shorter prefix: a time or zone may follow the date
        }
      }
    }
    return null;
  }
}
