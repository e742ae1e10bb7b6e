package dev.sourcecheck.compare;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.fact.Place;
import dev.sourcecheck.fact.XQuoteDrift;
import dev.sourcecheck.fact.XQuoteSpeakers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns quotations within a story. A speaker's quotations from different sources are compared
 * pairwise (a speaker has few): a cut or an identical wording (case, marks and punctuation aside)
 * agrees, a pair sharing enough words (word LCS over the shorter) but not a cut drifts; drifting
 * and agreeing pairs form one occasion, and in each the quotation that disagrees with more sources
 * than agree with it is the one that deviates. Quotations of 5 or more consecutive identical words
 * under different speakers are looked up through an index of word 5-grams. Not thread-safe.
 */
final class Quotes {
  /** Word LCS over the shorter quotation below which two quotations are different occasions. */
  static final double CANDIDATE_OVERLAP = 0.3;
  static final int MIN_WORDS = 4;

  record Item(Doc doc, Quote quote, String speaker, List<Words.Token> tokens, List<String> norms,
      List<List<String>> segments) {
    Place place(String role) {
      return new Place(doc.id, quote.inner().start(), quote.inner().end(), role);
    }
  }

  private record Edge(Item a, Item b, boolean agree, WordDiff.Result diff) {}

  final List<Object> facts = new ArrayList<>();
  /** Deviating quotations per article id. */
  final Map<String, Integer> deviating = new HashMap<>();

  void compare(String story, List<Doc> docs, Map<String, Map<Integer, String>> speakers) {
    List<Item> items = new ArrayList<>();
    for (Doc d : docs) {
      Map<Integer, String> sp = speakers.getOrDefault(d.id, Map.of());
      for (Quote q : d.article.quotes()) {
        if (d.inBoilerplate(q.span().start(), q.span().end())) {
          continue;
        }
        List<Words.Token> ts = Words.tokens(d.text, q.inner().start(), q.inner().end());
        if (ts.size() < MIN_WORDS) {
          continue;
        }
        items.add(new Item(d, q, sp.get(q.index()), ts, Words.norms(ts), segments(d.text, q, ts)));
      }
    }
    Map<String, List<Item>> bySpeaker = new LinkedHashMap<>();
    for (Item it : items) {
      if (it.speaker != null) {
        bySpeaker.computeIfAbsent(it.speaker, k -> new ArrayList<>()).add(it);
      }
    }
    for (var e : bySpeaker.entrySet()) {
      drift(story, e.getKey(), e.getValue());
    }
    misattributed(story, items);
  }

