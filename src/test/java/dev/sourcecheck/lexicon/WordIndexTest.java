package dev.sourcecheck.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The frozen index answers every look-up as the map it was built from, colliding hashes included. */
class WordIndexTest {
  @Test
  void answersAsItsMapForKeysAndNonKeys() {
    Random r = new Random(11);
    Map<String, List<Integer>> map = new HashMap<>();
    List<String> probes = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      String w = word(r);
      probes.add(w);
      if (r.nextInt(3) > 0) {
        map.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    // "Aa" and "BB" share a hash, as do their concatenations: probing must go past the equal hash
    for (String w : List.of("AaAa", "AaBB", "BBAa", "BBBB")) {
      probes.add(w);
    }
    map.put("AaAa", List.of(1));
    map.put("BBBB", List.of(2, 3));
    WordIndex<Integer> index = new WordIndex<>(map, Integer[]::new);
    for (String w : probes) {
      List<Integer> want = map.get(w);
      if (want == null) {
        assertNull(index.get(w), w);
      } else {
        assertArrayEquals(want.toArray(new Integer[0]), index.get(w), w);
      }
    }
    assertNull(index.get(null));
    assertNull(new WordIndex<Integer>(Map.of(), Integer[]::new).get("the"));
  }

  private static String word(Random r) {
    StringBuilder b = new StringBuilder();
    for (int n = 1 + r.nextInt(7); n > 0; n--) {
      b.append((char) ('a' + r.nextInt(6)));
    }
    return b.toString();
  }
}
