package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * A speech tag reported in turn by another source: "…," Sanders said, according to CNN / "…,"
 * Walker said, according to an Associated Press account / "…," the pope told reporters, according
 * to Reuters, during …. The outlet or document after "according to" is the quotation's source of
 * record, the one a reader can check (PolNeAR labels it so, every time on its tune split): the
 * writer did not hear the words, the outlet did. Likewise an organisation's report closing the
 * quotation's sentence ("…” referring to his vow, the Chicago Tribune reports."). Not shared
 * between threads.
 */
final class Relays {
  /** Words after the tag's speaker in which "according to" is looked for ("said Monday in Cheyenne, according to"). */
  private static final int MAX_REST = 12;
  /** Words after a closing report's verb before the sentence ends ("reported in 1991", "reported earlier this month"). */
  private static final int MAX_ADJUNCT = 4;
  /** Words of a document's phrase after "according to" before its participle's "by" ("excerpts of his speech released by"). */
  private static final int MAX_DOCUMENT = 8;
  /** Lower-case nouns after a named source before the comma of "According to X," ("White House pool reports"). */
  private static final int MAX_HEAD_NOUNS = 3;

  private final ArticleIndex x;
  private final Cues cues;
  private final Subjects subjects;
  private final Credits credits;

  Relays(ArticleIndex x, Cues cues, Subjects subjects, Credits credits) {
    this.x = x;
    this.cues = cues;
    this.subjects = subjects;
    this.credits = credits;
  }

  /**
   * The quotation's sentence opens with "According to X," and the quotation stands after that comma:
   * "According to GMA News, Salceda said the “ugliness of utterances” …", "According to White House
   * pool reports, Obama said “…”": X, when named, or described with no verb of saying of its own
   * after the comma ("According to one GP, who asked not to be named, …": a vague source); null otherwise.
   */
  Attribution opening(Quote q) {
    int first = x.wordAtOrAfter(q.inner().start());
    int sent = first < x.size ? x.sentenceOf(first) : -1;
    if (sent < 0) {
      return null;
    }
    int s0 = x.wordAtOrAfter(x.article.sentences().get(sent).span().start());
    Match m = x.from(s0, Lists.VERBS);
    if (m == null || !cues.accordingTo(m) || !cues.usable(m) || x.quoted(s0)) {
      return null;
    }
    Source by = source(m);
    int after = by.found() ? by.last() + 1 : -1;
    while (after > 0 && after < first && after - by.last() <= MAX_HEAD_NOUNS && !x.gapHas(after, ",") && !x.capitalised(after)
        && x.function(after) == null && !x.quoted(after)) {
      after++; // "According to White House pool reports,": the head nouns after the named modifier
    }
    if (!checkable(by) && !(by.kind().equals("described") && noCueBetween(after, first, sent)) || after >= first || !x.gapHas(after, ",") || x.quoted(after - 1)) {
      return null;
    }
    return credits.of(q, by, m, false);
  }

  /**
   * No verb of saying in the last comma-delimited clause of words {@code [from, to)} of sentence
   * {@code sent}: "According to the report, Smith said" has one.
   */
  private boolean noCueBetween(int from, int to, int sent) {
    for (int k = to - 1; k > from; k--) {
      if (x.gapHas(k, ",")) {
        from = k; // the clause the quotation stands in, not an aside on the source ("one GP, who asked not to be named,")
        break;
      }
    }
    for (Match c : cues.in(sent)) {
      if (c.first() >= from && c.last() < to) {
        return false;
      }
    }
    return true;
  }

  /** A source a reader can look up: a name, an organisation or a role phrase with a capitalised word. */
  private boolean checkable(Source by) {
    return by.found() && (by.kind().equals("name") || by.kind().equals("org") || by.kind().equals("role")) && named(by);
  }

  /**
   * The quotation's sentence closes with an organisation's report after a comma or the quotation:
   * "…,” the Orlando Sentinel reported." / "…” referring to …, the Chicago Tribune reports." / "…,”
   * said Kristen Day, …, reports USA Today." / "… “influence peddling,” The Washington Post reported
   * in 1991.", with at most a short adjunct after the verb and no clause of its own; null otherwise.
   */
  Attribution closing(Quote q) {
    int last = x.wordBefore(q.inner().end());
    if (last < 0 || x.sentenceOf(last) < 0) {
      return null;
    }
    int sent = x.sentenceOf(last);
    int end = last;
    while (end + 1 < x.size && x.sentenceOf(end + 1) == sent) {
      end++;
    }
    for (int k = end; k > last && end - k <= MAX_ADJUNCT + 1; k--) {
      if (x.quoted(k)) {
        return null;
      }
      Match m = x.from(k, Lists.REPORTS);
      if (m == null || m.last() > end || m.last() < end - MAX_ADJUNCT || x.capitalised(k)
          || m.last() < end && !adjunct(m.last() + 1)) {
        continue;
      }
      boolean inverted = x.gapHas(k, ",");
      Source s = inverted ? subjects.right(m.last()) : subjects.left(k);
      if (!s.found() || !(s.kind().equals("name") || s.kind().equals("org")) || !named(s)) {
        continue; // "Right Wing Watch first reported": the longer entry starts a word before
      }
      int start = s.first() - 1 > last && Lists.definite(x.function(s.first() - 1)) ? s.first() - 1 : s.first();
      boolean closed = inverted ? s.last() == end : start > last && (x.gapHas(start, ",") || x.quoted(start - 1));
      if (closed) {
        return credits.of(q, s, m, true);
      }
    }
    return null;
  }

  /** Word {@code k} opens an adjunct, not a clause of the verb before it ("in 1991", "earlier this month", not "that …"). */
  private boolean adjunct(int k) {
    String t = x.function(k);
    return "prep".equals(t) || "time".equals(t) || "adv".equals(t) || x.gapHas(k, ",");
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
        Source by = x.gapHas(k, ",") ? source(m) : Source.NONE;
        return checkable(by) ? m : null;
      }
    }
    return null;
  }

  /**
   * The source of an "according to" cue: the phrase after it, or for an unnamed document the named
   * agent of the participle after it ("according to a court document filed by state attorney Dave
   * Aronberg", "a copy of the letter reviewed by The Post", "audio provided by Wyoming Public Radio").
   */
  Source source(Match according) {
    Source s = subjects.right(according.last());
    if (s.found() && named(s)) {
      return s;
    }
    int sent = x.sentenceOf(according.last());
    int from = s.found() ? s.last() + 1 : according.last() + 1;
    for (int k = from; k < Math.min(x.size, from + MAX_DOCUMENT) && x.sentenceOf(k) == sent; k++) {
      if (x.quoted(k) || x.gapHas(k, ",;:")) {
        return s;
      }
      if (k == from && x.role(k, "partitive") && s.found()) {
        Source of = subjects.right(k); // "according to an archived version of the Eric Trump Foundation website"
        if ((of.kind().equals("name") || of.kind().equals("org")) && named(of)) {
          return of;
        }
      }
      if ("agent".equals(x.tag(k, Lists.PASSIVE)) && participle(k - 1)) {
        Source by = subjects.right(k);
        return (by.kind().equals("name") || by.kind().equals("org")) && named(by) ? by : s;
      }
    }
    return s;
  }

  /** Word {@code k} is a lower-case participle ("filed", "reviewed", "released"). */
  private boolean participle(int k) {
    return k >= 0 && !x.capitalised(k) && x.function(k) == null && x.folded(k).endsWith("ed");
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