  private static List<List<String>> segments(String text, Quote q, List<Words.Token> ts) {
    List<List<String>> out = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    int prevEnd = q.inner().start();
    for (Words.Token t : ts) {
      String gap = text.substring(prevEnd, t.start());
      if (gap.contains("...") || gap.contains("…")) {
        out.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(t.norm());
      prevEnd = t.end();
    }
    out.add(cur);
    return out;
  }

  static boolean agree(Item a, Item b) {
    Item shorter = a.norms.size() <= b.norms.size() ? a : b;
    Item longer = shorter == a ? b : a;
    return WordDiff.isCut(shorter.segments, longer.norms);
  }

  private void drift(String story, String speaker, List<Item> items) {
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        Item a = items.get(i);
        Item b = items.get(j);
        if (a.doc == b.doc) {
          continue;
        }
        if (agree(a, b)) {
          edges.add(new Edge(a, b, true, null));
          continue;
        }
        // the shared words (as a multiset) bound the LCS: most pairs fail the test without the quadratic diff
        int bound = sharedWords(a, b);
        if (bound < 3 || bound / (double) Math.min(a.norms.size(), b.norms.size()) < CANDIDATE_OVERLAP) {
          continue;
        }
        WordDiff.Result r = WordDiff.compare(a.tokens, b.tokens);
        double overlap = r.lcs() / (double) Math.min(a.norms.size(), b.norms.size());
        if (overlap >= CANDIDATE_OVERLAP && r.lcs() >= 3) {
          edges.add(new Edge(a, b, false, r));
        }
      }
    }
    Map<Item, Integer> agreeing = new java.util.IdentityHashMap<>();
    Map<Item, Integer> differing = new java.util.IdentityHashMap<>();
    for (Edge e : edges) {
      Map<Item, Integer> m = e.agree ? agreeing : differing;
      m.merge(e.a, 1, Integer::sum);
      m.merge(e.b, 1, Integer::sum);
    }
    Set<Item> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<Item> deviants = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Item it : items) {
      int dif = differing.getOrDefault(it, 0);
      if (dif > 0 && agreeing.getOrDefault(it, 0) < dif) {
        deviants.add(it);
      }
    }
    for (Edge e : edges) {
      if (e.agree || !deviants.contains(e.a) || !deviants.contains(e.b)) {
        continue;
      }
      // both sides disagree with more sources than agree: a tie; the later source is taken to deviate
      deviants.remove(later(e.a, e.b) == e.a ? e.b : e.a);
    }
    for (Item it : items) {
      if (!deviants.contains(it) || !reported.add(it)) {
        continue;
      }
      List<Place> related = new ArrayList<>();
      Edge nearest = null;
      Set<String> seenDocs = new java.util.LinkedHashSet<>();
      boolean othersAgree = true;
      for (Edge e : edges) {
        if (e.agree || e.a != it && e.b != it) {
          continue;
        }
        Item other = e.a == it ? e.b : e.a;
        if (nearest == null || e.diff.lcs() > nearest.diff.lcs()) {
          nearest = e;
        }
        othersAgree &= agreeing.getOrDefault(other, 0) > 0;
        if (seenDocs.add(other.doc.id) && related.size() < 5) {
          related.add(other.place(agreeing.getOrDefault(other, 0) > 0 ? "agrees" : null));
        }
      }
      Item other = nearest.a == it ? nearest.b : nearest.a;
      WordDiff.Result r = nearest.a == it ? WordDiff.compare(other.tokens, it.tokens) : nearest.diff;
      double overlap = r.lcs() / (double) Math.min(it.norms.size(), other.norms.size());
      deviating.merge(it.doc.id, 1, Integer::sum);
      facts.add(new XQuoteDrift(story, display(speaker), it.doc.id, it.quote.inner().start(), it.quote.inner().end(),
          it.quote.text(), it.norms.size(), Math.round(overlap * 100) / 100.0, r.longestRun(), r.changed(),
          agreeing.getOrDefault(it, 0), differing.getOrDefault(it, 0), other.doc.id, String.join(", ", seenDocs),
          othersAgree && seenDocs.size() > 1, r.diff(), related));
    }
  }

  /** How many words two quotations share, counted with multiplicity: at least their word LCS. */
  private static int sharedWords(Item a, Item b) {
    Map<String, Integer> left = new HashMap<>();
    for (String w : a.norms) {
      left.merge(w, 1, Integer::sum);
    }
    int n = 0;
    for (String w : b.norms) {
      Integer c = left.get(w);
      if (c != null && c > 0) {
        left.put(w, c - 1);
        n++;
      }
    }
    return n;
  }

  private static Item later(Item a, Item b) {
    if (a.doc.published != null && b.doc.published != null && !a.doc.published.equals(b.doc.published)) {
      return a.doc.published.isAfter(b.doc.published) ? a : b;
    }
    return a.doc.order > b.doc.order ? a : b;
  }

  /** Same quotation, different speakers: found through shared word 5-grams. */
  private void misattributed(String story, List<Item> items) {
    Map<String, List<Item>> index = new HashMap<>();
    Set<String> done = new HashSet<>();
    for (Item it : items) {
      if (it.speaker == null || it.speaker.startsWith("org:") || it.norms.size() < 6) {
        continue;
      }
      Set<Item> candidates = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (int k = 0; k + 5 <= it.norms.size(); k++) {
        String key = String.join(" ", it.norms.subList(k, k + 5));
        List<Item> posting = index.computeIfAbsent(key, x -> new ArrayList<>());
        if (posting.size() < 50) {
          candidates.addAll(posting);
          posting.add(it);
        }
      }
      for (Item o : candidates) {
        if (o.doc == it.doc || o.speaker.equals(it.speaker) || People.sameSurname(last(o.speaker), last(it.speaker))
            || !agree(o, it) || !done.add(o.doc.id + "/" + o.quote.index() + "|" + it.doc.id + "/" + it.quote.index())) {
          continue;
        }
        facts.add(new XQuoteSpeakers(story, it.doc.id, it.quote.inner().start(), it.quote.inner().end(),
            display(it.speaker), display(o.speaker), o.doc.id, Math.min(it.norms.size(), o.norms.size()),
            List.of(o.place(null))));
      }
    }
  }

  private static String last(String key) {
    String k = key.startsWith("~") ? key.substring(1) : key;
    return k.substring(k.lastIndexOf(' ') + 1);
  }

  /** A person key as a display name: "karoline leavitt" → "Karoline Leavitt". */
  static String display(String key) {
    String k = key.startsWith("~") ? key.substring(1) : key.startsWith("org:") ? key.substring(4) : key;
    StringBuilder b = new StringBuilder();
    for (String w : k.split(" ")) {
      if (!w.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return b.toString();
  }
}
