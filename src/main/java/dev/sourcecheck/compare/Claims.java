package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.fact.Place;
import dev.sourcecheck.fact.XClaim;
import dev.sourcecheck.fact.XRewrite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aligns the sentences of a story's articles by shared content words (stems), through an inverted
 * index from stem to sentences, so cost follows the sentences that share words rather than all
 * pairs. On aligned pairs it reports hedges dropped (one source hedges with a lexicon {@code
 * xs-hedges} cue, the other states the same plainly), negation (one negates the verb the other
 * affirms), and per pair of articles how many sentences align (close rewrites). Not thread-safe.
 */
final class Claims {
  /** Overlap (shared stems over the smaller sentence's) from which two sentences are aligned. */
  static final double ALIGN = 0.4;
  static final int MIN_SHARED = 4;
  /** Sentences sharing a stem with more sentences than this (or 3 per article) are not looked up through it. */
  static final int MAX_POSTING_MIN = 50;

  private static final Pattern NEG = Pattern.compile(
      "(?i)\\b(?:will|would|did|does|do|is|was|are|were|has|have|had|can|could|should|may)\\s+(?:not|never)\\s+([a-z]+)"
          + "|\\b(?:won't|won’t|didn't|didn’t|doesn't|doesn’t|isn't|isn’t|wasn't|wasn’t|hasn't|hasn’t|haven't|"
          + "haven’t|can't|can’t|couldn't|couldn’t)\\s+([a-z]+)");

  /** An aligned-able sentence with what the comparisons ask of it, computed once. */
  static final class Sent {
    final Doc doc;
    final Sentence s;
    final Set<String> stems;
    /** The stems as story-wide ids, in the order of {@link #stems}; and sorted, for intersections. */
    final int[] ids;
    final int[] sortedIds;
    final Set<String> norms;
    final int index;
    final List<Cue> hedges;
    final boolean attributed;
    final double quoted;
    final Set<String> negated;

    Sent(Doc doc, Sentence s, Set<String> stems, int[] ids, Set<String> norms, int index) {
      this.doc = doc;
      this.s = s;
      this.stems = stems;
      this.ids = ids;
      this.sortedIds = ids.clone();
      java.util.Arrays.sort(this.sortedIds);
      this.norms = norms;
      this.index = index;
      this.hedges = Claims.hedges(doc, s);
      this.attributed = Claims.attributed(doc, s);
      this.quoted = Claims.quoted(doc, s);
      this.negated = Claims.negated(s);
    }

    Place place(String role) {
      return new Place(doc.id, s.span().start(), s.span().end(), role);
    }
  }

  record Pair(Sent a, Sent b, int shared, double overlap) {}

  final List<Object> facts = new ArrayList<>();

