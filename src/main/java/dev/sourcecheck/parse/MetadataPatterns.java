package dev.sourcecheck.parse;

import dev.sourcecheck.time.CalendarNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of metadata in plain-text articles, and the parsing of their values. Every pattern is
 * anchored and uses bounded repetition only, and callers apply them to bounded prefixes of a line,
 * so matching stays linear in the text. Stateless and thread-safe.
 */
final class MetadataPatterns {
  private MetadataPatterns() {}

  /** A month's name or abbreviation, case-insensitive where it is used. */
  static final String MONTH = CalendarNames.MONTH_PREFIXED;

  /**
   * A date stamp glued before the first sentence by a scraping pipeline: {@code date 2025-12-02},
   * {@code Fri 07 Apr 2017 at 0914}, {@code Date of publication 5 July 2016}, {@code Published July
   * 21 2015}, {@code 05.10.2017(updated 1935 05.10.2017)}, {@code Tuesday 4 Apr 2017}. Group
   * {@code d} holds the date.
   */
  static final Pattern DATE_PREFIX =
      Pattern.compile(
          "^(?:(?:date(?:\\s+of\\s+publication)?|published(?:\\s+on)?|posted(?:\\s+on)?|updated(?:\\s+on)?"
              + "|last\\s+updated(?:\\s+(?:at|on))?)\\s*:?\\s+)?"
              + "(?:(?:" + CalendarNames.WEEKDAY_OPENINGS + ")[a-z]{0,6}\\.?,?\\s+)?"
              + "(?<d>\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}"
              + "|\\d{1,2}\\s+" + MONTH + "\\.?,?\\s+\\d{4}"
              + "|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"
              + "(?:,?\\s*(?:at\\s+)?\\d{1,2}:?\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+(?:GMT|UTC|ET|EST|EDT|BST|CET))?(?=\\s))?"
              + "(?:\\s*\\(updated[^()\\n]{0,40}\\))?"
              + "(?=\\s|$|\\p{Lu})",
          Pattern.CASE_INSENSITIVE);

  /** A header field such as {@code Title: …} or {@code Published: …}; group 1 is the key, 2 the value. */
  static final Pattern HEADER =
      Pattern.compile(
          "^(title|headline|published(?: on| at)?|publication date|date(?: published)?|updated|last updated|posted(?: on)?"
              + "|source|source url|original url|url|link|by|byline|author|authors|written by|outlet|publisher)"
              + "\\s*:\\s*(\\S.{0,400})$",
          Pattern.CASE_INSENSITIVE);

  /** A footer that names where the article came from: {@code Source: https://…}. */
  static final Pattern SOURCE_LINE =
      Pattern.compile(
          "^(?:source|original(?:\\s+article|\\s+url)?|url|link|read\\s+the\\s+original(?:\\s+article)?|via)"
              + "\\s*:\\s*(https?://\\S{1,2000})$",
          Pattern.CASE_INSENSITIVE);

  /** A short {@code Source: Reuters} footer (the last line of an article). */
  static final Pattern SOURCE_NAME_LINE =
      Pattern.compile("^(?i:source)\\s*:\\s*(\\p{Lu}[\\p{L}\\p{N}.&'’ -]{0,60}?)\\.?$");

  /**
   * A byline: {@code By Jane Doe and John Roe}, maybe with an outlet or role after a comma, bar or
   * dash: an opener of {@code words-byline-openers}, then capitalised words, {@code name-particles}
   * and {@code words-byline-joiners}.
   */
  static Pattern byline(ParseWords.Lists w) {
    return Pattern.compile(
        "^(?i:" + w.spaced("words-byline-openers") + ")\\s+"
            + "(\\p{Lu}[\\p{L}.'’-]{0,30}(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]{0,30}|" + w.spaced("words-byline-joiners") + "|"
            + w.spaced("name-particles") + ")){1,8}"
            + "(?:\\s*(?:,|\\||｜|–|—|-)\\s*[^.!?]{1,80})?)\\h*[,;]?$");
  }

