package dev.sourcecheck.compare;

import dev.sourcecheck.lexicon.Lexicon;
import dev.sourcecheck.text.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the amount that starts at a word: digits ("1,200", "3.4"), digits with a scale in any
 * spacing ("4.2million", "4.2 million", "£300m", "$2.5bn"), number words ("twelve", "three
 * hundred", "twenty-five"), vague counts ("dozens", "hundreds": ranges); with a currency (a symbol
 * or code before it, a currency word after it) or a percent ("%", "per cent", "percentage
 * points"). Number words, scales and currency words come from the lexicon {@code xs-numbers}. An
 * amount carries the range its rounding stands for: a decimal covers half a unit of its last
 * digit; an integer of 1,000 or more ending in zeros half a unit of its last non-zero digit (at
 * most 5% of it); smaller integers are exact. Immutable after construction and thread-safe.
 */
final class Amounts {
  /** An amount at words {@code [first, last)}: value, rounding range, currency and unit (or null). */
  record Amount(int first, int last, int start, int end, double value, double low, double high, String currency,
      String unit, boolean vague) {}

  private static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");
  private static final Pattern SCALED = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?([a-z]+)");

  private final Map<String, String> tags = new HashMap<>();
  /** The first word of every phrase in {@link #tags}: a word that opens none opens no phrase. */
  private final Set<String> firstWords = new HashSet<>();
  /** The units of time the span:UNIT tags name ("years", "months"). */
  private final Set<String> spans = new HashSet<>();

  Amounts(Lexicon numbers) {
    if (numbers != null) {
      for (Lexicon.Entry e : numbers.entries()) {
        List<String> words = Phrases.words(e.term());
        tags.put(String.join(" ", words), e.tag());
        firstWords.add(words.isEmpty() ? "" : words.get(0));
        if (e.tag().startsWith("span:")) {
          spans.add(e.tag().substring(5));
        }
      }
    }
  }

  /** Whether a figure's unit is a length of time: one a span:UNIT tag names ("years", "days"). */
  boolean span(String unit) {
    return spans.contains(unit);
  }

  private String tag(Tokens ts, int i, int n) {
    if (i + n > ts.size()) {
      return null;
    }
    StringBuilder b = new StringBuilder(ts.folded(i));
    for (int k = 1; k < n; k++) {
      if (!ts.gapBefore(i + k).isBlank()) {
        return null;
      }
      b.append(' ').append(ts.folded(i + k));
    }
    return tags.get(b.toString());
  }

  /** The tag of the longest lexicon phrase of up to three words at word {@code i}, with its length. */
  private Map.Entry<String, Integer> phrase(Tokens ts, int i, int limit) {
    if (!firstWords.contains(ts.folded(i))) {
      return null;
    }
    for (int n = 3; n >= 1; n--) {
      if (i + n <= limit) {
        String t = tag(ts, i, n);
        if (t != null) {
          return Map.entry(t, n);
        }
      }
    }
    return null;
  }

  /** The amount starting at word {@code i} (words before {@code limit} only), or null. */
  Amount read(Tokens ts, int i, int limit) {
    String w = ts.folded(i);
    String text = ts.text();
    double value;
    double half;
    int j = i + 1;
    boolean vague = false;
    double low = -1;
    double high = -1;
    // both number shapes open with an ASCII digit: most words are tested no further
    boolean digit = !w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9';
    Matcher d = digit ? DIGITS.matcher(w) : null;
    Matcher s = digit ? SCALED.matcher(w) : null;
    String integer = null;
    String decimals = null;
    if (digit && d.matches()) {
      value = Double.parseDouble(w.replace(",", ""));
      integer = d.group(1).replace(",", "");
      decimals = d.group(2);
      half = rounding(integer, decimals, 1);
    } else if (digit && s.matches() && scale(s.group(3)) > 0) {
      double scale = scale(s.group(3));
      value = Double.parseDouble(s.group(1).replace(",", "") + (s.group(2) == null ? "" : "." + s.group(2))) * scale;
      half = rounding(s.group(1).replace(",", ""), s.group(2), scale);
    } else {
      Map.Entry<String, Integer> p = phrase(ts, i, limit);
      Double word = p == null ? hyphenated(w) : null;
      if (p != null && p.getKey().startsWith("value:")) {
        value = Double.parseDouble(p.getKey().substring(6));
      } else if (p != null && p.getKey().startsWith("range:")) {
        String[] r = p.getKey().substring(6).split("-");
        low = Double.parseDouble(r[0]);
        high = Double.parseDouble(r[1]);
        value = low;
        vague = true;
      } else if (word != null) {
        value = word;
      } else {
        Amount joined = joinedMeasure(ts, i);
        return joined != null ? joined : span(ts, i);
      }
      j = i + (p == null ? 1 : p.getValue());
      half = 0;
    }
    // a scale after the number, in words ("3.4 million", "three hundred")
    if (!vague && j < limit) {
      Map.Entry<String, Integer> p = phrase(ts, j, limit);
      double scale = p == null ? 0 : p.getKey().startsWith("scale:") ? Double.parseDouble(p.getKey().substring(6))
          : p.getKey().equals("value:100") && ts.gapBefore(j).isBlank() ? 100 : 0;
      if (scale > 0) {
        value *= scale;
        half = integer == null ? half * scale : rounding(integer, decimals, scale);
        j += p.getValue();
      }
    }
    if (low < 0) {
      half = Math.min(half, value * 0.05);
      low = value - half;
      high = value + half;
    }
    String currency = currency(text, ts, i);
    String unit = null;
    {
      String after = j < ts.size() ? ts.gapBefore(j) : text.substring(ts.end(j - 1), Math.min(text.length(), ts.end(j - 1) + 2));
      if (after.stripLeading().startsWith("%")) {
        unit = "percent";
      } else if (j < limit) {
        Map.Entry<String, Integer> p = phrase(ts, j, limit);
        if (p != null && p.getKey().startsWith("unit:")) {
          unit = p.getKey().substring(5);
          j += p.getValue();
        } else if (p != null && p.getKey().startsWith("measure:") && currency == null) {
          double factor = factor(p.getKey());
          unit = measure(p.getKey());
          value *= factor;
          low = converted(low * factor, factor, false);
          high = converted(high * factor, factor, true);
          j += p.getValue();
        } else if (p != null && p.getKey().startsWith("currency:") && currency == null) {
          currency = p.getKey().substring(9);
          j += p.getValue();
        }
      }
    }
    int end = ts.end(j - 1);
    if ("percent".equals(unit)) {
      int pct = text.indexOf('%', end);
      if (pct >= 0 && pct - end <= 1) {
        end = pct + 1;
      }
    }
    return new Amount(i, j, amountStart(text, ts, i, currency), end, value, low, high, currency, unit, vague);
  }

  /** Half a unit of the last written digit (a decimal), or of the last non-zero digit of a large integer. */
  private static double rounding(String integer, String decimals, double scale) {
    if (decimals != null) {
      return 0.5 * Math.pow(10, -decimals.length()) * scale;
    }
    if (scale > 1) {
      return 0.5 * scale;
    }
    if (integer.length() < 4) {
      return 0;
    }
    int zeros = 0;
    for (int k = integer.length() - 1; k > 0 && integer.charAt(k) == '0'; k--) {
      zeros++;
    }
    return zeros == 0 ? 0 : 0.5 * Math.pow(10, zeros);
  }

  private double scale(String word) {
    String t = tags.get(word);
    return t != null && t.startsWith("scale:") ? Double.parseDouble(t.substring(6)) : 0;
  }

  /**
   * A length of time written as one hyphenated word before its noun: "a five-year contract", "a
   * 10-year sentence", "a twenty-five-year lease" (the span word tagged span:UNIT in
   * {@code xs-numbers}); its unit is "span:UNIT". "23-year-old" is an age, not a span.
   */
  private Amount span(Tokens ts, int i) {
    String w = ts.folded(i);
    int dash = w.lastIndexOf('-');
    if (dash <= 0 || dash == w.length() - 1) {
      return null;
    }
    String t = tags.get(w.substring(dash + 1));
    if (t == null || !t.startsWith("span:")) {
      return null;
    }
    String n = w.substring(0, dash);
    Double value = DIGITS.matcher(n).matches() ? Double.valueOf(n.replace(",", "")) : null;
    if (value == null) {
      String v = tags.get(n);
      value = v != null && v.startsWith("value:") ? Double.valueOf(v.substring(6)) : hyphenated(n);
    }
    if (value == null || value <= 0) {
      return null;
    }
    return new Amount(i, i + 1, ts.start(i), ts.end(i), value, value, value, null, "span:" + t.substring(5), false);
  }

  /** "measure:metres*0.3048": the measure the amount is given in ("measure:metres"). */
  private static String measure(String tag) {
    int star = tag.indexOf('*');
    return star < 0 ? tag : tag.substring(0, star);
  }

  /** "measure:metres*0.3048": what converts the amount to its measure (0.3048). */
  private static double factor(String tag) {
    int star = tag.indexOf('*');
    return star < 0 ? 1 : Double.parseDouble(tag.substring(star + 1));
  }

  /**
   * An end of a range converted to another unit: as precise as a writer rounding the converted
   * figure would make it, 1% ("787ft" is 239.9 metres, written "240 metres"); unconverted, unchanged.
   */
  private static double converted(double v, double factor, boolean top) {
    return factor == 1 ? v : top ? v * 1.01 : v * 0.99;
  }

  private static final Pattern JOINED = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?-?([a-z]+)");

  /**
   * A measure joined to its number, as one word before a noun or glued to it: "a 240-metre bridge",
   * "787ft", "a 3,200-kilogram satellite", "a three-metre wall" (the unit word tagged measure: in
   * {@code xs-numbers}); its unit is "measure:UNIT", its value converted.
   */
  private Amount joinedMeasure(Tokens ts, int i) {
    String w = ts.folded(i);
    Matcher j = JOINED.matcher(w);
    String unitWord;
    Double value;
    if (j.matches()) {
      unitWord = j.group(3);
      value = Double.valueOf(j.group(1).replace(",", "") + (j.group(2) == null ? "" : "." + j.group(2)));
    } else {
      int dash = w.lastIndexOf('-');
      if (dash <= 0 || dash == w.length() - 1) {
        return null;
      }
      unitWord = w.substring(dash + 1);
      String n = w.substring(0, dash);
      String v = tags.get(n);
      value = v != null && v.startsWith("value:") ? Double.valueOf(v.substring(6)) : hyphenated(n);
    }
    String t = tags.get(unitWord);
    if (value == null || value <= 0 || t == null || !t.startsWith("measure:")) {
      return null;
    }
    double f = factor(t);
    double v = value * f;
    return new Amount(i, i + 1, ts.start(i), ts.end(i), v, converted(v, f, false), converted(v, f, true), null,
        measure(t), false);
  }

  /** "twenty-five": a tens word and a units word. */
  private Double hyphenated(String w) {
    int dash = w.indexOf('-');
    if (dash <= 0) {
      return null;
    }
    String a = tags.get(w.substring(0, dash));
    String b = tags.get(w.substring(dash + 1));
    if (a == null || b == null || !a.startsWith("value:") || !b.startsWith("value:")) {
      return null;
    }
    return Double.parseDouble(a.substring(6)) + Double.parseDouble(b.substring(6));
  }

  /** A currency symbol or code right before the amount ($, £, €, US$, A$, USD …), or null. */
  private String currency(String text, Tokens ts, int i) {
    String gap = ts.gapBefore(i);
    int n = gap.length();
    char c = n == 0 ? ' ' : gap.charAt(n - 1);
    if (n > 0 && (c == '$' || c == '£' || c == '€')) {
      if (c == '£') {
        return "GBP";
      }
      if (c == '€') {
        return "EUR";
      }
      if (n == 1 && i > 0) {
        String prev = ts.word(i - 1);
        switch (prev) {
          case "A", "AU" -> {
            return "AUD";
          }
          case "C" -> {
            return "CAD";
          }
          case "NZ" -> {
            return "NZD";
          }
          case "HK" -> {
            return "HKD";
          }
          default -> {
            // US$ and a bare $ are dollars
          }
        }
      }
      return "USD";
    }
    if (i > 0 && gap.isBlank()) {
      String t = tags.get(ts.folded(i - 1));
      if (t != null && t.startsWith("currency:") && ts.is(i - 1, Tokens.ALL_CAPS)) {
        return t.substring(9);
      }
    }
    return null;
  }

  private static int amountStart(String text, Tokens ts, int i, String currency) {
    int s = ts.start(i);
    while (currency != null && s > 0 && "$£€".indexOf(text.charAt(s - 1)) >= 0) {
      s--;
    }
    return s;
  }

  static String show(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%,.2f", v);
  }
}
