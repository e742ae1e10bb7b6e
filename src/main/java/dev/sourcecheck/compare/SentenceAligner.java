package dev.sourcecheck.compare;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.fact.story.ArticlePair;
import dev.sourcecheck.fact.story.EventMention;
import dev.sourcecheck.fact.story.SentencePair;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.budget.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns the sentences of a story's articles by shared content words (stems), through an inverted
 * index from stem to sentences, so cost follows the sentences that share rare words rather than all
 * pairs: each sentence is paired with its best partner in each other article ({@link
 * SentencePair}, with each side's hedge, attribution, quoted share and negated and asserted
 * predicates), and each pair of articles is summarised by how many sentences nearly copy the
 * other's and how many of those keep its order ({@link ArticlePair}). Not thread-safe (one per
 * story).
 */
final class SentenceAligner {
  /** Overlap (shared stems over the smaller sentence's) from which two sentences are aligned. */
  static final double ALIGN = 0.4;
  /** Overlap from which a sentence nearly copies another (counted for rewrites). */
  static final double COPY = 0.5;
  static final int MIN_SHARED = 4;
  /** Words a hedge governs at most. */
  static final int SCOPE = 12;
  /** Words a negation governs at most: none of them is stated plainly. */
  static final int SCOPE_NEGATION = 5;
  /** Sentences sharing a stem with more sentences than this (or 3 per article) are not looked up through it. */
  static final int MAX_POSTING_MIN = 50;

  /** A sentence with what the comparisons ask of it, computed once. */
  private static final class Sent {
    final AuditedArticle doc;
    final int docIndex;
    final Sentence s;
    final int[] ids;
    final int index;
    String hedge = "";
    /** The stems of the words the hedge governs. */
    final Set<String> scope = new HashSet<>();
    final Set<String> stems = new HashSet<>();
    boolean attributed;
    /** The person or organisation the attribution model gives the sentence, or empty. */
    String source = "";
    double quoted;
    final List<String> negated = new ArrayList<>();
    final List<String> asserted = new ArrayList<>();
    /** The members of {@link #negated} and {@link #asserted}: a long sentence's look-ups stay linear. */
    final Set<String> negatedSet = new HashSet<>();
    final Set<String> assertedSet = new HashSet<>();

    Sent(AuditedArticle doc, int docIndex, Sentence s, int[] ids, int index) {
      this.doc = doc;
      this.docIndex = docIndex;
      this.s = s;
      this.ids = ids;
      this.index = index;
    }
  }

  private record Pair(Sent a, Sent b, int shared, double overlap) {}

  static List<Object> facts(Story story) {
    List<Sent> sents = new ArrayList<>();
    Map<String, Integer> stemIds = new HashMap<>();
    List<List<Sent>> index = new ArrayList<>();
    int[] sizes = new int[story.articles.size()];
    for (int d = 0; d < story.articles.size(); d++) {
      AuditedArticle a = story.articles.get(d);
      for (Sentence s : a.prose()) {
        Set<String> stems = new LinkedHashSet<>();
        Tokens ts = a.tokens();
        String[] norms = story.norms(a);
        for (int i = ts.from(s.span().start()); i < ts.until(s.span().end()); i++) {
          String n = norms[i];
          if (story.vocab.content(n)) {
            stems.add(Vocab.stem(n));
          }
        }
        if (stems.size() < MIN_SHARED) {
          continue;
        }
        int[] ids = new int[stems.size()];
        int k = 0;
        for (String stem : stems) {
          Integer id = stemIds.get(stem);
          if (id == null) {
            id = stemIds.size();
            stemIds.put(stem, id);
            index.add(new ArrayList<>());
          }
          ids[k++] = id;
        }
        Arrays.sort(ids);
        Sent st = new Sent(a, d, s, ids, sents.size());
        sents.add(st);
        sizes[d]++;
        for (int id : ids) {
          index.get(id).add(st);
        }
      }
    }
    List<Pair> pairs = align(sents, index, story.articles.size());
    List<Object> out = new ArrayList<>();
    Set<Long> emitted = new HashSet<>();
    Map<Sent, Boolean> described = new IdentityHashMap<>();
    for (Pair p : pairs) {
      long key = (long) Math.min(p.a.index, p.b.index) * sents.size() + Math.max(p.a.index, p.b.index);
      if (!emitted.add(key)) {
        continue;
      }
      for (Sent x : List.of(p.a, p.b)) {
        if (described.put(x, true) == null) {
          describe(story, x);
        }
      }
      out.add(pair(story, p.a, p.b, p));
      out.add(pair(story, p.b, p.a, p));
    }
    rewrites(story, pairs, sizes, out);
    return out;
  }

