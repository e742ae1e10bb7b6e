package dev.sourcecheck.compare;

import dev.sourcecheck.lexicon.Lexicon;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.time.Days;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run knows of the inputs it has not audited yet, from its first pass (every input parsed
 * once before any is audited): how many are left, their publication dates, and for any story key an
 * upper bound on how many of them can have it. The story stage ({@link CrossSourceWindow}) uses it
 * to tell a story that no later input can change (its window of dates closed, its keys' postings
 * settled) from one that may still grow.
 *
 * <p>The bound counts, per input, every word that could become one of its story keys
 * ({@link Stories#keys} takes its keys from these words only: capitalised, starting with a letter,
 * a content word of more than two letters, no calendar word), by the word's hash, in an open
 * table of ints (eight bytes or so a distinct word of the run; two words of one hash are counted
 * together, so a count is never below the truth). An input is
 * counted with {@link #expect} and taken off with {@link #passed}, the words of the same text, which must be
 * given exactly once for each input expected, or not at all (a later input that could not be read
 * again is taken off by its date only, and its words stay counted: the bound stays an upper bound).
 * {@link #words} is thread-safe; the rest is one run's, one thread.
 */
public final class Lookahead {
  private final Vocab vocab;
  /** Open addressing, linear probing: word hashes (0: empty; a hash 0 is counted as 1) and counts. */
  private int[] hashes = new int[1 << 12];
  private int[] counts = new int[1 << 12];
  private int used;
  private final TreeMap<LocalDate, Integer> dates = new TreeMap<>();
  private int undated;
  private int left;

  public Lookahead(Map<String, Lexicon> lexicons) {
    this.vocab = new Vocab(lexicons);
  }

  /** The hashes of the words of a text that could be story keys, each once. Thread-safe. */
  public int[] words(Tokens ts) {
    int[] out = new int[Math.max(4, ts.size() / 4)];
    int n = 0;
    for (int i = 0; i < ts.size(); i++) {
      if (!ts.capitalised(i) || !Character.isLetter(ts.word(i).charAt(0))) {
        continue;
      }
      String norm = Tokens.norm(ts.word(i));
      if (norm.length() > 2 && vocab.content(norm) && !Days.calendarWord(norm)) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = Stories.key(norm).hashCode();
      }
    }
    int[] distinct = Arrays.copyOf(out, n);
    Arrays.sort(distinct);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || distinct[m - 1] != distinct[i]) {
        distinct[m++] = distinct[i];
      }
    }
    return Arrays.copyOf(distinct, m);
  }

  /** An input the run will audit later: its date (null: none known yet) and {@link #words}. */
  public void expect(LocalDate date, int[] words) {
    left++;
    if (date == null) {
      undated++;
    } else {
      dates.merge(date, 1, Integer::sum);
    }
    count(words, 1);
  }

  /** An input expected has been audited (or failed): its date as expected, its words or null. */
  public void passed(LocalDate date, int[] words) {
    left--;
    if (date == null) {
      undated--;
    } else if (dates.merge(date, -1, Integer::sum) == 0) {
      dates.remove(date);
    }
    if (words != null) {
      count(words, -1);
    }
  }

  private void count(int[] words, int by) {
    for (int h : words) {
      int at = slot(h);
      if (hashes[at] == 0) {
        hashes[at] = h == 0 ? 1 : h;
        if (++used * 2 > hashes.length) {
          counts[at] += by;
          grow();
          continue;
        }
      }
      counts[at] += by;
    }
  }

  /** The slot of hash {@code h}: where it is, or the empty one where it goes. */
  private int slot(int h) {
    int k = h == 0 ? 1 : h;
    int mask = hashes.length - 1;
    int at = (k * 0x9E3779B1) >>> 7 & mask;
    while (hashes[at] != 0 && hashes[at] != k) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private void grow() {
    int[] oldHashes = hashes;
    int[] oldCounts = counts;
    hashes = new int[oldHashes.length * 2];
    counts = new int[oldHashes.length * 2];
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] != 0) {
        int at = slot(oldHashes[i]);
        hashes[at] = oldHashes[i];
        counts[at] = oldCounts[i];
      }
    }
  }

  /** How many inputs are left. */
  public int left() {
    return left;
  }

  /** Whether an input left may be dated within {@code days} of {@code d} (any input left, when either is undated). */
  public boolean near(LocalDate d, int days) {
    if (d == null || undated > 0) {
      return left > 0;
    }
    LocalDate after = dates.ceilingKey(d.minusDays(days));
    return after != null && !after.isAfter(d.plusDays(days));
  }

  /** An upper bound on how many inputs left have {@code key} among their story keys. */
  public int mayHave(String key) {
    return counts[slot(key.hashCode())];
  }

  /** Whether every count is back to zero (every input expected was passed with its words). */
  boolean settled() {
    for (int c : counts) {
      if (c != 0) {
        return false;
      }
    }
    return left == 0;
  }
}
