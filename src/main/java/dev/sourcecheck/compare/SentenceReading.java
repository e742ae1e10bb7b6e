package dev.sourcecheck.compare;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what the comparisons ask of an aligned sentence, outside quotations: its hedge (from
 * xs-hedges) and the stems the hedge governs, whether it is attributed (xs-reporting or a source
 * of the attribution model), the share of it quoted, and its predicates, negated (xs-negation) or
 * asserted, each keyed with its subject.
 */
final class SentenceReading {
  /** Words a hedge governs at most. */
  static final int SCOPE = 12;
  /** Words a negation governs at most: none of them is stated plainly. */
  static final int SCOPE_NEGATION = 5;

  private SentenceReading() {}

  /** A sentence's hedge and its scope, attribution, quoted share and predicates, outside quotations. */
  static void describe(Story story, AlignedSentence x) {
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
}
