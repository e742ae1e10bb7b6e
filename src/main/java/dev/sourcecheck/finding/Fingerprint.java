package dev.sourcecheck.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The identity of a finding across runs and edits: a digest of the rule, the article id, and the
 * normalised text of the finding and of the sentence holding it, never offsets, so that a finding
 * keeps its fingerprint when text is added or removed elsewhere in the article. Used by the
 * baseline and by SARIF's {@code partialFingerprints}. Stateless.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** The fingerprint of a finding of {@code rule} in {@code article} at {@code text}, inside {@code sentence}. */
  public static String of(String rule, String article, String text, String sentence) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {rule, article, normalise(text), normalise(sentence)}) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Text as compared across runs: compatibility-normalised (NFKC), typographic quotes and dashes
   * folded, lower-cased in {@link Locale#ROOT}, runs of white space made one space.
   */
  public static String normalise(String s) {
    if (s == null) {
      return "";
    }
    // one pass instead of four String.replaceAll (each compiled its pattern on every call)
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      b.append(switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
        default -> c;
      });
    }
    String t = b.toString().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') { // regex \s
        space = true;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    if (space) {
      out.append(' ');
    }
    return out.toString().strip();
  }

  /**
   * Makes fingerprints unique within an article: the n-th finding (n from 2) with the same
   * fingerprint in one article gets {@code :n} appended, counted in report order. Feed findings in
   * report order; not thread-safe.
   */
  public static final class Occurrences {
    private final Map<String, Integer> seen = new HashMap<>();
    private String article;

    /** The unique fingerprint of {@code f}, given every finding before it in report order. */
    public String next(Finding f) {
      if (!f.location().article().equals(article)) {
        article = f.location().article();
        seen.clear();
      }
      int n = seen.merge(f.fingerprint(), 1, Integer::sum);
      return n == 1 ? f.fingerprint() : f.fingerprint() + ":" + n;
    }
  }
}
