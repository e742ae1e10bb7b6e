package dev.sourcecheck.parse;

import java.util.Locale;

/**
 * What an input holds, from its file name: a plain-text article ({@code .txt}), a web page
 * ({@code .html}, {@code .htm}, optionally gzipped), or a JSON Lines feed of articles ({@code
 * .jsonl}, optionally gzipped).
 */
public enum InputKind {
  TEXT,
  HTML,
  JSONL;

  /** The kind a file name says, or null when it names no article input. */
  public static InputKind ofName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt")) {
      return TEXT;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz")) {
      return HTML;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")) {
      return JSONL;
    }
    return null;
  }

  /** Whether a file name says its bytes are gzipped. */
  public static boolean gzipped(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The name without the extensions that say its kind ({@code a.html.gz} → {@code a}). */
  public static String baseName(String fileName) {
    String n = fileName;
    if (gzipped(n)) {
      n = n.substring(0, n.length() - 3);
    }
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** What the user can name: a list for messages. */
  public static final String NAMES = "*.txt, *.html, *.htm, *.html.gz, *.jsonl, *.jsonl.gz";
}
