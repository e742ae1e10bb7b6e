package dev.sourcecheck.framing;

import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures in a run of words: counts ("12", "twelve", "a dozen"), money ("$2bn", "3 million
 * euros"), percentages ("40%", "40 per cent") and multiples ("doubles" is x2, and also +100%).
 * Years, days of the month and clock times are not figures. Number words, scales, multiples and
 * months come from {@code figures}. Stateless.
 */
final class Figures {
  private Figures() {}

  /**
   * A figure: {@code kind} is count, money, percent or multiple; {@code bound} is {@code exact},
   * or {@code min}, {@code max}, {@code approx} after a word such as "over", "nearly", "about".
   */
  record Figure(String kind, double value, int start, int end, String bound) {}

  static List<Figure> find(Tokens t, Cues cues, LexiconMatcher matcher, int from, int to) {
    List<Figure> out = new ArrayList<>(2);
    String text = t.text();
    for (int i = from; i < to; i++) {
      Match cue = cues.startingAt(Cues.FIGURES, t.start(i));
      String tag = cue == null ? "" : cue.entry().tag();
      if (tag.startsWith("x:")) {
        double x = number(tag.substring(2));
        out.add(new Figure("multiple", x, cue.start(), cue.end(), "exact"));
        out.add(new Figure("percent", Math.abs(x - 1) * 100, cue.start(), cue.end(), "exact"));
        continue;
      }
      double value;
      String suffix = "";
      if (t.is(i, Tokens.NUMBER)) {
        value = number(t.word(i));
      } else if (tag.startsWith("n:")) {
        value = number(tag.substring(2));
      } else if (t.word(i).indexOf('-') > 0 && !Double.isNaN(compound(matcher, t.word(i)))) {
        value = compound(matcher, t.word(i)); // "twenty-three"
      } else if (Character.isDigit(text.charAt(t.start(i)))) {
        // "2bn", "1.5m": digits with a scale glued on
        String w = t.word(i);
        int k = 0;
        while (k < w.length() && (Character.isDigit(w.charAt(k)) || w.charAt(k) == '.' || w.charAt(k) == ',')) {
          k++;
        }
        suffix = w.substring(k).toLowerCase(Locale.ROOT);
        value = k == 0 ? Double.NaN : number(w.substring(0, k));
        double scale = scale(matcher, suffix);
        if (Double.isNaN(scale)) {
          continue;
        }
        value *= scale;
      } else {
        continue;
      }
      if (Double.isNaN(value) || date(t, cues, i) || clock(t, i)) {
        continue;
      }
      int start = t.start(i);
      int end = t.end(i);
      String kind = "count";
      boolean unit = !suffix.isEmpty();
      if (currencyBefore(t.gapBefore(i)) || i > 0 && currencyBefore(text.substring(t.start(i) - 1, t.start(i)))) {
        kind = "money";
        unit = true;
        start = Math.max(0, start - 1);
      }
      int j = i + 1;
      Match next = j < to ? cues.startingAt(Cues.FIGURES, t.start(j)) : null;
      String nt = next == null || Modality.breaks(t.gapBefore(j)) ? "" : next.entry().tag();
      if (nt.startsWith("scale:")) {
        value *= number(nt.substring(6));
        end = next.end();
        unit = true;
        j = t.from(next.end());
        next = j < to ? cues.startingAt(Cues.FIGURES, t.start(j)) : null;
        nt = next == null || Modality.breaks(t.gapBefore(j)) ? "" : next.entry().tag();
      }
      int after = end;
      while (after < text.length() && text.charAt(after) == ' ') {
        after++;
      }
      if (after < text.length() && text.charAt(after) == '%') {
        kind = "percent";
        unit = true;
        end = after + 1;
      } else if (nt.equals("percent")) {
        kind = "percent";
        unit = true;
        end = next.end();
      } else if (nt.equals("currency")) {
        kind = "money";
        unit = true;
        end = next.end();
      }
      if (!unit && t.is(i, Tokens.NUMBER) && year(t.word(i))) {
        continue;
      }
      out.add(new Figure(kind, value, start, end, bound(t, cues, i)));
    }
    return out;
  }

  /** The bound a word just before word {@code i} ("over", "nearly", "about") gives its figure. */
  private static String bound(Tokens t, Cues cues, int i) {
    if (i == 0) {
      return "exact";
    }
    for (Match m : cues.in(Cues.FIGURES, t.start(Math.max(0, i - 3)), t.end(i - 1))) {
      String tag = m.entry().tag();
      if (m.end() == t.end(i - 1) && tag.startsWith("bound:") && !Modality.breaks(t.gapBefore(i))) {
        return tag.substring(6);
      }
    }
    return "exact";
  }

  /** The value of a hyphenated number word ("twenty-three" is 23), or NaN when a part is not a number word. */
  private static double compound(LexiconMatcher matcher, String word) {
    if (matcher == null) {
      return Double.NaN;
    }
    double sum = 0;
    for (String part : word.split("-")) {
      double v = Double.NaN;
      for (Match m : matcher.find(part, 0, part.length())) {
        if (m.lexicon().name().equals(Cues.FIGURES) && m.start() == 0 && m.end() == part.length()
            && m.entry().tag().startsWith("n:")) {
          v = number(m.entry().tag().substring(2));
        }
      }
      if (Double.isNaN(v)) {
        return Double.NaN;
      }
      sum += v;
    }
    return sum;
  }

  /** The value of a scale such as "bn" or "m" glued to digits; 1 for none; NaN when not a scale. */
  private static double scale(LexiconMatcher matcher, String suffix) {
    if (suffix.isEmpty()) {
      return 1;
    }
    if (matcher == null) {
      return Double.NaN;
    }
    for (Match m : matcher.find(suffix, 0, suffix.length())) {
      if (m.lexicon().name().equals(Cues.FIGURES) && m.start() == 0 && m.end() == suffix.length()
          && m.entry().tag().startsWith("scale:")) {
        return number(m.entry().tag().substring(6));
      }
    }
    return Double.NaN;
  }

  private static boolean date(Tokens t, Cues cues, int i) {
    return i > 0 && month(cues, t.start(i - 1)) || i + 1 < t.size() && month(cues, t.start(i + 1));
  }

  private static boolean month(Cues cues, int offset) {
    Match m = cues.startingAt(Cues.FIGURES, offset);
    return m != null && m.entry().tag().equals("month");
  }

  /** "10:30", "9.30 a.m.": a number next to a colon. */
  private static boolean clock(Tokens t, int i) {
    return t.gapBefore(i).endsWith(":") || i + 1 < t.size() && t.gapBefore(i + 1).startsWith(":");
  }

  private static boolean currencyBefore(String gap) {
    String g = gap.strip();
    if (g.isEmpty()) {
      return false;
    }
    int type = Character.getType(g.charAt(g.length() - 1));
    return type == Character.CURRENCY_SYMBOL;
  }

  private static boolean year(String w) {
    if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(w);
    return y >= 1800 && y <= 2100;
  }

  static double number(String s) {
    try {
      return Double.parseDouble(s.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
