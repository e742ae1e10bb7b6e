package dev.sourcecheck.compare;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;

/**
 * What an event happened to when its clause names no one, for {@link EventReader}: the definite
 * noun it is said of. The subject of a passive ("The intrusion was discovered on Saturday", "The
 * appeal was heard on Monday": a determiner, the noun, then only function words up to the predicate) or,
 * when the clause names someone too, the predicate's object ("Norvia detected the intrusion on
 * Sunday"), so that the two mentions share it; a nominal event after a determiner ("the medical was
 * completed", "passed his medical") is its own thing. Lower-case content words only: a name is a
 * participant already. Stateless.
 */
final class EventThings {
  private EventThings() {}

  static String thing(AuditedArticle a, Cue p, int from, int to, Vocab vocab, boolean named) {
    Tokens ts = a.tokens();
    int first = ts.from(p.start());
    int after = ts.until(p.end());
    // a nominal event after a determiner is its own thing: "The medical was completed on Sunday",
    // "passed his medical on Saturday"
    if (after == first + 1 && first >= 1 && ts.start(first - 1) >= from && definite(ts, first - 1, vocab)
        && noun(ts, first, vocab)) {
      return ts.folded(first);
    }
    // the object: "detected the intrusion"
    if (after + 1 < ts.size() && ts.end(after + 1) <= to && definite(ts, after, vocab) && noun(ts, after + 1, vocab)) {
      return ts.folded(after + 1);
    }
    if (named) {
      return null;
    }
    // the passive's subject: "The intrusion was discovered", "the hearing had been held"
    int k = first - 1;
    int skipped = 0;
    while (k >= 0 && ts.start(k) >= from && skipped < 3 && !vocab.content(ts.folded(k)) && !ts.capitalised(k)
        && ts.gapBefore(k + 1).isBlank()) {
      k--;
      skipped++;
    }
    if (skipped == 0 || k < 1 || ts.start(k - 1) < from || !noun(ts, k, vocab) || !definite(ts, k - 1, vocab)
        || !ts.gapBefore(k + 1).isBlank()) {
      return null;
    }
    return ts.folded(k);
  }

  /**
   * The owner of a nominal event, a lower-case noun in the possessive right before it after a
   * determiner ("the board's vote on 9 March", "the club's announcement"), folded without the
   * possessive, or null: the body the story names in full elsewhere ("Glenlea Health Board").
   */
  static String owner(AuditedArticle a, Cue p, int from, Vocab vocab) {
    Tokens ts = a.tokens();
    int k = ts.from(p.start()) - 1;
    if (k < 1 || ts.start(k - 1) < from || !definite(ts, k - 1, vocab) || !ts.gapBefore(k + 1).isBlank()) {
      return null;
    }
    String w = ts.folded(k);
    String bare = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w.endsWith("s'") ? w.substring(0, w.length() - 1) : null;
    return bare != null && !ts.capitalised(k) && bare.length() >= 3 && vocab.content(bare) ? bare : null;
  }

  /** A determiner before the noun ("the", "its": tagged determiner in {@code xs-function-words}), one phrase with it. */
  private static boolean definite(Tokens ts, int i, Vocab vocab) {
    return vocab.determiners.contains(Tokens.norm(ts.folded(i))) && ts.gapBefore(i + 1).isBlank();
  }

  private static boolean noun(Tokens ts, int i, Vocab vocab) {
    String w = ts.folded(i);
    return !ts.capitalised(i) && !ts.is(i, Tokens.NUMBER) && w.length() >= 4 && Character.isLetter(w.charAt(0))
        && vocab.content(w);
  }
}
