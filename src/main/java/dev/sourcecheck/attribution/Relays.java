package dev.sourcecheck.attribution;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * A speech tag reported in turn by another source: "…," Sanders said, according to CNN / "…,"
 * Walker said, according to an Associated Press account / "…," the pope told reporters, according
 * to Reuters, during …. The outlet or document after "according to" is the quotation's source of
 * record, the one a reader can check (PolNeAR labels it so, every time on its tune split): the
 * writer did not hear the words, the outlet did. Not shared between threads.
 */
final class Relays {
  /** Words after the tag's speaker in which "according to" is looked for ("said Monday in Cheyenne, according to"). */
  private static final int MAX_REST = 12;

  private final ArticleIndex x;
  private final Cues cues;
  private final Subjects subjects;

  Relays(ArticleIndex x, Cues cues, Subjects subjects) {
    this.x = x;
    this.cues = cues;
    this.subjects = subjects;
  }

  /**
   * The "according to" cue after a comma later in the tag's sentence, past {@code cue} and its
   * speaker {@code s}, whose source is named (a name or an organisation: "according to a transcript"
   * names no one the reader could check, and leaves the quotation to its speaker); null when none.
   */
  Match of(Match cue, Source s) {
    int from = Math.max(cue.last(), s.last()) + 1;
    int sent = x.sentenceOf(cue.last());
    for (int k = from; k < Math.min(x.size, from + MAX_REST) && x.sentenceOf(k) == sent; k++) {
      if (x.quoted(k) || x.gapHas(k, ";:!?\n")) {
        return null;
      }
      Match m = x.from(k, Lists.VERBS);
      if (m != null && cues.accordingTo(m) && cues.usable(m)) {
        Source by = x.gapHas(k, ",") ? subjects.right(m.last()) : Source.NONE;
        return (by.kind().equals("name") || by.kind().equals("org")) && named(by) ? m : null;
      }
    }
    return null;
  }

  /** A capitalised word in the source's phrase: "CNN", "an Associated Press account", not "a transcript". */
  private boolean named(Source by) {
    for (int k = by.first(); k <= by.last(); k++) {
      if (x.capitalised(k)) {
        return true;
      }
    }
    return false;
  }
}
