package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.time.CalendarNames;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence states a figure, for a claim's check-worthiness ({@link ClaimFacts}): a
 * number in digits or words, not a year, a day of the month or a number inside a quotation.
 * Stateless.
 */
final class ClaimNumbers {
  private ClaimNumbers() {}

  /** A figure: digits, maybe a percent sign, or a number word of {@code words-number-words}. */
  static Pattern number(String numberWords) {
    return Pattern.compile("(?<![\\p{L}\\d])(\\d[\\d,.]*\\s*(%|percent|per cent)?|(?i:" + numberWords + ")\\b)");
  }

  /** The lower-cased first letters of the number words, where a match of {@link #number} can start. */
  static String initials(java.util.Collection<String> numberWords) {
    StringBuilder b = new StringBuilder();
    for (String w : numberWords) {
      String c = w.isEmpty() ? "" : w.substring(0, 1).toLowerCase(Locale.ROOT);
      if (!c.isEmpty() && b.indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("\\d{1,2}");
  private static final Pattern NEAR_MONTH = Pattern.compile(
      "(?s).*(" + CalendarNames.MONTH_OPENINGS + ")[a-z]*\\.?\\s*\\d.*|(?s).*\\d\\s*(" + CalendarNames.MONTH_OPENINGS + ").*");

  static boolean hasNumber(Article a, Sentence s, FactWords fw) {
    // NUMBER is tried only where a match can start (a digit or a number word's first letter at the start of
    // a word), which gives the matches of find() without trying its two dozen words at every character
    String text = s.text();
    Matcher m = fw.number().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int from = numberStart(text, 0, fw); from >= 0; from = numberStart(text, from, fw)) {
      m.region(from, text.length());
      if (!m.lookingAt()) {
        from++;
        continue;
      }
      from = m.end();
      String g = m.group().strip();
      if (YEAR.matcher(g).matches() || AttributionFacts.quoted(a, s.span().start() + m.start())) {
        continue;
      }
      // a day of the month ("Dec. 2", "2 December") is a date, not a figure
      String around = s.text().substring(Math.max(0, m.start() - 10), Math.min(s.text().length(), m.end() + 10))
          .toLowerCase(Locale.ROOT);
      if (DAY_OF_MONTH.matcher(g).matches() && NEAR_MONTH.matcher(around).matches()) {
        continue;
      }
      return true;
    }
    return false;
  }

  /**
   * The first offset from {@code from} where NUMBER can match: an ASCII digit or a letter that begins one of
   * its words (any non-ASCII character, to be safe), not right after an ASCII letter or digit; -1 if none.
   */
  private static int numberStart(String text, int from, FactWords fw) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean candidate = c >= 128 || c >= '0' && c <= '9' || fw.numberInitials().indexOf(Character.toLowerCase(c)) >= 0;
      if (candidate && (i == 0 || !asciiLetterOrDigit(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean asciiLetterOrDigit(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