  void compare(String story, List<Doc> docs, Map<String, Integer> deviatingQuotes) {
    List<Sent> sents = new ArrayList<>();
    // stems are numbered once per story so that lookups and intersections work on ints, not strings
    Map<String, Integer> stemIds = new HashMap<>();
    List<List<Sent>> index = new ArrayList<>();
    Map<Doc, Integer> sizes = new HashMap<>();
    for (Doc d : docs) {
      int n = 0;
      for (Sentence s : d.prose) {
        Set<String> stems = new LinkedHashSet<>();
        Set<String> norms = new HashSet<>();
        for (Words.Token t : Words.tokens(s.text())) {
          norms.add(t.norm());
          if (Words.content(t.norm())) {
            stems.add(Words.stem(t.norm()));
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
        Sent st = new Sent(d, s, stems, ids, norms, sents.size());
        sents.add(st);
        n++;
        for (int id : ids) {
          index.get(id).add(st);
        }
      }
      sizes.put(d, n);
    }
    // best partner of each sentence in each other article: candidates through rare stems only
    // (a stem in more sentences than the cap says little), then the exact overlap on all stems
    Map<Doc, Integer> position = new java.util.IdentityHashMap<>();
    for (Doc d : docs) {
      position.put(d, position.size());
    }
    int cap = Math.max(MAX_POSTING_MIN, 3 * docs.size());
    int[] counts = new int[sents.size()];
    List<Pair> best = new ArrayList<>();
    for (Sent a : sents) {
      List<Integer> touched = new ArrayList<>();
      for (int k : a.ids) {
        List<Sent> posting = index.get(k);
        if (posting.size() > cap) {
          continue;
        }
        for (Sent b : posting) {
          if (b.doc != a.doc && counts[b.index]++ == 0) {
            touched.add(b.index);
          }
        }
      }
      Pair[] perDoc = new Pair[docs.size()];
      for (int bi : touched) {
        int rare = counts[bi];
        counts[bi] = 0;
        if (rare < 2) {
          continue;
        }
        Sent b = sents.get(bi);
        int shared = intersection(a.sortedIds, b.sortedIds);
        if (shared < MIN_SHARED) {
          continue;
        }
        double overlap = shared / (double) Math.min(a.stems.size(), b.stems.size());
        int pos = position.get(b.doc);
        if (overlap >= ALIGN && (perDoc[pos] == null || overlap > perDoc[pos].overlap)) {
          perDoc[pos] = new Pair(a, b, shared, overlap);
        }
      }
      for (Pair p : perDoc) {
        if (p != null) {
          best.add(p);
        }
      }
    }
    Set<String> seen = new HashSet<>();
    Map<String, Integer> alignedCount = new HashMap<>();
    for (Pair p : best) {
      if (p.overlap >= 0.5) {
        alignedCount.merge(p.a.doc.id + "|" + p.b.doc.id, 1, Integer::sum);
      }
      hedge(story, p, seen);
      negation(story, p, seen);
    }
    rewrites(story, docs, sizes, alignedCount, deviatingQuotes);
  }

  private static List<Cue> hedges(Doc doc, Sentence s) {
    List<Cue> out = new ArrayList<>();
    for (Cue c : doc.cues("xs-hedges", s.span().start(), s.span().end())) {
      if (!c.inQuote()) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean attributed(Doc doc, Sentence s) {
    for (Cue c : doc.cues("xs-reporting", s.span().start(), s.span().end())) {
      if (!c.inQuote()) {
        return true;
      }
    }
    return false;
  }

  private static double quoted(Doc doc, Sentence s) {
    int in = 0;
    for (var q : doc.article.quotes()) {
      int lo = Math.max(q.span().start(), s.span().start());
      int hi = Math.min(q.span().end(), s.span().end());
      in += Math.max(0, hi - lo);
    }
    return in / (double) Math.max(1, s.span().length());
  }

  /** {@code p.a} hedges, {@code p.b} does not: a fact on {@code p.b}, the plain statement. */
  private void hedge(String story, Pair p, Set<String> seen) {
    List<Cue> ha = p.a.hedges;
    if (ha.isEmpty() || !p.b.hedges.isEmpty() || p.b.quoted > 0.5) {
      return;
    }
    if (!seen.add("h|" + p.b.index + "|" + p.a.doc.id)) {
      return;
    }
    Cue c = ha.get(0);
    facts.add(new XClaim(story, "hedge", p.b.doc.id, p.b.s.span().start(), p.b.s.span().end(), p.a.doc.id,
        p.a.doc.text.substring(c.start(), c.end()), round(p.overlap), p.shared, p.b.attributed,
        List.of(p.a.place(null))));
  }

  private void negation(String story, Pair p, Set<String> seen) {
    for (String verb : p.a.negated) {
      if (p.b.negated.contains(verb) || !p.b.norms.contains(verb)) {
        continue;
      }
      Sent later = p.a.doc.order > p.b.doc.order ? p.a : p.b;
      Sent other = later == p.a ? p.b : p.a;
      if (seen.add("n|" + Math.min(p.a.index, p.b.index) + "|" + Math.max(p.a.index, p.b.index) + "|" + verb)) {
        facts.add(new XClaim(story, "negation", later.doc.id, later.s.span().start(), later.s.span().end(),
            other.doc.id, verb, round(p.overlap), p.shared, later.attributed, List.of(other.place(null))));
      }
    }
  }

  private static Set<String> negated(Sentence s) {
    Set<String> out = new HashSet<>();
    String t = s.text();
    if (!t.contains("not") && !t.contains("never") && !t.contains("n't") && !t.contains("n’t")) {
      return out;
    }
    Matcher m = NEG.matcher(t);
    while (m.find()) {
      String v = m.group(1) != null ? m.group(1) : m.group(2);
      if (!v.equalsIgnoreCase("be") && !v.equalsIgnoreCase("been") && !v.equalsIgnoreCase("only")) {
        out.add(Words.norm(v));
      }
    }
    return out;
  }

  private void rewrites(String story, List<Doc> docs, Map<Doc, Integer> sizes, Map<String, Integer> aligned,
      Map<String, Integer> deviating) {
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        Doc a = docs.get(i);
        Doc b = docs.get(j);
        int ab = aligned.getOrDefault(a.id + "|" + b.id, 0);
        int ba = aligned.getOrDefault(b.id + "|" + a.id, 0);
        if (ab == 0 && ba == 0) {
          continue;
        }
        int na = sizes.get(a);
        int nb = sizes.get(b);
        // the shorter article's share of aligned sentences
        Doc shorter = na <= nb ? a : b;
        int count = shorter == a ? ab : ba;
        int size = Math.min(na, nb);
        if (size == 0) {
          continue;
        }
        Doc rewrite = rewriteOf(a, b, deviating);
        Doc original = rewrite == a ? b : a;
        facts.add(new XRewrite(story, rewrite.id, original.id, count, size, round(count / (double) size),
            deviating.getOrDefault(rewrite.id, 0), List.of(new Place(original.id, 0, 0, null))));
      }
    }
  }

  /** The later-published article; else the one whose quotations deviate more; else the later input. */
  private static Doc rewriteOf(Doc a, Doc b, Map<String, Integer> deviating) {
    if (a.published != null && b.published != null && !a.published.equals(b.published)) {
      return a.published.isAfter(b.published) ? a : b;
    }
    int da = deviating.getOrDefault(a.id, 0);
    int db = deviating.getOrDefault(b.id, 0);
    if (da != db) {
      return da > db ? a : b;
    }
    return a.order > b.order ? a : b;
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

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
