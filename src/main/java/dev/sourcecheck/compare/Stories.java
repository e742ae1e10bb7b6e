package dev.sourcecheck.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles into stories without comparing all pairs: each article's key terms (its most
 * frequent proper nouns, as stems) go into an inverted index; candidate pairs come only through
 * shared keys whose posting list is short (a key shared by many articles says little about a
 * story); a pair sharing enough keys and published within a few days is one story (union-find).
 * Cost grows with the articles times their keys times the posting cap. Stateless and thread-safe.
 */
final class Stories {
  private Stories() {}

  static final int KEYS = 20;
  static final int MAX_POSTING = 200;
  static final int MIN_SHARED = 4;
  static final double MIN_SHARE = 0.3;
  static final int MAX_DAYS = 3;

  static List<List<Doc>> group(List<Doc> docs, boolean all) {
    if (all || docs.size() <= 1) {
      return docs.isEmpty() ? List.of() : List.of(docs);
    }
    List<List<String>> keys = new ArrayList<>();
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      List<String> k = keys(docs.get(i));
      keys.add(k);
      for (String s : k) {
        index.computeIfAbsent(s, x -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[docs.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < docs.size(); i++) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (String s : keys.get(i)) {
        List<Integer> posting = index.get(s);
        if (posting.size() > MAX_POSTING) {
          continue;
        }
        for (int j : posting) {
          if (j < i) {
            shared.merge(j, 1, Integer::sum);
          }
        }
      }
      for (var e : shared.entrySet()) {
        int j = e.getKey();
        int need = Math.max(2, Math.min(MIN_SHARED,
            (int) Math.ceil(MIN_SHARE * Math.min(keys.get(i).size(), keys.get(j).size()))));
        if (e.getValue() >= need && close(docs.get(i).published, docs.get(j).published)) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Doc>> out = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      out.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(docs.get(i));
    }
    return new ArrayList<>(out.values());
  }

  private static boolean close(LocalDate a, LocalDate b) {
    return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= MAX_DAYS;
  }

  /** The article's most frequent capitalised words not at a sentence start, as stems. */
  static List<String> keys(Doc d) {
    Map<String, Integer> tf = new HashMap<>();
    for (var s : d.prose) {
      List<Words.Token> ts = Words.tokens(s.text());
      for (int i = 1; i < ts.size(); i++) {
        Words.Token t = ts.get(i);
        if (Words.capitalized(t.raw()) && t.norm().length() > 2 && !Words.STOP.contains(t.norm())
            && !People.NOT_NAME.contains(t.norm()) && Character.isLetter(t.raw().charAt(0))) {
          tf.merge(Words.stem(t.norm()), 1, Integer::sum);
        }
      }
    }
    List<Map.Entry<String, Integer>> es = new ArrayList<>(tf.entrySet());
    es.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < es.size() && i < KEYS; i++) {
      out.add(es.get(i).getKey());
    }
    return out;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
