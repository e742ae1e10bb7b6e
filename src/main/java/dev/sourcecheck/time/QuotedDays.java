package dev.sourcecheck.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative days inside a quotation count from the day the words were said, not from the
 * publication date. The utterance day is the reporting verb's own time expression in the
 * attribution ("told reporters Monday", "said on Tuesday", "said in a statement on Sunday",
 * "said on April 14"), itself resolved against the publication date with the news rule; when the
 * attribution names no day, days inside the quotation stay unresolved. Stateless and thread-safe.
 */
public final class QuotedDays {
  private QuotedDays() {}

  /**
   * A reporting verb, at most one audience or channel phrase, then the day: only these words may
   * stand between, so "said the talks would be on Tuesday" is not a day of saying.
   */
  private static final Pattern UTTERANCE = Pattern.compile(
      "(?i)\\b(?:said|says|told|tells|added|stated|wrote|declared|insisted|posted|remarked|announced)"
          + "(?:\\s+(?:reporters|journalists|the press|the media|lawmakers|parliament|a news conference|a briefing"
          + "|in an? (?:statement|interview|post|speech|briefing)|at an? (?:briefing|news conference|press conference|rally)"
          + "|on (?:x|twitter|television|tv)))?"
          + ",?\\s+((?:on\\s+|late\\s+|early\\s+|last\\s+)?(?:" + CalendarNames.WEEKDAY_WORDS
          + "|yesterday|today|(?-i:(?:" + CalendarNames.MONTH_WORDS + "))\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?))\\b(?!['’]s)");

  /**
   * The day the words were said, from the attribution text (the sentence around the quotation
   * with the quotation itself removed), or {@link DaySpan#UNKNOWN} when it names none. Without a
   * publication date, a weekday name stays a name and yesterday/today are unknown.
   */
  public static DaySpan utteranceDay(String attribution, LocalDate published, DayWords words) {
    Matcher m = UTTERANCE.matcher(attribution);
    if (!m.find()) {
      return DaySpan.UNKNOWN;
    }
    return Days.resolve(m.group(1), published == null ? DaySpan.UNKNOWN : DaySpan.of(published), false, words);
  }

  /** The offset of the utterance day expression in {@code attribution}, or -1. */
  public static int utteranceDayAt(String attribution) {
    Matcher m = UTTERANCE.matcher(attribution);
    return m.find() ? m.start(1) : -1;
  }

  /**
   * Resolves a day expression inside a quotation against the day it was said: a date when the
   * utterance day is a date, a weekday name when it is only a weekday (yesterday said on a Monday
   * is a Sunday), unresolved when the utterance day is unknown.
   */
  public static DaySpan resolve(String expression, DaySpan said, boolean future, DayWords words) {
    return said.known() && (said.date() || said.weekday() != null) ? Days.resolve(expression, said, future, words)
        : DaySpan.UNKNOWN;
  }
}
