package dev.sourcecheck.compare;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;

/**
 * Reads what the comparisons ask of an aligned sentence, outside quotations: its hedge (from
 * xs-hedges) and the stems the hedge governs, whether it is attributed (xs-reporting or a source
 * of the attribution model), the share of it quoted, and its predicates, negated (xs-negation) or
 * asserted, each keyed with its subject.
 */
final class SentenceReading {
  /** Words a hedge governs at most. */
  static final int SCOPE = 12;

  private SentenceReading() {}

  /** A sentence's hedge and its scope, attribution, quoted share and predicates, outside quotations. */
  static void describe(Story story, AlignedSentence x) {
    AuditedArticle a = x.doc;
    int from = x.s.span().start();
    int to = x.s.span().end();
    Tokens ts = a.tokens();
    String[] norms = story.norms(a);
    for (Cue c : a.cues("xs-hedges", from, to)) {
      if (!c.inQuote() && (!c.tag().equals("modal") || modal(a, ts, c))) {
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
      // a verb of judging ("has rejected suggestions that …") reports an act, not a source of the sentence
      boolean named = !"hedge".equals(st.kind()) && !"passive".equals(st.kind()) && !"judging".equals(st.tag());
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
    Predicates.read(story, x);
  }

  /**
   * A modal that hedges: followed by a verb, not by the negating particle (xs-negation's
   * {@code particle}: "could not" negates) or a capital ("May 5").
   */
  private static boolean modal(AuditedArticle a, Tokens ts, Cue c) {
    int k = ts.until(c.end());
    int at = ts.at(c.start());
    if (at >= 0 && ts.capitalised(at) && !ts.sentenceStart(at)) {
      return false;
    }
    return k < ts.size() && !ts.capitalised(k) && !ts.is(k, Tokens.NUMBER) && !particle(a, ts, k);
  }

  private static boolean particle(AuditedArticle a, Tokens ts, int k) {
    for (Cue n : a.cues("xs-negation", ts.start(k), ts.end(k))) {
      if (n.start() == ts.start(k) && n.end() == ts.end(k) && n.tag().equals("particle")) {
        return true;
      }
    }
    return false;
  }
}
