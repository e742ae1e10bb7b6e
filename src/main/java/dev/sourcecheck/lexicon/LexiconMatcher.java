package dev.sourcecheck.lexicon;

import dev.sourcecheck.budget.Deadline;
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

  /**
   * An entry ready to match: {@code words} as written (folded), {@code prefixes[k]} the part before
   * the {@code *} of a word ending in one (else null), {@code order} its rank among entries whose
   * first word is a prefix, which keeps matches in the order of the lexicons.
   */
  private record Compiled(Lexicon lexicon, Lexicon.Entry entry, String[] words, String[] prefixes, int order) {}

  /** Entries whose first word ending in {@code *} begins with a prefix this long are indexed by it. */
  private static final int KEY = 2;

  private final Map<String, List<Compiled>> byFirst = new HashMap<>();
  /** Entries whose first word is a prefix of at least {@link #KEY} characters, by its first {@code KEY}. */
  private final Map<String, List<Compiled>> prefixByKey = new HashMap<>();
  /** Entries whose first word is {@code *} or a shorter prefix: tried at every token. */
  private final List<Compiled> prefixShort = new ArrayList<>();

  public LexiconMatcher(Iterable<Lexicon> lexicons) {
    int order = 0;
    for (Lexicon l : lexicons) {
      for (Lexicon.Entry e : l.entries()) {
        List<int[]> ws = words(e.term());
        if (ws.isEmpty()) {
          continue;
        }
        String folded = fold(e.term());
        String[] words = ws.stream().map(w -> folded.substring(w[0], w[1])).toArray(String[]::new);
        String[] prefixes = new String[words.length];
        for (int k = 0; k < words.length; k++) {
          if (words[k].endsWith("*")) {
            prefixes[k] = words[k].substring(0, words[k].length() - 1); // "" for "*", which any word begins
          }
        }
        Compiled c = new Compiled(l, e, words, prefixes, order++);
        if (prefixes[0] == null) {
          byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(c);
        } else if (prefixes[0].length() >= KEY) {
          prefixByKey.computeIfAbsent(prefixes[0].substring(0, KEY), k -> new ArrayList<>()).add(c);
        } else {
          prefixShort.add(c);
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
    Deadline deadline = Deadline.current();
    for (int i = 0; i < tokens.length; i++) {
      deadline.tick();
      List<Compiled> cands = byFirst.get(tokens[i]);
      if (cands != null) {
        for (Compiled c : cands) {
          tryMatch(c, tokens, ws, i, from, out);
        }
      }
      // the prefix entries that can match this token, in lexicon order (two lists, each in that order)
      List<Compiled> keyed = tokens[i].length() >= KEY ? prefixByKey.get(tokens[i].substring(0, KEY)) : null;
      int nk = keyed == null ? 0 : keyed.size();
      int ns = prefixShort.size();
      int k = 0;
      int j = 0;
      while (k < nk || j < ns) {
        Compiled c = j >= ns || k < nk && keyed.get(k).order < prefixShort.get(j).order ? keyed.get(k++)
            : prefixShort.get(j++);
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
      String token = tokens[i + k];
      if (c.prefixes[k] != null ? !token.startsWith(c.prefixes[k]) : !c.words[k].equals(token)) {
        return;
      }
    }
    int last = i + c.words.length - 1;
    out.add(new Match(c.lexicon, c.entry, from + ws.get(i)[0], from + ws.get(last)[1]));
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
