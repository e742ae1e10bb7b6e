package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.fact.Place;
import dev.sourcecheck.fact.XNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of the story's event (dead, injured, arrested) and their values in each source: "at least
 * 16 people were killed", "killing 25 soldiers", "58 dead", "the death toll rose to 40". An article's
 * figure for a quantity is its first one outside quotations (the lead states the toll); a figure
 * after "at least", "more than", "over" is open, after "rose to", "climbed to" an update.
 * Quantities are keyed by kind and by who was counted (people, civilians, children …). Money,
 * percentages and votes come from {@link Measures}. Not thread-safe.
 */
final class Numbers {
  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
      + "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
      + "seventy|eighty|ninety|hundred)";
  private static final String BOUND = "(?:(at least|more than|over|nearly|almost|about|around|some|up to|rose to|"
      + "risen to|climbed to|increased to|jumped to|reached)\\s+)?";
  private static final String WHO = "(people|persons|civilians|children|women|men|soldiers|troops|rebels|fighters|"
      + "militants|policemen|police officers|officers|protesters|migrants|students|workers|others|members|"
      + "pro-government fighters|jihadists|others)?";
  private static final Pattern BEFORE = Pattern.compile("(?i)\\b" + BOUND + NUM + "\\s+(?:[a-z-]+\\s+){0,2}?" + WHO
      + "\\s*(?:were|have been|had been|was|are|being)?\\s*(killed|dead|died|deaths|injured|wounded|hurt|arrested|"
      + "detained)\\b");
  private static final Pattern AFTER = Pattern.compile("(?i)\\b(killed|killing|kills|kill|wounding|wounded|injuring|"
      + "injured|arrested|arresting|detained)\\s+" + BOUND + NUM + "\\s+(?:[a-z-]+\\s+){0,1}?" + WHO + "\\b");
  private static final Pattern TOLL = Pattern.compile("(?i)\\b(death toll|toll)\\s+(?:[\\w-]+\\s+){0,8}?" + BOUND + NUM
      + "\\b");
  private static final Map<String, Long> WORDS = new HashMap<>();

  static {
    String[] w = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (int i = 0; i < w.length; i++) {
      WORDS.put(w[i], (long) i);
    }
    String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      WORDS.put(tens[i], (long) (30 + 10 * i));
    }
    WORDS.put("hundred", 100L);
  }

  /**
   * One figure in one article: {@code value} normalised (money in currency units, percent as
   * written), {@code shown} as written, {@code label} the quantity's name for messages.
   */
  record Figure(Doc doc, int start, int end, String kind, String what, double value, boolean bound, boolean approx,
      String shown, String label, Set<String> actors) {
    Figure(Doc doc, int start, int end, String kind, String what, long value, boolean bound) {
      this(doc, start, end, kind, what, value, bound, false, Long.toString(value), what + " " + kind, Set.of());
    }

    /** Two figures of one key with named actors none of which they share are about different givers. */
    boolean sameActors(Figure o) {
      return actors.isEmpty() || o.actors.isEmpty() || actors.stream().anyMatch(o.actors::contains);
    }

    Place place(String role) {
      return new Place(doc.id, start, end, role);
    }
  }

  final List<Object> facts = new ArrayList<>();

  /** The first figure of each quantity in an article. */
  static Map<String, Figure> figures(Doc d) {
    Map<String, Figure> out = new LinkedHashMap<>();
    for (Sentence s : d.prose) {
      if (!mayCount(s.text())) {
        for (Figure f : Measures.figures(d, s)) {
          if (!d.inQuote(f.start, f.end)) {
            out.putIfAbsent(f.kind + "|" + f.what, f);
          }
        }
        continue;
      }
      List<Figure> found = new ArrayList<>();
      Matcher m = BEFORE.matcher(d.text).region(s.span().start(), s.span().end());
      while (m.find()) {
        found.add(figure(d, m.start(), m.end(), m.group(1), m.group(2), m.group(3), m.group(4)));
      }
      m = AFTER.matcher(d.text).region(s.span().start(), s.span().end());
      while (m.find()) {
        found.add(figure(d, m.start(), m.end(), m.group(2), m.group(3), m.group(4), m.group(1)));
      }
      m = TOLL.matcher(d.text).region(s.span().start(), s.span().end());
      while (m.find()) {
        found.add(figure(d, m.start(), m.end(), m.group(2), m.group(3), null, "killed"));
      }
      found.addAll(Measures.figures(d, s));
      found.sort((x, y) -> Integer.compare(x == null ? 0 : x.start, y == null ? 0 : y.start));
      for (Figure f : found) {
        if (f != null && !d.inQuote(f.start, f.end)) {
          out.putIfAbsent(f.kind + "|" + f.what, f);
        }
      }
    }
    return out;
  }

  /** A cheap test before the patterns: a count word and a digit or number word. */
  private static boolean mayCount(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    boolean verb = t.contains("kill") || t.contains("dead") || t.contains("died") || t.contains("death")
        || t.contains("toll") || t.contains("injur") || t.contains("wound") || t.contains("hurt")
        || t.contains("arrest") || t.contains("detain");
    if (!verb) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    for (String w : WORDS.keySet()) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Figure figure(Doc d, int start, int end, String bound, String num, String who, String verb) {
    Long v = value(num);
    if (v == null || v >= 100_000 || v >= 1900 && v <= 2100 && num.length() == 4) {
      return null; // a population or a year, not a toll
    }
    String kind = switch (verb.toLowerCase(Locale.ROOT)) {
      case "injured", "wounded", "hurt", "wounding", "injuring" -> "injured";
      case "arrested", "detained", "arresting" -> "arrested";
      default -> "dead";
    };
    String what = who == null || who.isBlank() ? "people" : who.toLowerCase(Locale.ROOT);
    if (what.equals("persons") || what.equals("others")) {
      what = "people";
    }
    return new Figure(d, start, end, kind, what, v, bound != null && !bound.isBlank());
  }

  static Long value(String num) {
    String n = num.toLowerCase(Locale.ROOT).replace(",", "");
    if (WORDS.containsKey(n)) {
      return WORDS.get(n);
    }
    try {
      return Long.parseLong(n);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  void compare(String story, List<Doc> docs) {
    Map<String, List<Figure>> byKind = new LinkedHashMap<>();
    for (Doc d : docs) {
      for (var e : figures(d).entrySet()) {
        byKind.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
      }
    }
    for (List<Figure> fs : byKind.values()) {
      for (int i = 0; i < fs.size(); i++) {
        Figure a = fs.get(i);
        Figure against = null;
        for (int j = 0; j < i; j++) {
          if (fs.get(j).value != a.value && a.sameActors(fs.get(j))) {
            against = fs.get(j);
            break;
          }
        }
        if (against == null) {
          continue;
        }
        boolean later = a.doc.published != null && against.doc.published != null
            && a.doc.published.isAfter(against.doc.published);
        double gap = Math.abs(a.value - against.value) / Math.max(Math.abs(a.value), Math.abs(against.value));
        facts.add(new XNumbers(story, a.kind, a.what, a.label, a.doc.id, a.start, a.end, a.value, a.shown, a.bound,
            a.approx, against.doc.id, against.value, against.shown, against.bound, against.approx, later, gap,
            List.of(against.place(null))));
      }
    }
  }
}
