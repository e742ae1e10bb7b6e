package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * The speech tag right after a quotation, the most precise sieve of {@link QuoteSieves}: "…,"
 * Smith said / said Smith / the spokeswoman for the ministry said / Gallup's Jeffrey M. Jones
 * wrote in April / according to X, within the quotation's sentence (or a tag sentence of its own:
 * "…." Smith said.). A tag is {@link Tag#tight() tight} when its speaker or its verb starts right
 * after the quotation and the verb takes no clause of its own ("…," one of the prosecutors said
 * the case …, is not): a loose tag further on loses to a verb of saying before the quotation. In
 * these tight positions the position is the evidence, so a verb the lexicons do not know
 * ("…," Smith quipped / "…," interjected Smith) still tags the quotation. Not shared between
 * threads.
 */
final class TagSieves {
  /** Words after a quotation in which its tag is looked for. */
  private static final int MAX_TAG = 24;
  /** Words a tag sentence of its own may hold before and after its verb ("Smith said on Monday."). */
  private static final int MAX_TAG_SENTENCE = 6;
  /** Words a quotation inside a tag may hold ("Bill Eastland, wearing “Ted Cruz” pins, said"). */
  private static final int SHORT_INNER = 4;

  /** A tag found after a quotation and whether it is tight. */
  record Tag(Attribution at, boolean tight) {}

  private final Credits credits;
  private final ArticleIndex x;
  private final Cues cues;
  private final Subjects subjects;
  private final Statements statements;
  private final PositionalTags positional;
  private final Relays relays;

  TagSieves(Credits credits, ArticleIndex x, Cues cues, Subjects subjects, Statements statements, Relays relays) {
    this.credits = credits;
    this.x = x;
    this.cues = cues;
    this.subjects = subjects;
    this.statements = statements;
    this.positional = new PositionalTags(credits, x, subjects);
    this.relays = relays;
  }

  /** The tag after {@code q}: no sentence end, line break or other quotation between, or null. */
  Tag after(Quote q) {
    int qe = q.span().end();
    int a = x.wordAtOrAfter(qe);
    if (a >= x.size || x.quoted(a) || x.paragraphOf(a) != q.paragraph() || !clear(qe, x.words.start(a))) {
      return null;
    }
    int lastInside = x.wordBefore(q.inner().end());
    boolean newSentence = lastInside >= 0 && x.sentenceOf(lastInside) != x.sentenceOf(a) && endsSentence(q);
    if ("agent".equals(x.tag(a, Lists.PASSIVE)) && !newSentence) {
      // “The Living Room to close,” by Times' Ben Sisario: a piece and its author
      Source by = subjects.right(a);
      return by.kind().equals("name") ? new Tag(credits.of(q, by, null, true), true) : null;
    }
    int sent = x.sentenceOf(a);
    for (int k = a; k < Math.min(x.size, a + MAX_TAG); k++) {
      if (k > a) {
        if (x.sentenceOf(k) != sent && (!x.gapHas(k, ";:!?\n") || x.paragraphOf(k) != q.paragraph())) {
          break; // the tag sentence (or paragraph) ends with no known verb: "…," an angry Hollande retaliated.
        }
        if (x.sentenceOf(k) != sent || x.gapHas(k, ";:!?\n")) {
          return null;
        }
        if (x.quoted(k)) {
          int end = innerEnd(k);
          if (end < 0) {
            return null;
          }
          k = end;
          continue;
        }
        if (x.from(k, Lists.TAG_VERBS) != null) {
          return newSentence ? null : positional(q, a); // "…," Trump went on, as if he didn't hear her.
        }
        if ("sub".equals(x.function(k)) && x.spaced(k)) {
          return null; // "… “artful smear” regarding her links while Sanders suggests": another clause's verb
        }
      }
      Match cue = cueAt(k);
      if (cue == null) {
        continue;
      }
      if (newSentence && !(k - a <= MAX_TAG_SENTENCE && tagOnly(cue))) {
        return null; // “We lost.” T-shirts appeared …: a new sentence, not the quotation's tag
      }
      if (!newSentence && k == a + 1 && asksOrExclaims(q) && x.capitalised(a) && x.function(a) != null && x.function(a).startsWith("pron")
          && ownContent(cue)) {
        return null; // “… for the long run!” She replied to him that …: a new sentence with words of its own
      }
      boolean according = cues.accordingTo(cue);
      boolean participle = x.folded(cue.first()).endsWith("ing") && !according;
      if (participle && k > a && !x.gapHas(cue.first(), ",;—–")) {
        continue; // "…,” a nod to the front-runner acknowledging that …": a participle of the phrase, no tag
      }
      Source s;
      if (participle) {
        s = statements.subjectOf(cue);
      } else if (according || k == a) {
        s = according ? relays.source(cue) : appositiveName(subjects.right(cue.last()));
        if (!s.found() && k == a) {
          s = subjects.left(cue.first());
        }
      } else {
        s = inverted(cue);
        if (s == null) {
          s = statements.subjectOf(cue); // "…," Smith said / "…" in its dealings with Asia, Smith said
        }
      }
      if (!s.found()) {
        return null;
      }
      boolean tight = k == a || s.first() == a && !clauseAfter(cue);
      Match relay = according ? null : relays.of(cue, s); // "…," Sanders said, according to CNN
      return relay != null ? new Tag(credits.of(q, relays.source(relay), relay, true), tight)
          : new Tag(credits.of(q, s, cue, true), tight);
    }
    return newSentence ? null : positional(q, a);
  }

  private Tag positional(Quote q, int a) {
    Attribution at = positional.tag(q, a);
    return at == null ? null : new Tag(at, true);
  }

  /** A verb the lexicons do not know right before the quotation ({@link PositionalTags#before}), or null. */
  Attribution before(Quote q) {
    return positional.before(q);
  }

  /**
   * "… “velvet gloves” in its dealings with Central Asia, said Nargis Kassenova, an expert at …":
   * after a comma the verb comes first and the name right after it, closed by a comma or the
   * sentence end, is the speaker (a name before the comma is the clause's, not the tag's). Null
   * when the words after the verb are no closed name.
   */
  private Source inverted(Match cue) {
    int f = cue.first();
    if (x.gapHas(f, ",") && cue.last() + 1 < x.size && !x.capitalised(cue.last() + 1) && x.function(cue.last()) == null) {
      return roleThenName(cue); // "…, said the bureau's director, James B. Comey, on Monday."
    }
    if (!x.gapHas(f, ",") || cue.last() + 1 >= x.size || !x.capitalised(cue.last() + 1) || x.function(cue.last()) != null) {
      return null;
    }
    Source r = subjects.right(cue.last());
    if (!r.kind().equals("name") || r.first() != cue.last() + 1) {
      return null;
    }
    return closedAfter(r.last()) ? r : null;
  }

  /** Whether a comma, a stop or the sentence's end follows word {@code last}: the tag's speaker ends there. */
  private boolean closedAfter(int last) {
    int e = last + 1;
    return e >= x.size || x.sentenceOf(e) != x.sentenceOf(last) || x.gapHas(e, ",.;:");
  }

  /**
   * "…, said the bureau's director, James B. Comey, on Monday": a role after the verb and the name in
   * apposition after it, closed by a comma or the sentence end, is the speaker. Null otherwise.
   */
  private Source roleThenName(Match cue) {
    Source r = subjects.right(cue.last());
    Source n = appositiveName(r);
    return n != r ? n : null;
  }

  /**
   * The name in apposition after a role or described phrase right of the verb ("“…,” said the
   * captain, Tom Aldridge, who …", "said the team's doctor, Ana Ruiz."), closed by a comma or the
   * sentence end, or {@code r} itself when there is none.
   */
  private Source appositiveName(Source r) {
    if (!r.found() || !r.kind().equals("role") && !r.kind().equals("described")) {
      return r;
    }
    int last = complementEnd(r.last());
    if (last + 1 >= x.size || !x.gapHas(last + 1, ",") || x.sentenceOf(last + 1) != x.sentenceOf(r.last())) {
      return r;
    }
    Source n = subjects.right(last);
    return n.kind().equals("name") && n.first() == last + 1 && closedAfter(n.last()) ? n : r;
  }

  /**
   * The last word of a role's "of" complement closed by a comma ("the bank's head of research, Anna
   * Price", "the council's director of the housing service, …"): at most three lower-case words
   * or articles; {@code last} itself when there is none.
   */
  private int complementEnd(int last) {
    if (last + 2 >= x.size || !"of".equals(x.folded(last + 1)) || x.gapHas(last + 1, ",")) {
      return last;
    }
    int k = last + 2;
    while (k < x.size && k - last - 2 < 3 && !x.gapHas(k, ",") && !x.capitalised(k) && x.sentenceOf(k) == x.sentenceOf(last)
        && (x.function(k) == null || Lists.definite(x.function(k)))) {
      k++;
    }
    return k > last + 2 && k < x.size && x.gapHas(k, ",") ? k - 1 : last;
  }

  /**
   * The verb takes a clause of its own ("… said the case was …", "… said that …", "… said he
   * …"): then it is no tag of the quotation before it. "Told" takes its hearer as object.
   */
  private boolean clauseAfter(Match cue) {
    int k = cue.last() + 1;
    String term = cue.entry().term();
    if (k >= x.size || !x.spaced(k) || x.sentenceOf(k) != x.sentenceOf(cue.last()) || term.startsWith("tel")
        || term.startsWith("told")) {
      return false;
    }
    String t = x.function(k);
    return "rel".equals(t) && x.role(k, "complementizer") || t != null && (t.startsWith("pron") || Lists.definite(t)
        || "indef".equals(t) || t.startsWith("poss"));
  }

  /** The last word of the short quotation holding word {@code k} (a title or phrase inside a tag), or -1. */
  private int innerEnd(int k) {
    int qi = x.quoteOf(k);
    Quote inner = x.article.quotes().get(qi);
    if (inner.wordCount() > SHORT_INNER) {
      return -1;
    }
    int e = k;
    while (e + 1 < x.size && x.quoteOf(e + 1) == qi) {
      e++;
    }
    return e;
  }

  /** The sentence of the cue is nothing but a speech tag ("Trump said."): a few words after the cue. */
  private boolean tagOnly(Match cue) {
    int s = x.sentenceOf(cue.first());
    int k = cue.last() + 1;
    int n = 0;
    while (k < x.size && x.sentenceOf(k) == s && n <= MAX_TAG_SENTENCE) {
      if (x.quoted(k)) {
        return false; // the verb's own quotation: T-shirts that said “We won.”
      }
      k++;
      n++;
    }
    return n <= MAX_TAG_SENTENCE;
  }

  /** The quotation's words end with a question or exclamation mark. */
  private boolean asksOrExclaims(Quote q) {
    int e = q.inner().end();
    return e > q.inner().start() && "?!".indexOf(x.text.charAt(e - 1)) >= 0;
  }

  /** The cue's clause reports words of its own: a quotation or a "that" clause soon after it. */
  private boolean ownContent(Match cue) {
    int s = x.sentenceOf(cue.first());
    for (int k = cue.last() + 1; k < Math.min(x.size, cue.last() + 1 + MAX_TAG_SENTENCE) && x.sentenceOf(k) == s; k++) {
      if (x.quoted(k) || x.role(k, "complementizer") && k <= cue.last() + 3) {
        return true;
      }
    }
    return false;
  }

  /** The quotation's words end with a full stop (a question or exclamation may still take a tag after it). */
  private boolean endsSentence(Quote q) {
    int e = q.inner().end();
    return e > q.inner().start() && x.text.charAt(e - 1) == '.';
  }

  private Match cueAt(int k) {
    Match m = x.from(k, Lists.VERBS);
    if (m == null || cues.belief(m)) {
      return null;
    }
    if (cues.usable(m)) {
      return m;
    }
    // "…,” Murphy, the head of the group, Tweeted on Friday": a capitalised verb after a comma-closed name
    return x.capitalised(k) && !x.initial(k) && x.gapHas(k, ",") ? m : null;
  }

  /** No sentence end, line break, colon or semicolon in text {@code [from, to)}. */
  private boolean clear(int from, int to) {
    for (int i = from; i < to; i++) {
      if (".!?;:\n".indexOf(x.text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
