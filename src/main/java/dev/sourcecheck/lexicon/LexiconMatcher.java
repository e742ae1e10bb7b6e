package dev.sourcecheck.lexicon;

import dev.sourcecheck.budget.Deadline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.sourcecheck.text.Tokens;

/**
 * Finds every occurrence of every lexicon entry in a text in one pass, indexed by the entry's
 * first word, so its cost does not grow with the size of the lexicons. Matching is by whole words,
 * case-insensitive, with typographic apostrophes and dashes folded. In an entry, {@code *} alone
 * stands for any one word and a word ending in {@code *} for any word it begins ({@code criticis*}); an
 * entry's last word also matches its possessive ("ministry" in "the ministry's statement").
 * Immutable and thread-safe.
 */
public final class LexiconMatcher {
  /**
   * One match: the lexicon, the entry, the offsets of the matched words, and the indices of its
   * first and last word in the {@link Tokens} it was found in.
   */
  public record Match(Lexicon lexicon, Lexicon.Entry entry, int start, int end, int first, int last) {
    /** The lexicon's name. */
    public String list() {
      return lexicon.name();
    }

    /** The entry's tag ({@code ""} when it has none). */
    public String tag() {
      return entry.tag();
    }
  }

  /**
   * An entry ready to match: {@code words} as written (folded), {@code prefixes[k]} the part before
   * the {@code *} of a word ending in one (else null), {@code order} its rank among entries whose
   * first word is a prefix, which keeps matches in the order of the lexicons.
   */
  private record Compiled(Lexicon lexicon, Lexicon.Entry entry, String[] words, String[] prefixes, int order) {}

  /** Entries whose first word ending in {@code *} begins with a prefix this long are indexed by it. */
  private static final int KEY = 2;

  /** Entries whose first word is a plain word, by that word. */
  private final WordIndex<Compiled> first;
  /** Entries whose first word is a prefix of at least {@link #KEY} characters, by its first {@code KEY}. */
  private final Map<String, List<Compiled>> prefixByKey = new HashMap<>();
  /** Entries whose first word is {@code *} and whose second is a plain word, by that second word. */
  private final Map<String, List<Compiled>> starBySecond = new HashMap<>();
  /** The other entries whose first word is {@code *} or a shorter prefix: tried at every token. */
  private final List<Compiled> prefixShort = new ArrayList<>();

  public LexiconMatcher(Iterable<Lexicon> lexicons) {
    int order = 0;
    Map<String, List<Compiled>> byFirst = new HashMap<>();
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
        } else if (prefixes[0].isEmpty() && words.length > 1 && prefixes[1] == null) {
          starBySecond.computeIfAbsent(words[1], k -> new ArrayList<>()).add(c); // "* comments", "* minutes ago"
        } else {
          prefixShort.add(c);
        }
      }
    }
    this.first = new WordIndex<>(byFirst, Compiled[]::new);
  }

  /**
   * All matches in {@code text[from, to)}, in text order; overlapping matches are all kept. Token
   * indices count the words of the substring.
   */
  public List<Match> find(String text, int from, int to) {
    return find(Tokens.of(text.substring(from, to)), from);
  }

  /**
   * All matches over the words of {@code words} (the article's one tokenization), in text order;
   * overlapping matches are all kept. One pass over the words, whatever the size of the lexicons.
   */
  public List<Match> find(Tokens words) {
    return find(words, 0);
  }

  private List<Match> find(Tokens words, int from) {
    int n = words.size();
    String[] tokens = new String[n];
    String[] bare = new String[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = words.folded(i);
      if (words.is(i, Tokens.POSSESSIVE)) {
        bare[i] = tokens[i].substring(0, tokens[i].length() - 2); // "the ministry's": the entry "ministry" matches
      }
    }
    List<Match> out = new ArrayList<>();
    List<Compiled> prefixed = new ArrayList<>();
    Deadline deadline = Deadline.current();
    for (int i = 0; i < tokens.length; i++) {
      deadline.tick();
      Compiled[] cands = first.get(tokens[i]);
      if (cands != null) {
        for (Compiled c : cands) {
          tryMatch(c, tokens, bare, words, i, from, out);
        }
      }
      Compiled[] bareCands = first.get(bare[i]);
      if (bareCands != null) {
        for (Compiled c : bareCands) {
          if (c.words.length == 1) {
            tryMatch(c, tokens, bare, words, i, from, out);
          }
        }
      }
      // the prefix entries that can match this token, in lexicon order (each list is in that order)
      prefixed.clear();
      if (tokens[i].length() >= KEY) {
        addAll(prefixed, prefixByKey.get(tokens[i].substring(0, KEY)));
      }
      prefixed.addAll(prefixShort);
      if (i + 1 < tokens.length) {
        addAll(prefixed, starBySecond.get(tokens[i + 1]));
        if (bare[i + 1] != null) {
          addAll(prefixed, starBySecond.get(bare[i + 1])); // "* comments" in "5 comments'": the bare last word
        }
      }
      if (prefixed.size() > 1) {
        prefixed.sort(BY_ORDER);
      }
      for (Compiled c : prefixed) {
        tryMatch(c, tokens, bare, words, i, from, out);
      }
    }
    return out;
  }

  private static final java.util.Comparator<Compiled> BY_ORDER = java.util.Comparator.comparingInt(Compiled::order);

  private static void addAll(List<Compiled> to, List<Compiled> from) {
    if (from != null) {
      to.addAll(from);
    }
  }

  private static void tryMatch(Compiled c, String[] tokens, String[] bare, Tokens ws, int i, int from,
      List<Match> out) {
    if (i + c.words.length > tokens.length) {
      return;
    }
    for (int k = 0; k < c.words.length; k++) {
      String token = tokens[i + k];
      boolean last = k == c.words.length - 1;
      if (c.prefixes[k] != null ? !token.startsWith(c.prefixes[k])
          : !c.words[k].equals(token) && !(last && c.words[k].equals(bare[i + k]))) {
        return;
      }
    }
    int last = i + c.words.length - 1;
    out.add(new Match(c.lexicon, c.entry, from + ws.start(i), from + ws.end(last), i, last));
  }

  /** An entry folded as the text's words are ({@link Tokens#fold}). */
  static String fold(String s) {
    return Tokens.fold(s);
  }

  /** Word offsets of an entry: letters and digits, with inner apostrophes, hyphens, dots and {@code *}. */
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
