package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.time.Days;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import dev.sourcecheck.budget.Deadline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Groups articles into stories without comparing all pairs: each article's key terms (its most
 * frequent capitalised words that do not open a sentence, are no function word, calendar word or
 * title, as folded names) go into an inverted index; candidate pairs come only through shared keys
 * whose posting list is short (a key shared by many articles says little about a story); a pair
 * sharing enough keys and published within a few days is one story (union-find). Cost grows with
 * the articles times their keys times the posting cap. Stateless and thread-safe.
 */
final class Stories {
  private Stories() {}

  static final int KEYS = 20;
  static final int MAX_POSTING = 50;
  static final int MIN_SHARED = 4;
  static final double MIN_SHARE = 0.3;
  static final int MAX_DAYS = 3;

  static List<List<AuditedArticle>> group(List<AuditedArticle> docs, boolean all, Vocab vocab) {
    if (all || docs.size() <= 1) {
      return docs.isEmpty() ? List.of() : List.of(docs);
    }
    List<List<String>> keys = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (AuditedArticle d : docs) {
      keys.add(keys(d, vocab));
      dates.add(published(d));
    }
    List<List<AuditedArticle>> out = new ArrayList<>();
    for (List<Integer> c : components(keys, dates, null)) {
      out.add(c.stream().map(docs::get).toList());
    }
    return out;
  }

  /**
   * The stories of articles given by their keys and publication dates, as lists of their indexes
   * (each in input order; stories in the order of their first article). A key is left out when
   * {@code excluded} says so; with {@code excluded} null, when more of these articles have it than
   * the posting cap ({@link #cap}). Candidate pairs come only through keys shared among the
   * articles given.
   */
  static List<List<Integer>> components(List<List<String>> keys, List<LocalDate> dates, Predicate<String> excluded) {
    int n = keys.size();
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String s : keys.get(i)) {
        index.computeIfAbsent(s, x -> new ArrayList<>()).add(i);
      }
    }
    int cap = cap(n);
    Predicate<String> out = excluded != null ? excluded : k -> index.get(k).size() > cap;
    int[] parent = new int[n];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (String s : keys.get(i)) {
        if (out.test(s)) {
          continue;
        }
        for (int j : index.get(s)) {
          if (j < i) {
            shared.merge(j, 1, Integer::sum);
          }
        }
      }
      for (var e : shared.entrySet()) {
        int j = e.getKey();
        if (e.getValue() >= need(keys.get(i).size(), keys.get(j).size()) && close(dates.get(i), dates.get(j))) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(groups.values());
  }

  /** How many keys two articles with {@code a} and {@code b} keys must share to be one story. */
  static int need(int a, int b) {
    return Math.max(2, Math.min(MIN_SHARED, (int) Math.ceil(MIN_SHARE * Math.min(a, b))));
  }

  /** A key shared by many articles says little about a story: at most MAX_POSTING or 5 % of the {@code n} articles. */
  static int cap(int n) {
    return Math.max(MAX_POSTING, n / 20);
  }

  static LocalDate published(AuditedArticle a) {
    return a.article().metadata().published();
  }

  static boolean close(LocalDate a, LocalDate b) {
    return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= MAX_DAYS;
  }

  /** The article's most frequent capitalised words not at a sentence start, as folded names. */
  static List<String> keys(AuditedArticle d, Vocab vocab) {
    Map<String, Integer> tf = new HashMap<>();
    Tokens ts = d.tokens();
    List<Cue> titles = new ArrayList<>(d.cues("roles"));
    titles.addAll(d.cues("xs-roles"));
    titles.sort(Comparator.comparingInt(Cue::start));
    // the titles are swept once, in step with the words (both in text order): linear in the article
    int next = 0;
    int coveredTo = -1;
    for (Sentence s : d.prose()) {
      Deadline.check();
      int from = ts.from(s.span().start());
      int to = ts.until(s.span().end());
      for (int i = from; i < to; i++) {
        if (!ts.capitalised(i) || ts.sentenceStart(i) || i == from || !Character.isLetter(ts.word(i).charAt(0))) {
          continue;
        }
        int at = ts.start(i);
        if (next > 0 && titles.get(next - 1).start() > at) {
          next = 0; // prose out of text order: sweep again
          coveredTo = -1;
        }
        while (next < titles.size() && titles.get(next).start() <= at) {
          coveredTo = Math.max(coveredTo, titles.get(next++).end());
        }
        String norm = Tokens.norm(ts.word(i));
        if (norm.length() > 2 && vocab.content(norm) && !Days.calendarWord(norm) && coveredTo <= at) {
          tf.merge(key(norm), 1, Integer::sum);
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

  /** A name as an index key: a doubled final letter made single (Zelenskyy / Zelensky). */
  static String key(String norm) {
    int n = norm.length();
    return n > 3 && norm.charAt(n - 1) == norm.charAt(n - 2) ? norm.substring(0, n - 1) : norm;
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
