package dev.sourcecheck.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions for the rules' functions and {@code eval}s, each compiled once: {@code
 * String.matches}, {@code split} and {@code replaceAll} compile their pattern on every call, which
 * in a rule that runs per line (a caption, a contact line, a bio) cost more than the match. Same
 * results as the {@code String} methods (they are defined as these calls on a compiled pattern).
 * The rules pass literals, so the cache stays small; past {@link #MAX} patterns a new one is
 * compiled per call rather than kept. Thread-safe.
 */
public final class Regex {
  private Regex() {}

  static final int MAX = 1024;
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  /** {@code regex} compiled (once, while the cache has room). */
  public static Pattern pattern(String regex) {
    Pattern p = PATTERNS.get(regex);
    if (p == null) {
      p = Pattern.compile(regex);
      if (PATTERNS.size() < MAX) {
        PATTERNS.putIfAbsent(regex, p);
      }
    }
    return p;
  }

  /** As {@code text.matches(regex)}. */
  public static boolean matches(String text, String regex) {
    return pattern(regex).matcher(text).matches();
  }

  /**
   * The characters of {@code text} that {@code \\d} matches (the ASCII digits): a rule's cheap test
   * before an expression that needs that many digits ({@code (?s).*\\d.*} is {@code digits(text) > 0}).
   */
  public static int digits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  /** As {@code text.split(regex, limit)}. */
  public static String[] split(String text, String regex, int limit) {
    return pattern(regex).split(text, limit);
  }

  /** As {@code text.replaceAll(regex, replacement)}. */
  public static String replaceAll(String text, String regex, String replacement) {
    return pattern(regex).matcher(text).replaceAll(replacement);
  }
}
