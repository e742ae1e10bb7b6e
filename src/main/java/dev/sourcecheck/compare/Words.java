package dev.sourcecheck.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a text with their offsets, folded for comparison (lower case, no accents, straight
 * apostrophes), and the function words ignored when measuring overlap. Stateless and thread-safe.
 */
final class Words {
  private Words() {}

  /** One word: its folded form, as written, and offsets in the text it came from. */
  record Token(String norm, String raw, int start, int end) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(
      "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
      "into", "about", "over", "after", "before", "than", "that", "this", "these", "those", "it", "its", "is", "are",
      "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can",
      "could", "should", "may", "might", "must", "shall", "not", "no", "so", "such", "he", "she", "they", "we",
      "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "who", "whom", "which", "what",
      "when", "where", "while", "also", "again", "said", "says", "say", "told", "there", "here", "if", "then",
      "some", "any", "all", "more", "most", "other", "own", "both", "each", "one", "up", "out", "off", "just",
      "very", "now", "how", "why", "because", "though", "although", "however", "would", "s"));

  /** A matcher over the words of {@code text}, for callers that fold only some words (see {@link #tokens}). */
  static Matcher words(String text) {
    return WORD.matcher(text);
  }

  static List<Token> tokens(String text) {
    return tokens(text, 0, text.length());
  }

  static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      out.add(new Token(norm(m.group()), m.group(), m.start(), m.end()));
    }
    return out;
  }

  /** Lower case, accents removed, typographic apostrophes straightened, a final 's dropped. */
  static String norm(String w) {
    String s = w.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (!isAscii(s)) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  static boolean content(String norm) {
    return norm.length() > 1 && !STOP.contains(norm);
  }

  /** A crude stem for overlap: the first five letters (territory/territories, cede/ceding stay apart). */
  static String stem(String norm) {
    return norm.length() <= 5 ? norm : norm.substring(0, 5);
  }

  static boolean capitalized(String raw) {
    return !raw.isEmpty() && Character.isUpperCase(raw.charAt(0));
  }

  static List<String> norms(List<Token> ts) {
    List<String> out = new ArrayList<>(ts.size());
    for (Token t : ts) {
      out.add(t.norm());
    }
    return out;
  }
}
