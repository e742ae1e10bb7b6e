package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.fact.Cue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money, percentages and vote tallies in one sentence, as {@link Numbers.Figure}s keyed by what they
 * measure: "$2.5 billion in aid", "£300m fine", "inflation of 7 per cent", "the bill passed 52-48".
 * The measured thing is a noun of lexicon {@code xs-quantities} (tag money, percent or votes) in the
 * same sentence, nearest the figure; a figure with none is not kept, so that a budget is never
 * compared with a fine. Money and vote shares also carry their actors, the capitalised names before
 * the figure in its sentence: two figures naming no actor in common are not compared (the EU's aid
 * and the US's; one candidate's share and another's). Stateless, thread-safe.
 */
final class Measures {
  private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final String PREFIX = "(?:(at least|more than|over|up to|as much as|rose to|risen to|climbed to|"
      + "increased to|jumped to|fell to|dropped to|reached|raised to|about|around|some|nearly|almost|roughly|"
      + "approximately|an estimated|close to)\\s+)?";
  private static final String SCALE = "(trillion|billion|million|thousand|bn|tn|m|k)";
  // "$60 cheaper", "$2bn more": a difference, not an amount (atomic, so no shorter reading escapes)
  private static final String NOT_A_DIFFERENCE = "(?!\\s+(?:cheaper|dearer|more|less|off|higher|lower|extra|"
      + "short|above|below)\\b)";
  private static final Pattern MONEY_SIGN = Pattern.compile("(?i)(?<![\\w.,$£€])" + PREFIX + "(?:US|A|C|NZ|HK)?([$£€])\\s?"
      + "(?>" + AMOUNT + "(?:\\s*" + SCALE + ")?\\b)" + NOT_A_DIFFERENCE);
  private static final Pattern MONEY_CODE = Pattern.compile("(?i)\\b" + PREFIX + "(USD|EUR|GBP|US\\$)\\s?(?>" + AMOUNT
      + "(?:\\s*" + SCALE + ")?\\b)" + NOT_A_DIFFERENCE);
  private static final Pattern MONEY_WORD = Pattern.compile("(?i)\\b" + PREFIX + AMOUNT + "(?:\\s*" + SCALE
      + ")?\\s+(?:US\\s+)?(dollars|euros|pounds(?: sterling)?)\\b");
  private static final Pattern PERCENT = Pattern.compile("(?i)\\b" + PREFIX + "(?:(rose|rise of|fell|fall of|grew|"
      + "increased|increase of|decreased|declined|dropped|climbed|jumped|gained|lost|slipped|up|down)\\s+(?:by\\s+)?)?"
      + AMOUNT + "\\s*(%|percent\\b|per cent\\b|percentage points?\\b)");
  private static final Pattern TALLY = Pattern.compile("(?i)\\b(\\d{1,4})\\s*(?:-|–|—)\\s*(\\d{1,4})\\b"
      + "(?!\\s*(?:%|percent|per cent))");
  private static final Pattern TALLY_WORDS = Pattern.compile("(?i)\\bby\\s+(\\d{1,4})\\s+votes?\\s+to\\s+"
      + "(\\d{1,4})\\b");
  private static final Pattern VOTES_FOR = Pattern.compile("(?i)\\b" + PREFIX + "(?:with|won|receiving|received|"
      + "garnered|got|secured)\\s+" + PREFIX + "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+votes\\b");
  private static final Pattern VOTE_VERB = Pattern.compile("(?i)\\b(vot(?:e|es|ed|ing)|passed|approved|rejected|"
      + "adopted|defeated|ballots?)\\b");
  private static final Pattern NAME = Pattern.compile("\\b(?:[A-Z][\\w.'-]*|[A-Z]{2,})(?:\\s+(?:of\\s+)?"
      + "[A-Z][\\w.'-]*)*");
  private static final Set<String> NOT_ACTORS = Set.of("the", "a", "an", "in", "on", "at", "by", "for", "with",
      "but", "and", "it", "this", "that", "officials", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "mr", "mrs", "ms", "dr", "he", "she", "they", "we", "its", "their", "his", "her");
  private static final int REACH = 80;

  private Measures() {}

  static List<Numbers.Figure> figures(Doc d, Sentence s) {
    List<Numbers.Figure> out = new ArrayList<>();
    String t = s.text();
    boolean digit = false;
    for (int i = 0; i < t.length() && !digit; i++) {
      digit = Character.isDigit(t.charAt(i));
    }
    if (!digit) {
      return out;
    }
    int from = s.span().start();
    int to = s.span().end();
    money(d, from, to, MONEY_SIGN, out);
    money(d, from, to, MONEY_CODE, out);
    money(d, from, to, MONEY_WORD, out);
    percent(d, from, to, out);
    votes(d, from, to, out);
    return out;
  }

  private static void money(Doc d, int from, int to, Pattern p, List<Numbers.Figure> out) {
    Matcher m = p.matcher(d.text).region(from, to);
    while (m.find()) {
      String prefix = m.group(1);
      String currency;
      String amount;
      String scale;
      if (p == MONEY_WORD) {
        amount = m.group(2);
        scale = m.group(3);
        currency = switch (m.group(4).toLowerCase(Locale.ROOT).substring(0, 3)) {
          case "dol" -> "USD";
          case "eur" -> "EUR";
          default -> "GBP";
        };
      } else {
        currency = switch (m.group(2).toUpperCase(Locale.ROOT)) {
          case "$", "USD", "US$" -> "USD";
          case "€", "EUR" -> "EUR";
          default -> "GBP";
        };
        amount = m.group(3);
        scale = m.group(4);
      }
      if (p == MONEY_SIGN && m.group(0).matches("(?i).*\\b(?:A|C|NZ|HK)[$].*")) {
        currency = m.group(0).replaceAll("(?is).*?\\b(A|C|NZ|HK)\\$.*", "$1").toUpperCase(Locale.ROOT) + "D";
      }
      if (scale == null && amount.matches("\\d{4}") && p == MONEY_WORD) {
        continue;
      }
      double v = Double.parseDouble(amount.replace(",", "")) * multiplier(scale);
      String noun = noun(d, m.start(), m.end(), "money", spans(d, from, to, MONEY_SIGN, MONEY_CODE, MONEY_WORD));
      if (noun == null) {
        continue;
      }
      out.add(new Numbers.Figure(d, m.start(), m.end(), "money", noun + "|" + currency, v, bounded(prefix),
          approximate(prefix), m.group(0), noun, actors(d, from, m.start())));
    }
  }

  private static void percent(Doc d, int from, int to, List<Numbers.Figure> out) {
    Matcher m = PERCENT.matcher(d.text).region(from, to);
    while (m.find()) {
      String prefix = m.group(1);
      String change = m.group(2);
      double v = Double.parseDouble(m.group(3).replace(",", ""));
      String unit = m.group(4).toLowerCase(Locale.ROOT).startsWith("percentage") ? " points" : "";
      if (change != null && change.toLowerCase(Locale.ROOT).matches("fell|fall of|decreased|declined|dropped|lost|"
          + "slipped|down")) {
        unit += " fall";
      } else if (change != null) {
        unit += " rise";
      }
      String noun = noun(d, m.start(), m.end(), "percent", spans(d, from, to, PERCENT));
      if (noun == null) {
        continue;
      }
      // a vote share belongs to whoever won it; a rate (inflation, turnout) to the story
      Set<String> actors = noun.equals("vote") ? actors(d, from, m.start()) : Set.of();
      if (noun.equals("vote") && actors.isEmpty()) {
        continue;
      }
      out.add(new Numbers.Figure(d, m.start(), m.end(), "percent", noun + unit, v, bounded(prefix),
          approximate(prefix), m.group(0), noun + unit, actors));
    }
  }

  private static void votes(Doc d, int from, int to, List<Numbers.Figure> out) {
    if (!VOTE_VERB.matcher(d.text).region(from, to).find()) {
      return;
    }
    for (Pattern p : List.of(TALLY_WORDS, TALLY)) {
      Matcher m = p.matcher(d.text).region(from, to);
      while (m.find()) {
        long yes = Long.parseLong(m.group(1));
        long no = Long.parseLong(m.group(2));
        if (yes < no || yes == 0 || p == TALLY && d.text.substring(m.start(), m.end()).matches("\\d{4}.*")) {
          continue; // a date range or a losing side written first: not read as a tally
        }
        String noun = noun(d, m.start(), m.end(), "votes", List.of());
        if (noun == null) {
          continue;
        }
        out.add(new Numbers.Figure(d, m.start(), m.end(), "votes", noun + "|tally", yes * 10_000 + no, false, false,
            yes + "-" + no, "votes on the " + noun, Set.of()));
      }
      if (!out.isEmpty() && out.get(out.size() - 1).kind().equals("votes")) {
        break; // "by 219 votes to 212" is not read again as a dash tally
      }
    }
    Matcher m = VOTES_FOR.matcher(d.text).region(from, to);
    while (m.find()) {
      String prefix = m.group(1) != null ? m.group(1) : m.group(2);
      String noun = noun(d, m.start(), m.end(), "votes", List.of());
      if (noun == null) {
        continue;
      }
      long v = Long.parseLong(m.group(3).replace(",", ""));
      out.add(new Numbers.Figure(d, m.start(), m.end(), "votes", noun + "|for", v, bounded(prefix),
          approximate(prefix), Long.toString(v), "votes for the " + noun, Set.of()));
    }
  }

  private static double multiplier(String scale) {
    if (scale == null) {
      return 1;
    }
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "trillion", "tn" -> 1e12;
      case "billion", "bn" -> 1e9;
      case "million", "m" -> 1e6;
      default -> 1e3;
    };
  }

  private static boolean bounded(String prefix) {
    return prefix != null && !approximate(prefix);
  }

  private static boolean approximate(String prefix) {
    return prefix != null && prefix.toLowerCase(Locale.ROOT).matches("about|around|some|nearly|almost|roughly|"
        + "approximately|an estimated|close to");
  }

  /** Where the figures of these patterns are in the sentence. */
  private static List<int[]> spans(Doc d, int from, int to, Pattern... patterns) {
    List<int[]> out = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(d.text).region(from, to);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static int distance(int[] span, Cue c) {
    return c.end() <= span[0] ? span[0] - c.end() : c.start() >= span[1] ? c.start() - span[1] : -1;
  }

  /**
   * The {@code xs-quantities} noun of this tag nearest the figure, within reach in its sentence, and
   * not nearer another figure of the sentence ("made $320,000 on a budget of $27 million": the
   * budget is the second figure).
   */
  private static String noun(Doc d, int start, int end, String tag, List<int[]> rivals) {
    Sentence s = d.sentenceAt(start);
    if (s == null) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cue c : d.cues("xs-quantities", s.span().start(), s.span().end())) {
      String ctag = c.tag() == null ? "" : c.tag();
      if (!ctag.equals(tag) && !ctag.startsWith(tag + "/")) {
        continue;
      }
      int distance = c.end() <= start ? start - c.end() : c.start() >= end ? c.start() - end : -1;
      if (distance < 0 || distance > REACH) {
        continue;
      }
      boolean nearerOther = false;
      for (int[] r : rivals) {
        int rd = distance(r, c);
        nearerOther |= (r[0] != start || r[1] != end) && (r[1] <= start || r[0] >= end) && rd >= 0 && rd < distance;
      }
      if (nearerOther) {
        continue;
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = ctag.contains("/") ? ctag.substring(ctag.indexOf('/') + 1) : singular(c.term().toLowerCase(Locale.ROOT));
      }
    }
    return best;
  }

  private static String singular(String noun) {
    boolean plural = noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is")
        && !noun.equals("sales");
    return plural ? noun.substring(0, noun.length() - 1) : noun;
  }

  /** The capitalised names before {@code at} in the sentence: who gives the money or wins the vote. */
  private static Set<String> actors(Doc d, int from, int at) {
    Matcher m = NAME.matcher(d.text).region(from, at);
    Set<String> out = new java.util.LinkedHashSet<>();
    while (m.find()) {
      String name = m.group();
      String[] words = name.split("\\s+");
      int i = 0;
      while (i < words.length && NOT_ACTORS.contains(words[i].toLowerCase(Locale.ROOT))) {
        i++;
      }
      if (i < words.length) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        if (m.start() == from && i == 0 && words.length == 1 && rest.length() > 1
            && !rest.equals(rest.toUpperCase(Locale.ROOT)) && isCommon(d, m.start(), m.end())) {
          continue;
        }
        out.add(rest);
      }
    }
    return out;
  }

  /** A sentence-initial word that is one of the measured nouns ("Inflation rose …") is not a name. */
  private static boolean isCommon(Doc d, int start, int end) {
    for (Cue c : d.cues("xs-quantities", start, end)) {
      if (c.start() == start) {
        return true;
      }
    }
    return false;
  }
}
