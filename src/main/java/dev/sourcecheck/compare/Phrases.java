package dev.sourcecheck.compare;

import dev.sourcecheck.lexicon.Lexicon;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of one lexicon as word sequences to match against a window of words (folded, split at
 * hyphens, so "ex-mayor" reads as "ex mayor"), longest entry first; {@code *} alone is any one word.
 * Used where a stage reads a short window word by word rather than whole-text cues. Immutable
 * after construction and thread-safe.
 */
final class Phrases {
  /** A match: the entry's tag, the words it covers {@code [from, to)} of the window. */
  record Match(String tag, int from, int to) {}

  private record Entry(String[] words, String tag) {}

  private final Map<String, List<Entry>> byFirst = new HashMap<>();

  Phrases(Lexicon lexicon) {
    if (lexicon == null) {
      return;
    }
    for (Lexicon.Entry e : lexicon.entries()) {
      String[] words = words(e.term()).toArray(String[]::new);
      if (words.length > 0 && !words[0].equals("*")) {
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, e.tag()));
      }
    }
    for (List<Entry> es : byFirst.values()) {
      es.sort((a, b) -> b.words.length - a.words.length);
    }
  }

  /** The longest entry starting at word {@code i} of {@code words}, or null. */
  Match at(List<String> words, int i) {
    for (Entry e : byFirst.getOrDefault(words.get(i), List.of())) {
      if (i + e.words.length > words.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.words.length && ok; k++) {
        ok = e.words[k].equals("*") || e.words[k].equals(words.get(i + k));
      }
      if (ok) {
        return new Match(e.tag, i, i + e.words.length);
      }
    }
    return null;
  }

  /** The words of a phrase as the matcher compares them: folded, split at hyphens, without full stops. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.strip().split("[\\s\\-\u2010\u2011]+")) {
      String f = Tokens.fold(w).replace(".", "");
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }
}
