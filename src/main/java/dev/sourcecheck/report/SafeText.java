package dev.sourcecheck.report;

/**
 * The one escaping of untrusted text (article text, file names, ids, metadata, error messages) for
 * reports read in a terminal or an editor: the text and Markdown writers and the CLI's error lines
 * all go through it, so that an input can neither send control sequences to a terminal, nor forge
 * report lines with a line break in a file name, nor reorder what is shown with bidirectional
 * overrides ("Trojan Source"). JSON needs none of this: its own string escaping covers it.
 *
 * <p>Escaped, as {@code \\xHH} (up to U+00FF) or a backslash, {@code u} and four hex digits: the C0 controls U+0000–U+001F
 * and U+007F, the C1 controls U+0080–U+009F, the bidirectional embeddings, overrides and isolates
 * U+202A–U+202E and U+2066–U+2069, and the line and paragraph separators U+2028 and U+2029.
 * {@link #line} escapes tab and line feed too (for one-line fields); {@link #text} keeps them.
 * Everything else, printable Unicode included, is left as it is. Stateless and thread-safe.
 */
public final class SafeText {
  private SafeText() {}

  /** {@code s} for a one-line field: every control character escaped, tab and line feed included. */
  public static String line(String s) {
    return escape(s, false);
  }

  /** {@code s} for a multi-line block: as {@link #line}, but tab and line feed are kept. */
  public static String text(String s) {
    return escape(s, true);
  }

  /** Whether {@code c} is escaped in a one-line field. */
  public static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028' || c == '\u2029';
  }

  private static String escape(String s, boolean keepLines) {
    if (s == null) {
      return null;
    }
    int first = firstUnsafe(s, keepLines);
    if (first < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unsafe(c) || keepLines && (c == '\t' || c == '\n')) {
        sb.append(c);
      } else if (c <= 0xFF) {
        sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      }
    }
    return sb.toString();
  }

  private static int firstUnsafe(String s, boolean keepLines) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c) && !(keepLines && (c == '\t' || c == '\n'))) {
        return i;
      }
    }
    return -1;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
