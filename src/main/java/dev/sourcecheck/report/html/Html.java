package dev.sourcecheck.report.html;

/**
 * Escaping for the HTML report, in one place: every string from an article, a file name or a
 * message goes through {@link #text} or {@link #attr}, so markup in an article is shown, never
 * parsed. Control characters and bidirectional overrides, which could hide or reorder text, are
 * shown as visible {@code \\uXXXX} escapes. Stateless.
 */
final class Html {
  private Html() {}

  /** Text content: {@code & < >} as entities, control characters made visible. */
  static String text(String s) {
    return escape(s, true);
  }

  /** An attribute value (always written in double quotes): as {@link #text}, plus quotes, on one line. */
  static String attr(String s) {
    return escape(s, false);
  }

  private static String escape(String s, boolean content) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\n' -> sb.append(content ? "\n" : "&#10;");
        case '\t' -> sb.append(content ? "\t" : " ");
        case '\r' -> { } // a CR before LF shows nothing; alone it is a line break the text index does not count
        default -> {
          if (hidden(c)) {
            String code = String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
            sb.append(content ? "<span class=\"ctl\">" + code + "</span>" : code);
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** C0 and C1 controls (tab, LF and CR aside), DEL, and the bidirectional embeddings, overrides and isolates. */
  static boolean hidden(char c) {
    return c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }
}
