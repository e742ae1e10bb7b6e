package dev.sourcecheck.lexicon;

import java.util.List;
import java.util.Map;

/**
 * A frozen map from words to arrays, for {@link LexiconMatcher}'s look-up of every token of every
 * article in an index of some 35,000 first words: open addressing over parallel arrays, each slot's
 * hash kept beside its key, so a probe reads one int and touches a key only when the hashes agree
 * (a {@code HashMap} reads a bucket, a node, the key and its characters, then a list and its array,
 * and at that size most of those reads miss the caches). Answers exactly as the map it was built
 * from. Immutable and thread-safe.
 */
final class WordIndex<V> {
  private final int mask;
  private final int[] hashes;
  private final String[] keys;
  private final Object[][] values;

  /** {@code map} frozen, each list as an array made by {@code array} (the lists' order kept). */
  WordIndex(Map<String, List<V>> map, java.util.function.IntFunction<V[]> array) {
    int cap = Integer.highestOneBit(Math.max(4, map.size() * 2 + 1)) << 1;
    this.mask = cap - 1;
    this.hashes = new int[cap];
    this.keys = new String[cap];
    this.values = new Object[cap][];
    for (Map.Entry<String, List<V>> e : map.entrySet()) {
      int h = e.getKey().hashCode();
      int i = spread(h) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      keys[i] = e.getKey();
      values[i] = e.getValue().toArray(array.apply(0));
    }
  }

  /** The array of {@code word}, or null when the map had no such key (or {@code word} is null). */
  @SuppressWarnings("unchecked")
  V[] get(String word) {
    if (word == null) {
      return null;
    }
    int h = word.hashCode();
    for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].equals(word)) {
        return (V[]) values[i];
      }
    }
    return null;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