  /**
   * A byline without {@code By}: a name and the outlet or role, as extractors leave it under a
   * headline ({@code Tom Krisher, AP Auto Writer}, {@code Tom Davies Associated Press}): an agency of
   * {@code words-byline-agencies}, or up to three words and a role of {@code words-byline-roles}.
   */
  static Pattern nameAndOutlet(ParseWords.Lists w) {
    return Pattern.compile(
        "^(\\p{Lu}[\\p{L}'’-]{1,20}(?:\\s\\p{Lu}\\.)?(?:\\s\\p{Lu}[\\p{L}'’-]{1,20}){1,2}),?\\s+"
            + "(" + w.spaced("words-byline-agencies") + "|(?:\\p{L}{1,20}\\s+){0,3}"
            + "(?i:" + w.spaced("words-byline-roles") + "))$");
  }

  /**
   * A dateline opening the first paragraph: {@code LONDON —}, {@code GENEVA (Reuters) -}, {@code
   * WASHINGTON, Dec 1 (Reuters) -}, {@code KYIV, Ukraine (AP) —}, {@code Washington (CNN) —},
   * {@code (Reuters) —}. Group {@code place} is the dateline, on one line; the text after the dash must start
   * like a sentence. A Title-Case place needs an agency in brackets.
   */
  static final Pattern DATELINE =
      Pattern.compile(
          "^(?<place>"
              + "(?<caps>\\p{Lu}[\\p{Lu}.'’-]{1,30}(?:\\h\\p{Lu}[\\p{Lu}.'’-]{0,30}){0,3})"
              + "(?:,\\h+\\p{Lu}[\\p{L}.]{0,20}(?:\\h\\p{Lu}[\\p{L}.]{0,20}){0,2})?"
              + "(?:,?\\h+\\p{Lu}\\p{Ll}{2,8}\\.?\\h+\\d{1,2}(?:,\\h+\\d{4})?)?"
              + "(?:\\h*\\((?<agency1>\\p{Lu}[^()\\n]{0,39})\\))?"
              + "|\\p{Lu}\\p{Ll}{1,20}(?:\\h\\p{Lu}\\p{Ll}{1,20}){0,2}(?:,\\h+\\p{Lu}[\\p{L}.]{0,20})?"
              + "(?:,?\\h+\\p{Lu}\\p{Ll}{2,8}\\.?\\h+\\d{1,2})?\\h*\\(\\p{Lu}[^()\\n]{0,39}\\)"
              + "|\\(\\p{Lu}[^()\\n]{0,39}\\))"
              + "\\h*(?:—|–|--?|:)\\s+(?=[\\p{Lu}\\p{N}\"“‘'])");

  /**
   * Whether a dateline match is a place and not an acronym or a label ({@code NATO —}, {@code
   * BREAKING:}: a word of {@code words-dateline-not-places}).
   */
  static boolean isDateline(Matcher m, ParseWords words) {
    String caps = m.group("caps");
    if (caps == null) {
      return true;
    }
    String place = m.group("place");
    boolean qualified = !place.equals(caps); // a region, date or agency follows the place
    if (words.notPlace(caps) && !qualified) {
      return false;
    }
    boolean colon = m.group().stripTrailing().endsWith(":");
    return !colon || !words.notPlace(caps) && caps.length() >= 3;
  }

