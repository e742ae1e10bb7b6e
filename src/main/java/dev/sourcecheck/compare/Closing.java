package dev.sourcecheck.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells which groups of the articles a story stage holds are final: exactly a story of the whole
 * run ({@link Stories#components} over every article's keys at the end), whatever the inputs not
 * audited yet turn out to be. A group is final when
 * <ol>
 *   <li>no input left can join it: for each member, no input left is dated within
 *       {@link Stories#MAX_DAYS} of it (its window of dates has closed; an undated member, or an
 *       undated input left, may be joined whatever the dates), or fewer than two of its keys not
 *       sure to be left out are words of any input left (a pair shares at least two);</li>
 *   <li>it is connected by pairs that share enough keys certain to count at the end (a key's
 *       posting, with every input left that may have it, within the smallest cap the run can end
 *       with);</li>
 *   <li>no member may be joined to an article outside it (a pair close in date sharing enough keys
 *       not certain to be left out: a key whose posting is already over the largest cap the run can
 *       end with is).</li>
 * </ol>
 * Also the index of every article's keys (the postings), the canonical string of each key. Not
 * thread-safe: one run's.
 */
final class Closing {
  private final Map<String, Posting> index = new HashMap<>();

  private static final class Posting {
    final String key;
    int[] articles = new int[4];
    int size;

    Posting(String key) {
      this.key = key;
    }
  }

  /** Records that article {@code at} has {@code key}; the key's canonical string. */
  String add(String key, int at) {
    Posting p = index.computeIfAbsent(key, Posting::new);
    if (p.size == p.articles.length) {
      p.articles = Arrays.copyOf(p.articles, p.size * 2);
    }
    p.articles[p.size++] = at;
    return p.key;
  }

  /** How many articles have {@code key}. */
  int posting(String key) {
    Posting p = index.get(key);
    return p == null ? 0 : p.size;
  }

  /**
   * The final groups among the articles {@code held} (indexes, ascending) of the {@code keys.size()}
   * added so far, of a run that audits at most {@code expected}; each in input order.
   */
  List<List<Integer>> closed(List<Integer> held, List<String[]> keys, List<LocalDate> dates, int expected,
      Lookahead ahead) {
    int seen = keys.size();
    int capEnd = Stories.cap(Math.max(expected, seen));
    int capNow = Stories.cap(seen);
    Predicate<String> out = k -> posting(k) > capEnd;
    Predicate<String> certain = k -> posting(k) + ahead.mayHave(k) <= capNow;
    List<List<Integer>> closed = new ArrayList<>();
    for (List<Integer> g : components(held, keys, dates, out)) {
      List<Integer> members = g.stream().map(held::get).toList();
      if (noneToCome(members, keys, dates, ahead, out)
          && components(members, keys, dates, certain.negate()).size() == 1
          && !reachesOut(members, keys, dates, out)) {
        closed.add(members);
      }
    }
    return closed;
  }

  private static List<List<Integer>> components(List<Integer> at, List<String[]> keys, List<LocalDate> dates,
      Predicate<String> excluded) {
    List<List<String>> k = new ArrayList<>();
    List<LocalDate> d = new ArrayList<>();
    for (int i : at) {
      k.add(List.of(keys.get(i)));
      d.add(dates.get(i));
    }
    return Stories.components(k, d, excluded);
  }

  private static boolean noneToCome(List<Integer> members, List<String[]> keys, List<LocalDate> dates,
      Lookahead ahead, Predicate<String> out) {
    for (int m : members) {
      if (ahead.near(dates.get(m), Stories.MAX_DAYS)) {
        int shareable = 0;
        for (String k : keys.get(m)) {
          if (!out.test(k) && ahead.mayHave(k) > 0) {
            shareable++;
          }
        }
        if (shareable >= 2) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a member may be joined to an article outside the group, among those added. */
  private boolean reachesOut(List<Integer> members, List<String[]> keys, List<LocalDate> dates, Predicate<String> out) {
    Set<Integer> in = new HashSet<>(members);
    for (int m : members) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (String k : keys.get(m)) {
        if (out.test(k)) {
          continue;
        }
        Posting p = index.get(k);
        for (int n = 0; n < p.size; n++) {
          int j = p.articles[n];
          if (!in.contains(j)) {
            shared.merge(j, 1, Integer::sum);
          }
        }
      }
      for (var e : shared.entrySet()) {
        int j = e.getKey();
        if (e.getValue() >= Stories.need(keys.get(m).length, keys.get(j).length)
            && Stories.close(dates.get(m), dates.get(j))) {
          return true;
        }
      }
    }
    return false;
  }
}
