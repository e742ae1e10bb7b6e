package dev.sourcecheck.parse;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Metadata;
import dev.sourcecheck.article.Span;
import dev.sourcecheck.time.CalendarNames;
import dev.sourcecheck.time.DaySpan;
import dev.sourcecheck.time.Days;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of a plain-text article from what real articles carry: a glued date
 * stamp, a header field, a date line under the headline ("Thursday 9 April 2026 14.05 BST",
 * "Updated 09:05 BST, 11 February 2026", "2026-04-09T16:20:00+01:00"), a dated byline ("By Ruth
 * Okafor | April 9, 2026") and the dateline ("LISBON, April 9 (Reuters) -", "BRANDVIK, Oct 2 -").
 * When candidates disagree the earliest publication (not update) is kept, and a note says which;
 * a dateline without a year takes it from the article's own full dates, else from the other
 * articles of the run ({@link #fromFeed}), and the note says so. A date is the calendar day as
 * written in its own time zone. Stateless and thread-safe.
 */
public final class PublicationDates {
  private PublicationDates() {}

  /** A date the text carries: where it was read, the date (or a day without a year), whether an update. */
  record Candidate(String source, LocalDate date, MonthDay day, boolean update, Span span) {
    MonthDay monthDay() {
      return date != null ? MonthDay.from(date) : day;
    }
  }

  private static final String MONTH = CalendarNames.MONTH_PREFIXED;
  private static final String TIME = "\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+\\(?[a-z]{2,5}\\)?)?";

  /** A line that is only a date stamp, maybe labelled, with a time and zone before or after the date. */
  static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^(?:(?<label>(?:first\\s+)?published|posted|updated|last\\s+updated|last\\s+modified|date)"
          + "(?:\\s+(?:on|at))?\\s*:?\\s+)?(?:" + TIME + ",?\\s+)?"
          + "(?:(?:" + CalendarNames.WEEKDAY_OPENINGS + ")[a-z]{0,6}\\.?,?\\s+)?"
          + "(?<d>\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:z|[+-]\\d{2}:?\\d{2})?)?"
          + "|\\d{1,2}\\s+" + MONTH + "\\.?,?\\s+\\d{4}|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"
          + "(?:,?\\s*(?:at\\s+)?" + TIME + ")?\\s*$");

  /** The day in a dateline's place: "LISBON, April 9 (Reuters)", "WASHINGTON, Dec. 1, 2025". */
  private static final Pattern DATELINE_DAY = Pattern.compile("(?i)\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?\\b");

  /** A date line (the whole line), or null. */
  static Candidate dateLine(String line, Span span) {
    if (line.length() > 100) {
      return null;
    }
    Matcher m = DATE_LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    LocalDate d = MetadataDates.date(m.group("d"));
    String label = m.group("label") == null ? "" : m.group("label").toLowerCase(Locale.ROOT);
    return d == null ? null : new Candidate("the date line", d, null, label.contains("updated") || label.contains("modified"), span);
  }

  /** A header field's date ({@code Published: …}, {@code Updated: …}), or null. */
  static Candidate header(String key, String value, Span span) {
    LocalDate d = MetadataDates.date(value);
    return d == null ? null : new Candidate("the '" + key + "' field", d, null, key.contains("updated"), span);
  }

  /** The day of a dateline, with or without a year, or null. */
  static Candidate dateline(String place, Span span) {
    Matcher m = DATELINE_DAY.matcher(place);
    if (!m.find()) {
      return null;
    }
    try {
      int month = Days.calendarMonth(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (m.group(3) != null) {
        return new Candidate("the dateline", LocalDate.of(Integer.parseInt(m.group(3)), month, day), null, false, span);
      }
      return new Candidate("the dateline", null, MonthDay.of(month, day), false, span);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * The publication date the candidates give, with a note when it had to be chosen or completed
   * (as a {@link MetaField.Kind#DATE_NOTE} field), or a day without a year left for the feed
   * (a {@link MetaField.Kind#PUBLISHED} field valued {@code --MM-DD}).
   */
  static LocalDate decide(List<Candidate> cs, String text, List<MetaField> fields) {
    List<Candidate> dated = new ArrayList<>();
    List<Candidate> days = new ArrayList<>();
    for (Candidate c : cs) {
      (c.date != null ? dated : days).add(c);
    }
    Candidate best = null;
    for (Candidate c : dated) {
      if (best == null || (c.update != best.update ? !c.update : c.date.isBefore(best.date))) {
        best = c;
      }
    }
    if (best == null && !days.isEmpty()) {
      Candidate d = days.get(0);
      Integer year = contextYear(text, d.day);
      if (year == null) {
        fields.add(new MetaField(MetaField.Kind.PUBLISHED, d.span, d.day.toString()));
        return null;
      }
      LocalDate date = d.day.atYear(year);
      fields.add(new MetaField(MetaField.Kind.DATE_NOTE, d.span, date + " from " + d.source + " ("
          + label(d.day) + "); the year " + year + " is inferred from the article's own dates"));
      return date;
    }
    if (best == null) {
      return null;
    }
    List<String> others = new ArrayList<>();
    for (Candidate c : cs) {
      if (c != best && !c.monthDay().equals(best.monthDay()) || c.date != null && !c.date.equals(best.date)) {
        others.add(c.source + " says " + (c.date != null ? c.date.toString() : label(c.day)));
      }
    }
    if (!others.isEmpty()) {
      fields.add(new MetaField(MetaField.Kind.DATE_NOTE, best.span, best.date + " from " + best.source
          + (best.update ? " (an update: no publication date is given)" : ", the earliest publication date given")
          + "; " + String.join("; ", others.stream().distinct().toList())));
    } else if (best.update) {
      fields.add(new MetaField(MetaField.Kind.DATE_NOTE, best.span, best.date + " from " + best.source
          + ": an update time, no publication date is given"));
    }
    return best.date;
  }

  /** The year of the article's own full dates nearest a day ("April 9" in a text that says "April 2, 2026"). */
  private static Integer contextYear(String text, MonthDay day) {
    Map<Integer, Integer> years = new HashMap<>();
    for (Days.Found f : Days.find(text, 0, Math.min(text.length(), 20_000), DaySpan.UNKNOWN, false, dev.sourcecheck.time.DayWords.NONE)) {
      if (f.day().date()) {
        years.merge(f.day().first().getYear(), 1, Integer::sum);
      }
    }
    Integer best = null;
    for (var e : years.entrySet()) {
      if (best == null || e.getValue() > years.get(best) || e.getValue().equals(years.get(best)) && e.getKey() > best) {
        best = e.getKey();
      }
    }
    return best != null && day.isValidYear(best) ? best : null;
  }

  private static String label(MonthDay d) {
    return d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
  }

  /**
   * Completes the articles whose date is a day without a year (a dateline "April 9"): the year is
   * the one that puts the day nearest the middle of the run's known publication dates, and a note
   * says so. Articles are returned in the order given; the others unchanged.
   */
  public static List<Article> fromFeed(List<Article> articles) {
    List<LocalDate> known = new ArrayList<>();
    for (Article a : articles) {
      if (a.metadata().published() != null) {
        known.add(a.metadata().published());
      }
    }
    LocalDate middle = middle(known);
    if (middle == null) {
      return articles;
    }
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      out.add(complete(a, middle));
    }
    return out;
  }

  /** The middle of a run's known publication dates (the upper median), or null when none is known. */
  public static LocalDate middle(List<LocalDate> known) {
    if (known.isEmpty()) {
      return null;
    }
    List<LocalDate> sorted = new ArrayList<>(known);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  /**
   * The article with a day without a year completed as {@link #fromFeed} does, given the middle of
   * the run's known dates ({@link #middle}; null: unchanged); any other article unchanged.
   */
  public static Article complete(Article a, LocalDate middle) {
    MetaField partial = middle == null || a.metadata().published() != null ? null : partial(a.metadata());
    if (partial == null) {
      return a;
    }
    MonthDay day = MonthDay.parse(partial.value());
    LocalDate best = null;
    for (int y = middle.getYear() - 1; y <= middle.getYear() + 1; y++) {
      if (day.isValidYear(y)) {
        LocalDate d = day.atYear(y);
        if (best == null || Math.abs(ChronoUnit.DAYS.between(d, middle)) < Math.abs(ChronoUnit.DAYS.between(best, middle))) {
          best = d;
        }
      }
    }
    if (best == null) {
      return a;
    }
    List<MetaField> fields = new ArrayList<>(a.metadata().fields());
    fields.add(new MetaField(MetaField.Kind.DATE_NOTE, partial.span(), best + " from the dateline (" + label(day)
        + "); the year " + best.getYear() + " is inferred from the other articles of this run"));
    fields.sort((x, y) -> x.span().compareTo(y.span()));
    Metadata m = a.metadata();
    Metadata completed = new Metadata(m.title(), best, m.source(), m.byline(), m.dateline(), m.contributors(), fields);
    return new Article(a.id(), a.path(), a.text(), completed, a.lines(), a.paragraphs(), a.sentences(), a.quotes(),
        a.index());
  }

  private static MetaField partial(Metadata m) {
    for (MetaField f : m.fields()) {
      if (f.kind() == MetaField.Kind.PUBLISHED && f.value().startsWith("--")) {
        return f;
      }
    }
    return null;
  }
}
