package dev.sourcecheck.compare;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.attribution.Attribution;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.story.QuotePair;
import dev.sourcecheck.fact.story.StoryQuote;
import dev.sourcecheck.time.DaySpan;
import dev.sourcecheck.time.QuotedDays;
import dev.sourcecheck.budget.Deadline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quotations of a story and the pairs of them worth comparing. Each article's quotations get
 * their speaker from the attribution model (mapped to the story's people); parts of one quotation
 * split around a speech tag in one paragraph are joined first. Candidate pairs come through an
 * index of word trigrams (a trigram quoted by more than {@value #MAX_POSTING} quotations is not
 * looked up), so quotations that share no run of three words are never compared and the cost
 * follows the shared runs, not all pairs. Each candidate sharing such a run becomes a {@link
 * QuotePair} in both directions; the rules judge them. Not thread-safe (one per story).
 */
final class QuoteAligner {
  static final int MIN_WORDS = 4;
  static final int RUN = 3;
  static final int MAX_POSTING = 50;

  private record Item(int n, AuditedArticle doc, List<Quote> parts, String speaker, String how, String saidOn,
      QuoteText words) {
    String id() {
      return doc.id() + "#" + parts.get(0).index();
    }

    int start() {
      return parts.get(0).inner().start();
    }

    int end() {
      return parts.get(parts.size() - 1).inner().end();
    }
  }

  static List<Object> facts(Story story) {
    Deadline deadline = Deadline.current();
    List<Item> items = new ArrayList<>();
    for (AuditedArticle a : story.articles) {
      items.addAll(items(story, a, items.size()));
    }
    Map<String, List<Item>> index = new HashMap<>();
    Set<Long> seen = new HashSet<>();
    Map<Item, Boolean> used = new IdentityHashMap<>();
    List<Object> pairs = new ArrayList<>();
    for (Item it : items) {
      deadline.tick();
      List<String> w = it.words.words();
      Set<Item> cands = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (int k = 0; k + RUN <= w.size(); k++) {
        List<Item> posting = index.computeIfAbsent(String.join(" ", w.subList(k, k + RUN)), x -> new ArrayList<>());
        if (posting.size() < MAX_POSTING) {
          cands.addAll(posting);
          if (posting.isEmpty() || posting.get(posting.size() - 1) != it) {
            posting.add(it);
          }
        }
      }
      for (Item o : cands) {
        if (o.doc == it.doc || !seen.add((long) o.n * items.size() + it.n)) {
          continue;
        }
        WordDiff.Result[] both = WordDiff.both(o.words, it.words);
        WordDiff.Result toIt = both[0];
        if (toIt.longestRun() < RUN) {
          continue;
        }
        WordDiff.Result toO = both[1];
        int shorter = Math.min(it.words.words().size(), o.words.words().size());
        double overlap = Math.round(toIt.lcs() * 100.0 / shorter) / 100.0;
        boolean cut = it.words.words().size() <= o.words.words().size() ? WordDiff.isCut(it.words, o.words)
            : WordDiff.isCut(o.words, it.words);
        pairs.add(pair(story, it, o, overlap, toIt, cut));
        pairs.add(pair(story, o, it, overlap, toO, cut));
        used.put(it, true);
        used.put(o, true);
      }
    }
    List<Object> out = new ArrayList<>();
    for (Item it : items) {
      if (used.containsKey(it)) {
        out.add(new StoryQuote(story.id, it.id(), it.doc.id(), it.start(), it.end(), it.doc.text().substring(it.start(),
            it.end()), it.words.words().size(), it.speaker, story.people.name(it.speaker),
            !story.people.institution(it.speaker), it.how, it.saidOn, story.order(it.doc.id())));
      }
    }
    out.addAll(pairs);
    return out;
  }

  private static QuotePair pair(Story story, Item a, Item b, double overlap, WordDiff.Result r, boolean cut) {
    return new QuotePair(story.id, a.id(), b.id(), a.doc.id(), b.doc.id(), a.words.words().size(),
        b.words.words().size(), overlap, r.longestRun(), r.changed(), cut, r.overlapping(), r.diff());
  }

  /** The article's attributed quotations, parts split around a speech tag joined. */
  private static List<Item> items(Story story, AuditedArticle a, int n) {
    List<Item> out = new ArrayList<>();
    List<Quote> group = new ArrayList<>();
    String speaker = null;
    Attribution first = null;
    for (Quote q : a.article().quotes()) {
      if (a.inBoilerplate(q.span().start(), q.span().end())) {
        continue;
      }
      Attribution at = a.speakers().attribution(q.index());
      String key = at == null ? null : story.people.key(a.id(), at.person());
      if (!group.isEmpty() && key != null && key.equals(speaker) && joins(a, group.get(group.size() - 1), q, first, at)) {
        group.add(q);
        continue;
      }
      add(story, a, group, speaker, first, out, n);
      group = new ArrayList<>();
      speaker = key;
      first = at;
      if (key != null) {
        group.add(q);
      }
    }
    add(story, a, group, speaker, first, out, n);
    return out;
  }

  private static void add(Story story, AuditedArticle a, List<Quote> group, String speaker, Attribution at,
      List<Item> out, int n) {
    if (group.isEmpty()) {
      return;
    }
    QuoteText words = QuoteText.of(a.text(), a.tokens(), group);
    if (words.words().size() < MIN_WORDS) {
      return;
    }
    DaySpan said = QuotedDays.utteranceDay(attribution(a, group), Story.published(a), story.vocab.days);
    out.add(new Item(n + out.size(), a, List.copyOf(group), speaker, how(a, group.get(0), at), said.known() ? said.label() : "",
        words));
  }

  /**
   * How the quotation's speaker was found; a pronoun whose person is the last person (not an
   * institution) named before it in its paragraph ("Dr. Anil Varma said … “…,” he said") is {@code
   * pronoun-near}, as sure as a name.
   */
  private static String how(AuditedArticle a, Quote q, Attribution at) {
    if (!at.how().equals("pronoun") || at.person() == null || at.cueStart() < 0) {
      return at.how();
    }
    var paragraph = a.article().paragraphs().get(q.paragraph()).span();
    List<dev.sourcecheck.attribution.Mention> ms = a.speakers().mentions(); // sorted by start
    int lo = 0;
    int hi = ms.size();
    while (lo < hi) { // the first mention of the paragraph: only its own mentions are walked
      int mid = (lo + hi) >>> 1;
      if (ms.get(mid).start() < paragraph.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    dev.sourcecheck.attribution.Mention last = null;
    for (int k = lo; k < ms.size() && ms.get(k).start() < at.cueStart(); k++) {
      var m = ms.get(k);
      var who = a.speakers().person(m.person());
      if (!m.quoted() && (who == null || !who.institution())) {
        last = m;
      }
    }
    return last != null && at.person().equals(last.person()) ? "pronoun-near" : at.how();
  }

  /**
   * A quotation continues the previous part when both are in one paragraph and only a short speech
   * tag holding one of their cues stands between ("'We will,' she said, 'rebuild it.'").
   */
  private static boolean joins(AuditedArticle a, Quote prev, Quote q, Attribution first, Attribution at) {
    if (prev.paragraph() != q.paragraph()) {
      return false;
    }
    int from = prev.span().end();
    int to = q.span().start();
    if (to - from > 60 || a.tokens().until(to) - a.tokens().from(from) > 8) {
      return false;
    }
    return within(first.cueStart(), from, to) || within(at.cueStart(), from, to);
  }

  private static boolean within(int offset, int from, int to) {
    return offset >= from && offset < to;
  }

  /** The sentences around a quotation with every quotation's words blanked: where its day of saying is named. */
  static String attribution(AuditedArticle a, List<Quote> parts) {
    int qs = parts.get(0).span().start();
    int qe = parts.get(parts.size() - 1).span().end();
    int sa = a.article().sentenceAt(qs);
    int sb = a.article().sentenceAt(Math.max(qs, qe - 1));
    int start = sa < 0 ? qs : a.article().sentences().get(sa).span().start();
    int end = Math.max(sb < 0 ? qe : a.article().sentences().get(sb).span().end(), qe);
    char[] text = a.text().substring(start, end).toCharArray();
    for (Quote o : a.article().quotes()) {
      if (o.span().end() <= start || o.span().start() >= end) {
        continue;
      }
      for (int i = Math.max(start, o.span().start()); i < Math.min(end, o.span().end()); i++) {
        text[i - start] = ' ';
      }
    }
    return new String(text);
  }
}