  private static SentencePair pair(Story story, Sent x, Sent y, Pair p) {
    return new SentencePair(story.id, x.doc.id(), x.s.span().start(), x.s.span().end(), y.doc.id(), y.s.span().start(),
        y.s.span().end(), Math.round(p.overlap * 100) / 100.0, p.shared, x.hedge, y.hedge, shared(x.scope, y.stems),
        shared(y.scope, x.stems), x.attributed, y.attributed, x.source, y.source,
        Math.round(x.quoted * 100) / 100.0, Math.round(y.quoted * 100) / 100.0, x.s.text().stripTrailing().endsWith("?"), x.negated, x.asserted, y.negated,
        y.asserted, daysApart(x.doc, y.doc));
  }

  /** Days between two articles' publication dates, or -1 when either is unknown. */
  static int daysApart(AuditedArticle a, AuditedArticle b) {
    long x = Story.day(a);
    long y = Story.day(b);
    return x == EventMention.NONE || y == EventMention.NONE ? -1 : (int) Math.min(Integer.MAX_VALUE, Math.abs(x - y));
  }

  /** Each sentence's best partner in each other article, candidates through rare stems only. */
  private static List<Pair> align(List<Sent> sents, List<List<Sent>> index, int docs) {
    Deadline deadline = Deadline.current();
    int cap = Math.max(MAX_POSTING_MIN, 3 * docs);
    int[] counts = new int[sents.size()];
    int[] touched = new int[sents.size()]; // the sentences a shares a rare stem with, in the order met
    List<Pair> best = new ArrayList<>();
    for (Sent a : sents) {
      int nTouched = 0;
      for (int k : a.ids) {
        List<Sent> posting = index.get(k);
        if (posting.size() > cap) {
          continue;
        }
        for (Sent b : posting) {
          deadline.tick();
          if (b.doc != a.doc && counts[b.index]++ == 0) {
            touched[nTouched++] = b.index;
          }
        }
      }
      Pair[] perDoc = new Pair[docs];
      for (int t = 0; t < nTouched; t++) {
        int bi = touched[t];
        int rare = counts[bi];
        counts[bi] = 0;
        if (rare < 2) {
          continue;
        }
        Sent b = sents.get(bi);
        int shared = intersection(a.ids, b.ids);
        if (shared < MIN_SHARED) {
          continue;
        }
        double overlap = shared / (double) Math.min(a.ids.length, b.ids.length);
        if (overlap >= ALIGN && (perDoc[b.docIndex] == null || overlap > perDoc[b.docIndex].overlap)) {
          perDoc[b.docIndex] = new Pair(a, b, shared, overlap);
        }
      }
      for (Pair p : perDoc) {
        if (p != null) {
          best.add(p);
        }
      }
    }
    return best;
  }

  private static int shared(Set<String> scope, Set<String> stems) {
    int n = 0;
    for (String s : scope) {
      n += stems.contains(s) ? 1 : 0;
    }
    return n;
  }

  /** A sentence's hedge and its scope, attribution, quoted share and predicates, outside quotations. */
  private static void describe(Story story, Sent x) {
    AuditedArticle a = x.doc;
    int from = x.s.span().start();
    int to = x.s.span().end();
    Tokens ts = a.tokens();
    String[] norms = story.norms(a);
    for (Cue c : a.cues("xs-hedges", from, to)) {
      if (!c.inQuote() && (!c.tag().equals("modal") || modal(ts, c))) {
        x.hedge = a.text().substring(c.start(), c.end());
        // its scope: the words after it to the end of its clause
        for (int k = ts.until(c.end()); k < ts.size() && ts.start(k) < to && k - ts.until(c.end()) < SCOPE; k++) {
          String gap = ts.gapBefore(k);
          if (k > ts.until(c.end()) && gap.chars().anyMatch(ch -> ",;:—–()".indexOf(ch) >= 0)) {
            break;
          }
          String n = norms[k];
          if (story.vocab.content(n)) {
            x.scope.add(Vocab.stem(n));
          }
        }
        break;
      }
    }
    for (Cue c : a.cues("xs-reporting", from, to)) {
      x.attributed |= !c.inQuote();
    }
    // or a source the attribution model finds for the sentence ("The government claims …")
    for (var st : a.speakers().statementsIn(x.s.index())) {
      boolean named = !"hedge".equals(st.kind()) && !"passive".equals(st.kind());
      x.attributed |= named;
      if (named && !st.vague() && st.person() != null && x.source.isEmpty()) {
        x.source = st.person();
      }
    }
    int in = 0;
    for (Quote q : a.article().quotes()) {
      in += Math.max(0, Math.min(q.span().end(), to) - Math.max(q.span().start(), from));
    }
    x.quoted = in / (double) Math.max(1, to - from);
    // predicates with their subject: the nearest person or organisation named before them
    List<Entities.Entity> names = Entities.in(story, a, from, to, false);
    Set<Integer> negatedAt = new HashSet<>();
    for (Cue c : a.cues("xs-negation", from, to)) {
      if (c.inQuote()) {
        continue;
      }
      int k = ts.until(c.end());
      if (k < ts.size() && ts.folded(k).equals("only")) {
        continue; // "not only … but also" affirms
      }
      while (k < ts.size() && ts.start(k) < to && !story.vocab.content(norms[k])) {
        k++;
      }
      if (k < ts.size() && ts.start(k) < to && !a.inQuote(ts.start(k), ts.end(k))) {
        add(x.negated, x.negatedSet, Vocab.predicate(norms[k]) + "|" + subject(names, c.start()));
        // the negation's scope: the verb and the words it governs ("not win the support of many")
        for (int j = k; j < Math.min(ts.size(), k + SCOPE_NEGATION) && ts.start(j) < to; j++) {
          String gap = ts.gapBefore(j);
          if (j > k && ",;:—–()".chars().anyMatch(ch -> gap.indexOf(ch) >= 0)) {
            break;
          }
          negatedAt.add(j);
        }
      }
    }
    for (int i = ts.from(from); i < ts.until(to); i++) {
      String n = norms[i];
      if (story.vocab.content(n)) {
        x.stems.add(Vocab.stem(n));
      }
      if (!negatedAt.contains(i) && story.vocab.content(n) && !a.inQuote(ts.start(i), ts.end(i)) && !ts.capitalised(i)) {
        String p = Vocab.predicate(n) + "|" + subject(names, ts.start(i));
        if (!x.negatedSet.contains(p)) {
          add(x.asserted, x.assertedSet, p);
        }
      }
    }
  }

