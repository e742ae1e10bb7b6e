package dev.sourcecheck.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shapes of metadata in plain-text articles, and the parsing of their values. */
final class MetadataPatterns {
  private MetadataPatterns() {}

  /** {@code date 2025-12-02} glued before the first sentence by a scraping pipeline. */
  static final Pattern DATE_PREFIX = Pattern.compile("^date\\s+(\\d{4}-\\d{2}-\\d{2})(?=\\s|$)");

  /** A header field such as {@code Title: …} or {@code Published: …}. */
  static final Pattern HEADER =
      Pattern.compile(
          "^(title|headline|published|date|updated|source|url|link|by|byline|author|authors|outlet|publisher)\\s*:\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE);

  /** A footer that names where the article came from. */
  static final Pattern SOURCE_LINE =
      Pattern.compile("^(?:source|original(?: article| url)?|url|read the original(?: article)?)\\s*:\\s*(https?://\\S+)$",
          Pattern.CASE_INSENSITIVE);

  /** A byline line: {@code By Jane Doe and John Roe}, maybe with an outlet after a comma or bar. */
  static final Pattern BYLINE =
      Pattern.compile("^By\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|van|von|al|bin)){0,8})(?:\\s*[,||]\\s*.{0,60})?$");

  /**
   * A dateline opening the first paragraph: {@code LONDON —}, {@code GENEVA (Reuters) -}, {@code
   * WASHINGTON, Dec 1 (Reuters) -}, {@code KYIV, Ukraine (AP) —}.
   */
  static final Pattern DATELINE =
      Pattern.compile(
          "^((?:\\p{Lu}[\\p{Lu}.'’-]+)(?:\\s\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
              + "(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?"
              + "(?:,?\\s+\\p{Lu}[\\p{Ll}]{2,8}\\.?\\s+\\d{1,2})?"
              + "(?:\\s*\\([^()\\n]{1,40}\\))?)\\s*[—–-]{1,2}\\s+");

  /** Credit lines: who reported, edited or contributed. The whole line is metadata. */
  static final List<Pattern> CREDITS =
      List.of(
          Pattern.compile("^(.{2,200}?)\\s+contributed(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)\\.?$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile("^\\(?\\s*(?:additional )?(?:reporting|writing|editing|compiled|research|translated|produced)"
              + "(?: and (?:writing|editing|reporting))? by\\s+.{2,300}$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^\\(?\\s*this (?:story|report|article) was (?:written|reported|produced|compiled|edited)"
              + " by\\s+.{2,300}$", Pattern.CASE_INSENSITIVE));

  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:;|,|\\band\\b|&)\\s*");
  private static final Pattern CREDIT_ROLE =
      Pattern.compile("(?i)^\\(?\\s*(?:additional\\s+)?(?:reporting|writing|editing|compiled|research|translated|produced)"
          + "(?:\\s+and\\s+(?:writing|editing|reporting))?\\s+by\\s+");
  private static final Pattern OUTLET_POSSESSIVE = Pattern.compile("^.{1,40}?[’']s?\\s+(?=\\p{Lu})");
  private static final Pattern PERSON = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}$");

  /** The people a credit line names, in order, without outlet possessives or roles. */
  static List<String> contributors(String line) {
    String s = line.strip();
    if (s.startsWith("(") && s.endsWith(")")) {
      s = s.substring(1, s.length() - 1);
    }
    Matcher contributed =
        Pattern.compile("(?i)^(.{2,200}?)\\s+contributed\\b.*$").matcher(s);
    if (contributed.matches()) {
      s = contributed.group(1);
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String part : s.split("\\s*;\\s*")) {
      String p = CREDIT_ROLE.matcher(part).replaceFirst("");
      for (String raw : NAME_SPLIT.split(p)) {
        String name = OUTLET_POSSESSIVE.matcher(raw.strip()).replaceFirst("").strip();
        name = name.replaceAll("[.)]+$", "").strip();
        name = name.replaceFirst("(?i)^(?:additional\\s+)?(?:reporting|writing|editing)\\s+by\\s+", "");
        if (PERSON.matcher(name).matches()) {
          names.add(name);
        }
      }
    }
    return new ArrayList<>(names);
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

  /** A publication date from a header value, or null if none can be read. */
  static LocalDate date(String value) {
    String v = value.strip().replaceAll("^(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+", "");
    Matcher iso = ISO_IN_TEXT.matcher(v);
    if (iso.find()) {
      try {
        return LocalDate.parse(iso.group(1));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    String cleaned = v.replaceAll("\\.(?=\\s)", "").replaceAll("\\s+", " ");
    for (DateTimeFormatter f : DATE_FORMATS) {
      for (int end = cleaned.length(); end >= 8; end--) {
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
