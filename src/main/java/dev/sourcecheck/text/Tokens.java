package dev.sourcecheck.text;

import java.text.Normalizer;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;

/**
 * The words of one text, found once and shared by every stage (attribution, facts, cross-source
 * comparison), with their offsets, folded forms and shape. A word is a run of letters and digits,
 * joined across an inner apostrophe, hyphen or full stop that a letter or digit follows
 * ({@code don't}, {@code well-known}, {@code U.S}, {@code 3.4}), and across a thousands comma
 * between digits ({@code 1,200}). Punctuation and spaces are not tokens: {@link #gapBefore} gives
 * the text between two words.
 *
 * <p>Built in one linear pass; lookups by offset are binary searches. Immutable and thread-safe.
 */
public final class Tokens {
  /** The shape of a word, as bits of {@link #flags(int)}. */
  public static final int CAPITALISED = 1;
  public static final int ALL_CAPS = 2;
  public static final int NUMBER = 4;
  public static final int POSSESSIVE = 8;
  public static final int SENTENCE_START = 16;

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] folded;
  private final int[] flags;

  private Tokens(String text, int[] starts, int[] ends, String[] folded, int[] flags) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.folded = folded;
    this.flags = flags;
  }

  /** The words of {@code text}; none is marked as starting a sentence. */
  public static Tokens of(String text) {
    return of(text, new int[0]);
  }

  /**
   * The words of {@code text}, the first word at or after each offset of {@code sentenceStarts}
   * (ascending, the starts of sentences) marked {@link #SENTENCE_START}.
   */
  public static Tokens of(String text, int[] sentenceStarts) {
    int n = text.length();
    int cap = Math.max(16, n / 5);
    int[] s = new int[cap];
    int[] e = new int[cap];
    int count = 0;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!wordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i = afterRun(text, i);
      while (i + 1 < n && joins(text, i)) {
        i = afterRun(text, i + 1);
      }
      if (count == s.length) {
        s = java.util.Arrays.copyOf(s, count * 2);
        e = java.util.Arrays.copyOf(e, count * 2);
      }
      s[count] = start;
      e[count] = i;
      count++;
    }
    int[] starts = java.util.Arrays.copyOf(s, count);
    int[] ends = java.util.Arrays.copyOf(e, count);
    String[] folded = new String[count];
    int[] flags = new int[count];
    for (int k = 0; k < count; k++) {
      String w = text.substring(starts[k], ends[k]);
      folded[k] = fold(w);
      flags[k] = shape(w);
    }
    int k = 0;
    for (int ss : sentenceStarts) {
      while (k < count && starts[k] < ss) {
        k++;
      }
      if (k < count) {
        flags[k] |= SENTENCE_START;
      }
    }
    return new Tokens(text, starts, ends, folded, flags);
  }

  /** Lower case ({@link Locale#ROOT}), typographic apostrophes and hyphens straightened. */
  public static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder b = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char r = c == '\u2019' || c == '\u2018' || c == '\u02bc' ? '\'' : c == '\u2010' || c == '\u2011' ? '-' : c;
      if (r != c) {
        if (b == null) {
          b = new StringBuilder(lower);
        }
        b.setCharAt(i, r);
      }
    }
    return b == null ? lower : b.toString();
  }

  /**
   * The folded form without accents and without a final possessive {@code 's}: the key under
   * which spellings of one word meet ({@code Zelenskyy's} and {@code zelenskyy}).
   */
  public static String norm(String word) {
    String f = fold(word);
    if (!ascii(f)) {
      f = MARKS.matcher(Normalizer.normalize(f, Normalizer.Form.NFD)).replaceAll("");
    }
    return f.length() > 2 && f.endsWith("'s") ? f.substring(0, f.length() - 2) : f;
  }

  public String text() {
    return text;
  }

  public int size() {
    return starts.length;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** The word as written (its folded form when that is how it is written: most words, and no copy). */
  public String word(int i) {
    String f = folded[i];
    int n = ends[i] - starts[i];
    return f.length() == n && text.regionMatches(starts[i], f, 0, n) ? f : text.substring(starts[i], ends[i]);
  }

  /** The word folded ({@link #fold}). */
  public String folded(int i) {
    return folded[i];
  }

  public int flags(int i) {
    return flags[i];
  }

  public boolean is(int i, int flag) {
    return (flags[i] & flag) != 0;
  }

  public boolean capitalised(int i) {
    return is(i, CAPITALISED);
  }

  public boolean sentenceStart(int i) {
    return is(i, SENTENCE_START);
  }

  /** The text between word {@code i - 1} (or the start of the text) and word {@code i}. */
  public String gapBefore(int i) {
    return text.substring(i == 0 ? 0 : ends[i - 1], starts[i]);
  }

  /** The index of the word holding {@code offset}, or -1 when the offset is between words. */
  public int at(int offset) {
    int k = from(offset + 1) - 1;
    return k >= 0 && starts[k] <= offset && offset < ends[k] ? k : -1;
  }

  /** The index of the first word that starts at or after {@code offset} ({@link #size()} if none). */
  public int from(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index just past the last word that ends at or before {@code offset}. */
  public int until(int offset) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The words wholly inside {@code [start, end)}, as a view. */
  public List<Token> in(int start, int end) {
    int from = from(start);
    int to = Math.max(from, until(end));
    return new AbstractList<>() {
      @Override
      public Token get(int k) {
        return token(from + k);
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  /** Word {@code i} as a value. */
  public Token token(int i) {
    return new Token(i, starts[i], ends[i], word(i), folded[i], flags[i]);
  }

  private static boolean wordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static int afterRun(String text, int i) {
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!wordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Whether the character at {@code i} (after a word run) joins the run to the next one. */
  private static boolean joins(String text, int i) {
    char c = text.charAt(i);
    if (c == ',') {
      // a thousands separator: a digit before, exactly three digits after
      return Character.isDigit(text.charAt(i - 1)) && threeDigits(text, i + 1);
    }
    return (c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011' || c == '.') && wordChar(text.codePointAt(i + 1));
  }

  private static boolean threeDigits(String text, int i) {
    int n = text.length();
    if (i + 3 > n) {
      return false;
    }
    for (int k = i; k < i + 3; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return i + 3 == n || !Character.isDigit(text.charAt(i + 3));
  }

  private static int shape(String w) {
    int f = 0;
    int first = w.codePointAt(0);
    if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
      f |= CAPITALISED;
    }
    boolean letters = false;
    boolean lower = false;
    boolean digits = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        letters = true;
        lower |= Character.isLowerCase(c);
      }
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        digits = false;
      }
    }
    if (letters && !lower && w.length() > 1 && Character.isUpperCase(first)) {
      f |= ALL_CAPS;
    }
    if (digits && Character.isDigit(first)) {
      f |= NUMBER;
    }
    int n = w.length();
    if (n > 2 && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '\u2019') && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
      f |= POSSESSIVE;
    }
    return f;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
