package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.story.EventMention;
import dev.sourcecheck.compare.AlignedSentence.Pair;
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
 * other's and how many of those keep its order ({@link Rewrites}); a sentence negating a predicate
 * is also paired with the sentences that state it of the same subject and object ({@link
 * PredicateJoins}). Not thread-safe (one per story).
 */
final class SentenceAligner {
  /** Overlap (shared stems over the smaller sentence's) from which two sentences are aligned. */
  static final double ALIGN = 0.4;
  static final int MIN_SHARED = 4;
  /**
   * Two short sentences sharing fewer stems are aligned when they share this many and this much of
   * the smaller one ("None of the children has been admitted to hospital" / "Two of the children
   * have been admitted to hospital"), and only where no longer pair is found. A sentence of this
   * many stems is aligned at all ("No patients have been moved to other hospitals").
   */
  static final int MIN_SHARED_SHORT = 3;
  static final double SHORT_OVERLAP = 0.75;
  /** Sentences sharing a stem with more sentences than this (or 3 per article) are not looked up through it. */
  static final int MAX_POSTING_MIN = 50;

  static List<Object> facts(Story story) {
    List<AlignedSentence> sents = new ArrayList<>();
    Map<String, Integer> stemIds = new HashMap<>();
    List<List<AlignedSentence>> index = new ArrayList<>();
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
        if (stems.size() < MIN_SHARED_SHORT) {
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
        AlignedSentence st = new AlignedSentence(a, d, s, ids, sents.size());
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
    Map<AlignedSentence, Boolean> described = new IdentityHashMap<>();
    for (Pair p : pairs) {
      long key = (long) Math.min(p.a().index, p.b().index) * sents.size() + Math.max(p.a().index, p.b().index);
      if (!emitted.add(key)) {
        continue;
      }
      for (AlignedSentence x : List.of(p.a(), p.b())) {
        if (described.put(x, true) == null) {
          SentenceReading.describe(story, x);
        }
      }
      out.add(pair(story, p.a(), p.b(), p, "", ""));
      out.add(pair(story, p.b(), p.a(), p, "", ""));
    }
    PredicateJoins.facts(story, sents, index, stemIds, described, out);
    Rewrites.facts(story, pairs, sizes, out);
    return out;
  }

  static SentencePair pair(Story story, AlignedSentence x, AlignedSentence y, Pair p, String joinedOn, String joinedObject) {
    return new SentencePair(story.id, x.doc.id(), x.s.span().start(), x.s.span().end(), y.doc.id(), y.s.span().start(),
        y.s.span().end(), Math.round(p.overlap() * 100) / 100.0, p.shared(), x.hedge, y.hedge, shared(x.scope, y.stems),
        shared(y.scope, x.stems), x.scope.size(), y.scope.size(), x.attributed, y.attributed, x.source, y.source,
        Math.round(x.quoted * 100) / 100.0, Math.round(y.quoted * 100) / 100.0, x.s.text().stripTrailing().endsWith("?"), x.negated, x.asserted, y.negated,
        y.asserted, daysApart(x.doc, y.doc), joinedOn, joinedObject);
  }

  /** Days between two articles' publication dates, or -1 when either is unknown. */
  static int daysApart(AuditedArticle a, AuditedArticle b) {
    long x = Story.day(a);
    long y = Story.day(b);
    return x == EventMention.NONE || y == EventMention.NONE ? -1 : (int) Math.min(Integer.MAX_VALUE, Math.abs(x - y));
  }

  /** Each sentence's best partner in each other article, candidates through rare stems only. */
  private static List<Pair> align(List<AlignedSentence> sents, List<List<AlignedSentence>> index, int docs) {
    Deadline deadline = Deadline.current();
    int cap = Math.max(MAX_POSTING_MIN, 3 * docs);
    int[] counts = new int[sents.size()];
    int[] touched = new int[sents.size()]; // the sentences a shares a rare stem with, in the order met
    List<Pair> best = new ArrayList<>();
    for (AlignedSentence a : sents) {
      int nTouched = 0;
      for (int k : a.ids) {
        List<AlignedSentence> posting = index.get(k);
        if (posting.size() > cap) {
          continue;
        }
        for (AlignedSentence b : posting) {
          deadline.tick();
          if (b.doc != a.doc && counts[b.index]++ == 0) {
            touched[nTouched++] = b.index;
          }
        }
      }
      Pair[] perDoc = new Pair[docs];
      Pair[] shortPerDoc = new Pair[docs];
      for (int t = 0; t < nTouched; t++) {
        int bi = touched[t];
        int rare = counts[bi];
        counts[bi] = 0;
        if (rare < 2) {
          continue;
        }
        AlignedSentence b = sents.get(bi);
        int shared = intersection(a.ids, b.ids);
        if (shared < MIN_SHARED_SHORT) {
          continue;
        }
        double overlap = shared / (double) Math.min(a.ids.length, b.ids.length);
        if (shared < MIN_SHARED) {
          if (overlap >= SHORT_OVERLAP && (shortPerDoc[b.docIndex] == null || overlap > shortPerDoc[b.docIndex].overlap())) {
            shortPerDoc[b.docIndex] = new Pair(a, b, shared, overlap);
          }
        } else if (overlap >= ALIGN && (perDoc[b.docIndex] == null || overlap > perDoc[b.docIndex].overlap())) {
          perDoc[b.docIndex] = new Pair(a, b, shared, overlap);
        }
      }
      for (int d = 0; d < docs; d++) {
        Pair p = perDoc[d] != null ? perDoc[d] : shortPerDoc[d];
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

  /** The number of ids two sorted, duplicate-free arrays share. */
  static int intersection(int[] a, int[] b) {
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