  /** The key of the last name before {@code at}, or empty. */
  private static String subject(List<Entities.Entity> names, int at) {
    String key = "";
    for (Entities.Entity e : names) {
      if (e.end() <= at) {
        key = e.key();
      }
    }
    return key;
  }

  /** A modal that hedges: followed by a verb, not by "not" (that negates) or a capital ("May 5"). */
  private static boolean modal(Tokens ts, Cue c) {
    int k = ts.until(c.end());
    int at = ts.at(c.start());
    if (at >= 0 && ts.capitalised(at) && !ts.sentenceStart(at)) {
      return false;
    }
    return k < ts.size() && !ts.capitalised(k) && !ts.is(k, Tokens.NUMBER) && !ts.folded(k).equals("not");
  }

  /** Adds {@code s} to {@code list} unless it is there ({@code members} holds the list's strings). */
  private static void add(List<String> list, Set<String> members, String s) {
    if (members.add(s)) {
      list.add(s);
    }
  }

  /**
   * Per ordered pair of articles: how many of this one's sentences nearly copy the other's, and the
   * longest run of them in the other's order (a longest increasing subsequence of partner positions).
   */
  private static void rewrites(Story story, List<Pair> pairs, int[] sizes, List<Object> out) {
    Map<Long, List<Pair>> byDocs = new HashMap<>();
    for (Pair p : pairs) {
      if (p.overlap >= COPY) {
        byDocs.computeIfAbsent((long) p.a.docIndex * sizes.length + p.b.docIndex, k -> new ArrayList<>()).add(p);
      }
    }
    List<Long> keys = new ArrayList<>(byDocs.keySet());
    keys.sort(null);
    for (long key : keys) {
      List<Pair> ps = byDocs.get(key);
      ps.sort((x, y) -> Integer.compare(x.a.s.index(), y.a.s.index()));
      List<Pair> run = increasing(ps);
      Pair first = run.get(0);
      AuditedArticle a = first.a.doc;
      AuditedArticle b = first.b.doc;
      out.add(new ArticlePair(story.id, a.id(), b.id(), sizes[first.a.docIndex], sizes[first.b.docIndex], ps.size(),
          run.size(), first.a.s.span().start(), first.a.s.span().end(), first.b.s.span().start(),
          first.b.s.span().end(), story.order(a.id()), story.order(b.id())));
    }
  }

  /** The longest run of pairs whose partners follow in the same order (patience sorting). */
  private static List<Pair> increasing(List<Pair> ps) {
    int n = ps.size();
    int[] tails = new int[n];
    int[] prev = new int[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      int v = ps.get(i).b.s.index();
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ps.get(tails[mid]).b.s.index() < v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[i] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = i;
      len = Math.max(len, lo + 1);
    }
    List<Pair> out = new ArrayList<>();
    for (int k = len == 0 ? -1 : tails[len - 1]; k >= 0; k = prev[k]) {
      out.add(0, ps.get(k));
    }
    return out;
  }

  /** The number of ids two sorted, duplicate-free arrays share. */
  private static int intersection(int[] a, int[] b) {
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }
}
