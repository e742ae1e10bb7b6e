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
  /** Sentences sharing a stem with more sentences than this are not looked up through it. */
  static final int MAX_POSTING = 400;

  private static final Pattern NEG = Pattern.compile(
      "(?i)\\b(?:will|would|did|does|do|is|was|are|were|has|have|had|can|could|should|may)\\s+(?:not|never)\\s+([a-z]+)"
          + "|\\b(?:won't|won’t|didn't|didn’t|doesn't|doesn’t|isn't|isn’t|wasn't|wasn’t|hasn't|hasn’t|haven't|"
          + "haven’t|can't|can’t|couldn't|couldn’t)\\s+([a-z]+)");

  record Sent(Doc doc, Sentence s, Set<String> stems, int index) {
    Place place(String role) {
      return new Place(doc.id, s.span().start(), s.span().end(), role);
    }
  }

  record Pair(Sent a, Sent b, int shared, double overlap) {}

  final List<Object> facts = new ArrayList<>();

  void compare(String story, List<Doc> docs, Map<String, Integer> deviatingQuotes) {
    List<Sent> sents = new ArrayList<>();
    Map<String, List<Sent>> index = new HashMap<>();
    Map<Doc, Integer> sizes = new HashMap<>();
    for (Doc d : docs) {
      int n = 0;
      for (Sentence s : d.prose) {
        Set<String> stems = new LinkedHashSet<>();
        for (Words.Token t : Words.tokens(s.text())) {
          if (Words.content(t.norm())) {
            stems.add(Words.stem(t.norm()));
          }
        }
        if (stems.size() < MIN_SHARED) {
          continue;
        }
        Sent st = new Sent(d, s, stems, sents.size());
        sents.add(st);
        n++;
        for (String k : stems) {
          index.computeIfAbsent(k, x -> new ArrayList<>()).add(st);
        }
      }
      sizes.put(d, n);
    }
    // best partner of each sentence in each other article
    Map<String, Pair> best = new HashMap<>();
    for (Sent a : sents) {
      Map<Sent, Integer> counts = new HashMap<>();
      for (String k : a.stems) {
        List<Sent> posting = index.get(k);
        if (posting.size() > MAX_POSTING) {
          continue;
        }
        for (Sent b : posting) {
          if (b.doc != a.doc) {
            counts.merge(b, 1, Integer::sum);
          }
        }
      }
      for (var e : counts.entrySet()) {
        int shared = e.getValue();
        if (shared < MIN_SHARED) {
          continue;
        }
        Sent b = e.getKey();
        double overlap = shared / (double) Math.min(a.stems.size(), b.stems.size());
        String key = a.index + "|" + b.doc.id;
        Pair p = best.get(key);
        if (overlap >= ALIGN && (p == null || overlap > p.overlap)) {
          best.put(key, new Pair(a, b, shared, overlap));
        }
      }
    }
    Set<String> seen = new HashSet<>();
    Map<String, Integer> alignedCount = new HashMap<>();
    for (Pair p : best.values()) {
      if (p.overlap >= 0.5) {
        alignedCount.merge(p.a.doc.id + "|" + p.b.doc.id, 1, Integer::sum);
      }
      hedge(story, p, seen);
      negation(story, p, seen);
    }
    rewrites(story, docs, sizes, alignedCount, deviatingQuotes);
  }

  private static List<Cue> hedges(Sent x) {
    List<Cue> out = new ArrayList<>();
    for (Cue c : x.doc.cues("xs-hedges", x.s.span().start(), x.s.span().end())) {
      if (!c.inQuote()) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean attributed(Sent x) {
    for (Cue c : x.doc.cues("xs-reporting", x.s.span().start(), x.s.span().end())) {
      if (!c.inQuote()) {
        return true;
      }
    }
    return false;
  }

  private static double quoted(Sent x) {
    int in = 0;
    for (var q : x.doc.article.quotes()) {
      int lo = Math.max(q.span().start(), x.s.span().start());
      int hi = Math.min(q.span().end(), x.s.span().end());
      in += Math.max(0, hi - lo);
    }
    return in / (double) Math.max(1, x.s.span().length());
  }

  /** {@code p.a} hedges, {@code p.b} does not: a fact on {@code p.b}, the plain statement. */
  private void hedge(String story, Pair p, Set<String> seen) {
    List<Cue> ha = hedges(p.a);
    if (ha.isEmpty() || !hedges(p.b).isEmpty() || quoted(p.b) > 0.5) {
      return;
    }
    if (!seen.add("h|" + p.b.index + "|" + p.a.doc.id)) {
      return;
    }
    Cue c = ha.get(0);
    facts.add(new XClaim(story, "hedge", p.b.doc.id, p.b.s.span().start(), p.b.s.span().end(), p.a.doc.id,
        p.a.doc.text.substring(c.start(), c.end()), round(p.overlap), p.shared, attributed(p.b),
        List.of(p.a.place(null))));
  }

  private void negation(String story, Pair p, Set<String> seen) {
    for (String verb : negated(p.a)) {
      if (negated(p.b).contains(verb)) {
        continue;
      }
      boolean affirmed = false;
      for (Words.Token t : Words.tokens(p.b.s.text())) {
        if (t.norm().equals(verb)) {
          affirmed = true;
        }
      }
      if (!affirmed) {
        continue;
      }
      Sent later = p.a.doc.order > p.b.doc.order ? p.a : p.b;
      Sent other = later == p.a ? p.b : p.a;
      if (seen.add("n|" + Math.min(p.a.index, p.b.index) + "|" + Math.max(p.a.index, p.b.index) + "|" + verb)) {
        facts.add(new XClaim(story, "negation", later.doc.id, later.s.span().start(), later.s.span().end(),
            other.doc.id, verb, round(p.overlap), p.shared, attributed(later), List.of(other.place(null))));
      }
    }
  }

  private static Set<String> negated(Sent x) {
    Set<String> out = new HashSet<>();
    Matcher m = NEG.matcher(x.s.text());
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

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
