package dev.sourcecheck.framing;

import dev.sourcecheck.text.Tokens;
import java.util.Arrays;

/**
 * The content words of a stretch of text, reduced to a crude stem ({@code plans}, {@code
 * planned} and {@code plan} meet; so do {@code Syria} and {@code Syrian}), for telling whether a
 * headline and a body sentence speak of the same subject. Immutable.
 */
final class Stems {
  /** A stem this long or longer also matches the longer stems it begins ({@code syria}, {@code syrian}). */
  static final int PREFIX = 5;

  private final String[] sorted;

  private Stems(String[] sorted) {
    this.sorted = sorted;
  }

  /** The stems of words {@code [from, to)} of {@code t} that are not function words or numbers. */
  static Stems of(Tokens t, boolean[] function, int from, int to) {
    String[] out = new String[Math.max(0, to - from)];
    int n = 0;
    for (int i = from; i < to; i++) {
      String s = content(t, function, i);
      if (s != null) {
        out[n++] = s;
      }
    }
    String[] sorted = Arrays.copyOf(out, n);
    Arrays.sort(sorted);
    return new Stems(sorted);
  }

  /** The stem of word {@code i}, or null when it is a function word, a number or a single letter. */
  static String content(Tokens t, boolean[] function, int i) {
    if (function[i] || t.is(i, Tokens.NUMBER) || t.end(i) - t.start(i) < 2) {
      return null;
    }
    return stem(Tokens.norm(t.word(i)));
  }

  /** A crude English stem: plural, past and -ing endings and a final e removed. */
  static String stem(String w) {
    int n = w.length();
    String s = w;
    if (n > 4 && w.endsWith("ies")) {
      s = w.substring(0, n - 3) + "y";
    } else if (n > 5 && w.endsWith("ing")) {
      s = w.substring(0, n - 3);
    } else if (n > 4 && w.endsWith("ed")) {
      s = w.substring(0, n - 2);
    } else if (n > 4 && (w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses"))) {
      s = w.substring(0, n - 2);
    } else if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      s = w.substring(0, n - 1);
    }
    if (s.length() > 3 && s.endsWith("e")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  int size() {
    return sorted.length;
  }

  String[] all() {
    return sorted;
  }

  /** Whether {@code stem} is here, or a stem one of them begins or that begins it (both long enough). */
  boolean has(String stem) {
    int at = Arrays.binarySearch(sorted, stem);
    if (at >= 0) {
      return true;
    }
    int ins = -at - 1;
    if (stem.length() >= PREFIX && ins < sorted.length && sorted[ins].startsWith(stem)) {
      return true;
    }
    for (int len = PREFIX; len < stem.length(); len++) {
      if (Arrays.binarySearch(sorted, stem.substring(0, len)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** How many of {@code words} are here. */
  int shared(String[] words) {
    int n = 0;
    for (String w : words) {
      if (has(w)) {
        n++;
      }
    }
    return n;
  }
}