  private static final Pattern CONTRIBUTED_LINE =
      Pattern.compile(
          "^(.{2,200}?)\\s+contributed(?:\\s+reporting)?(?:\\s+to)?(?:\\s+(?:this|the)\\s+(?:report|story|article))?"
              + "(?:\\s+from\\s+[^.]{1,60})?\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WAS_WRITTEN_BY =
      Pattern.compile(
          "^\\(?\\s*this\\s+(?:story|report|article)\\s+was\\s+(?:written|reported|produced|compiled|edited)"
              + "\\s+by\\s+.{2,300}$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Credit lines: who reported, wrote, edited or contributed. The whole line is metadata. The roles
   * of a line that opens with one ({@code Reporting by …}) are {@code words-credit-roles}.
   */
  static List<Pattern> credits(ParseWords words) {
    return List.of(CONTRIBUTED_LINE, words.roleCredit, WAS_WRITTEN_BY);
  }

  /** A credit in brackets at the end of a paragraph: {@code … said. (Reporting by A; Editing by B)}. */
  static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "^[(\\[]\\s*(?:additional\\s+)?(?:reporting|writing|editing|compiled|research|written|reported)"
              + "(?:\\s+and\\s+\\w{1,12})?\\s+by\\s+[^()\\[\\]]{2,300}[)\\]]$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A credit without brackets closing a paragraph after a sentence: {@code … he said. Additional
   * reporting by A; editing by B}. Applied with {@code find} to the paragraph's last few hundred
   * characters.
   */
  static final Pattern TRAILING_PLAIN_CREDIT =
      Pattern.compile(
          "(?<=[.!?\"”’]\\s)(?:Additional\\s+r|R|Writing\\s+and\\s+r)eporting\\s+by\\s+\\p{Lu}[^!?()\\n]{2,250}$");

  private static final Pattern CONTRIBUTED = Pattern.compile("(?i)^(.{2,200}?)\\s+contributed\\b.*$");
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
  private static final Pattern OUTLET_POSSESSIVE = Pattern.compile("^[^’']{1,40}?[’']s?\\s+(?=\\p{Lu})");
  private static final Pattern PLACE_SUFFIX = Pattern.compile("\\s+(?:in|from|at)\\s+\\p{Lu}.*$");

  /**
   * The people a credit line names, in order, without outlet possessives, roles ({@code
   * words-credit-roles}), an outlet and reporter's role ({@code words-byline-roles}) or places; a name's lower-case words are {@code name-particles}.
   */
  static List<String> contributors(String line, ParseWords words) {
    String s = line.strip();
    if ((s.startsWith("(") && s.endsWith(")")) || (s.startsWith("[") && s.endsWith("]"))) {
      s = s.substring(1, s.length() - 1);
    }
    Matcher contributed = CONTRIBUTED.matcher(s);
    if (contributed.matches()) {
      s = contributed.group(1);
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String part : s.split("\\s*;\\s*")) {
      for (String raw : NAME_SPLIT.split(part.strip())) {
        String name = words.creditRole.matcher(raw.strip()).replaceFirst("");
        name = OUTLET_POSSESSIVE.matcher(name).replaceFirst("").strip();
        name = words.outletRole.matcher(name).replaceFirst(""); // "Associated Press writer Frances D'Emilio"
        name = PLACE_SUFFIX.matcher(name).replaceFirst("");
        name = name.replaceAll("[.)\\]]+$", "").strip();
        if (words.person.matcher(name).matches() && name.indexOf(' ') > 0) {
          names.add(name);
        }
      }
    }
    return new ArrayList<>(names);
  }

  /** The cleaned value of a byline match: the names, and a role or outlet after them. */
  static String byline(Matcher m, ParseWords words) {
    String v = m.group(1).strip();
    Matcher dated = DATED_TRAILER.matcher(v);
    String names = dated.find() ? v.substring(0, dated.start()).strip() : v;
    // a month or weekday among the names says "By Monday, …" is prose (words-byline-not-names); in a
    // dated trailer it is the date
    for (String w : names.split("[\\s,|–—-]+")) {
      if (words.notNames.contains(w.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return names;
  }

  /** The date or time after the names of a byline ({@code By Jane Doe | April 9, 2026}), or null. */
  static String bylineDate(Matcher m) {
    Matcher dated = DATED_TRAILER.matcher(m.group(1).strip());
    return dated.find() ? m.group(1).strip().substring(dated.end()).strip() : null;
  }

  /** A date or time after the names of a byline: {@code By Jane Doe - 11/18/19 11:04 PM EST}. */
  private static final Pattern DATED_TRAILER = Pattern.compile("\\s*[,|｜–—-]\\s*(?=[^,|｜–—-]{0,40}\\d)");
}
