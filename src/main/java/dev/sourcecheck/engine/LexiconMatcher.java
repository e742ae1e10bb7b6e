package dev.sourcecheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every occurrence of every lexicon entry in a text in one pass, indexed by the entry's
 * first word, so its cost does not grow with the size of the lexicons. Matching is by whole words,
 * case-insensitive, with typographic apostrophes and dashes folded. In an entry, {@code *} alone
 * stands for any one word and a word ending in {@code *} for any word it begins ({@code criticis*}).
 * Immutable and thread-safe.
 */
public final class LexiconMatcher {
  /** One match: the lexicon, the entry, and the offsets of the matched words. */
  public record Match(Lexicon lexicon, Lexicon.Entry entry, int start, int end) {}

  private record Compiled(Lexicon lexicon, Lexicon.Entry entry, String[] words) {}

  private final Map<String, List<Compiled>> byFirst = new HashMap<>();
  private final List<Compiled> prefixFirst = new ArrayList<>();

  public LexiconMatcher(Iterable<Lexicon> lexicons) {
    for (Lexicon l : lexicons) {
      for (Lexicon.Entry e : l.entries()) {
        List<int[]> ws = words(e.term());
        if (ws.isEmpty()) {
          continue;
        }
        String folded = fold(e.term());
        String[] words = ws.stream().map(w -> folded.substring(w[0], w[1])).toArray(String[]::new);
        Compiled c = new Compiled(l, e, words);
        if (words[0].endsWith("*") || words[0].equals("*")) {
          prefixFirst.add(c);
        } else {
          byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(c);
        }
      }
    }
  }

  /** All matches in {@code text[from, to)}, in text order; overlapping matches are all kept. */
  public List<Match> find(String text, int from, int to) {
    String folded = fold(text.substring(from, to));
    List<int[]> ws = words(folded);
    String[] tokens = new String[ws.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = folded.substring(ws.get(i)[0], ws.get(i)[1]);
    }
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      List<Compiled> cands = byFirst.get(tokens[i]);
      if (cands != null) {
        for (Compiled c : cands) {
          tryMatch(c, tokens, ws, i, from, out);
        }
      }
      for (Compiled c : prefixFirst) {
        tryMatch(c, tokens, ws, i, from, out);
      }
    }
    return out;
  }

  private static void tryMatch(Compiled c, String[] tokens, List<int[]> ws, int i, int from, List<Match> out) {
    if (i + c.words.length > tokens.length) {
      return;
    }
    for (int k = 0; k < c.words.length; k++) {
      if (!wordMatches(c.words[k], tokens[i + k])) {
        return;
      }
    }
    int last = i + c.words.length - 1;
    out.add(new Match(c.lexicon, c.entry, from + ws.get(i)[0], from + ws.get(last)[1]));
  }

  private static boolean wordMatches(String pattern, String token) {
    if (pattern.equals("*")) {
      return true;
    }
    if (pattern.endsWith("*")) {
      return token.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return pattern.equals(token);
  }

  /** Lower-cases and folds typographic apostrophes; keeps the length so offsets still hold. */
  static String fold(String s) {
    char[] cs = s.toLowerCase(Locale.ROOT).toCharArray();
    if (cs.length != s.length()) {
      cs = new char[s.length()];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = Character.toLowerCase(s.charAt(i));
      }
    }
    for (int i = 0; i < cs.length; i++) {
      char c = cs[i];
      if (c == '’' || c == '‘' || c == '`') {
        cs[i] = '\'';
      } else if (c == '‐' || c == '‑') {
        cs[i] = '-';
      }
    }
    return new String(cs);
  }

  /** Word offsets: letters and digits, with inner apostrophes, hyphens, dots and {@code *}. */
  static List<int[]> words(String s) {
    List<int[]> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '*') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n) {
        char d = s.charAt(j);
        if (Character.isLetterOrDigit(d) || d == '*') {
          j++;
        } else if ((d == '\'' || d == '’' || d == '-' || d == '.') && j + 1 < n
            && Character.isLetterOrDigit(s.charAt(j + 1))) {
          j += 2;
        } else {
          break;
        }
      }
      out.add(new int[] {i, j});
      i = j;
    }
    return out;
  }
}
