package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each direct quotation its speaker, after the two-stage sieves of Muzny et al. (2017),
 * most precise first: (1) the tag right after the quotation ("…," Smith said / said Smith / the
 * spokeswoman said / he said / according to X); (2) the tag before it in its sentence (Smith
 * said: "…"; Smith told reporters "…"); (3) a colon introduction with no verb ("Hoff's letter
 * makes the case: …"); (4) a quotation split around its tag, or following an attributed one in
 * its paragraph, continues that speaker; (5) a quotation opening its paragraph with no tag
 * continues the speaker of the paragraph before (a quotation or indirect speech); (6) a short
 * quoted phrase in a sentence whose verb of saying has a speaker is that speaker's, a longer one
 * the person its clause is about; (7) last, the person named nearest before it. Not shared
 * between threads.
 */
final class QuoteSieves {
  /** Words after a quotation in which its tag is looked for; paragraphs a continuation reaches back. */
  private static final int MAX_TAG = 24;
  private static final int MAX_BACK_PARAGRAPHS = 2;
  private static final int SHORT = 8;

  private final ArticleIndex x;
  private final Cues cues;
  private final Subjects subjects;
  private final Statements statements;

  private final ContextSieves context;

  private final Persons persons;
  private final Pronouns pronouns;

  QuoteSieves(ArticleIndex x, Persons persons, Pronouns pronouns, Cues cues, Subjects subjects,
      Statements statements) {
    this.x = x;
    this.persons = persons;
    this.pronouns = pronouns;
    this.context = new ContextSieves(this, x, persons, pronouns, cues, subjects, statements);
    this.cues = cues;
    this.subjects = subjects;
    this.statements = statements;
  }

  List<Attribution> run() {
    List<Attribution> out = new ArrayList<>();
    Attribution last = null;
    Quote lastQuote = null;
    for (Quote q : x.article.quotes()) {
      Attribution a = attribute(q, last, lastQuote);
      out.add(a);
      if (a.person() != null || a.how().equals("vague") || a.how().equals("pronoun")) {
        last = a;
        lastQuote = q;
      }
    }
    return out;
  }

  private Attribution attribute(Quote q, Attribution last, Quote lastQuote) {
    int qs = q.span().start();
    int qe = q.span().end();
    int inFirst = x.wordAtOrAfter(q.inner().start());
    if (inFirst >= x.size || x.paragraphOf(inFirst) < 0) {
      return none(q);
    }
    Attribution a = after(q, qe);
    if (a == null) {
      a = before(q, qs);
    }
    if (a == null) {
      a = colon(q, qs);
    }
    if (a == null) {
      a = context.dashLine(q);
    }
    if (a == null) {
      a = context.continued(q, last, lastQuote);
    }
    if (a == null) {
      a = context.partial(q, qs);
    }
    if (a == null && q.wordCount() > SHORT / 2) {
      a = context.nearest(q, qs);
    }
    return a != null ? a : none(q);
  }

  private static Attribution none(Quote q) {
    return new Attribution(q.index(), null, "none", -1, -1);
  }

  /** The tag right after the quotation: no sentence end, line break or other quotation between. */
  private Attribution after(Quote q, int qe) {
    int a = x.wordAtOrAfter(qe);
    if (a >= x.size || x.quoted(a) || x.paragraphOf(a) != q.paragraph() || !clear(qe, x.words.start(a))) {
      return null;
    }
    int lastInside = x.wordBefore(q.inner().end());
    boolean newSentence = lastInside >= 0 && x.sentenceOf(lastInside) != x.sentenceOf(a) && endsSentence(q);
    if ("agent".equals(x.tag(a, Lists.PASSIVE)) && !newSentence) {
      // “The Living Room to close,” by Times' Ben Sisario: a piece and its author
      Source by = subjects.right(a);
      if (by.kind().equals("name")) {
        return of(q, by, null, true);
      }
    }
    for (int k = a; k < Math.min(x.size, a + MAX_TAG); k++) {
      if (x.quoted(k) || k > a && !clear(x.words.end(k - 1), x.words.start(k))) {
        return null;
      }
      Match cue = cueAt(k);
      if (cue == null) {
        continue;
      }
      if (newSentence && !tagOnly(cue)) {
        return null; // “We lost.” T-shirts appeared …: a new sentence, not the quotation's tag
      }
      boolean participle = x.folded(cue.first()).endsWith("ing") && !cues.accordingTo(cue);
      Source s = participle ? statements.subjectOf(cue)
          : cues.accordingTo(cue) || k == a ? subjects.right(cue.last()) : subjects.left(cue.first());
      if (!s.found() && k == a && !participle) {
        s = subjects.left(cue.first());
      }
      return s.found() ? of(q, s, cue, true) : null;
    }
    return null;
  }

  /** The tag before the quotation in its sentence (the nearest cue, no other quotation between). */
  private Attribution before(Quote q, int qs) {
    int first = x.wordAtOrAfter(q.inner().start());
    int sent = x.sentenceOf(first);
    int b = x.wordBefore(qs);
    if (b < 0 || x.sentenceOf(b) != sent && !x.gapHas(b + 1, ":")) {
      sent = b < 0 ? -1 : x.sentenceOf(b);
      if (b < 0 || !x.gapHas(b + 1, ":") || x.paragraphOf(b) != q.paragraph()) {
        return null;
      }
    }
    Match best = null;
    for (Match c : cues.in(sent)) {
      if (c.last() <= b && !quoteBetween(x.words.end(c.last()), qs)) {
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    Source s = cues.accordingTo(best) ? subjects.right(best.last()) : statements.subjectOf(best);
    return s.found() ? of(q, s, best, false) : null;
  }

  /**
   * "Hoff's letter makes the case: “…”": the subject of the sentence a colon opens the quotation
   * with, in its paragraph or ending the paragraph before ("released the following statement:").
   */
  private Attribution colon(Quote q, int qs) {
    int b = x.wordBefore(qs);
    if (b < 0 || !x.gapHas(b + 1, ":") || x.quoted(b) || x.paragraphOf(b) != q.paragraph()
        && x.paragraphOf(b) != q.paragraph() - 1) {
      return null;
    }
    int s = b;
    while (s - 1 >= 0 && x.sentenceOf(s - 1) == x.sentenceOf(b) && !x.quoted(s - 1) && b - s < 30) {
      s--;
    }
    Source src = subjects.phrase(s, b, true);
    if (!src.found()) {
      return null;
    }
    return of(q, src, null, false);
  }

  /** The attribution of {@code q} to the speaker {@code s} of {@code cue} (null for a colon or dash line). */
  Attribution of(Quote q, Source s, Match cue, boolean afterQuote) {
    int cs = cue == null ? x.words.start(s.first()) : cue.start();
    int ce = cue == null ? x.words.end(s.last()) : cue.end();
    if (s.kind().equals("described")) {
      return new Attribution(q.index(), null, "vague", cs, ce);
    }
    String how;
    if (cue != null && cues.accordingTo(cue)) {
      how = "according-to";
    } else if (s.kind().equals("pronoun")) {
      how = "pronoun";
    } else if (inStatement(q)) {
      how = "statement";
    } else {
      how = afterQuote ? "after" : "before";
    }
    return new Attribution(q.index(), s.person(), how, cs, ce);
  }

  private boolean inStatement(Quote q) {
    int sent = x.sentenceOf(x.wordAtOrAfter(q.inner().start()));
    if (sent < 0) {
      return false;
    }
    var span = x.article.sentences().get(sent).span();
    for (int k = x.wordAtOrAfter(span.start()); k < x.size && x.words.start(k) < span.end(); k++) {
      if (!x.quoted(k) && "statement".equals(x.tag(k, Lists.ORGS))) {
        return true;
      }
    }
    return false;
  }

  /** The sentence of the cue is nothing but a speech tag ("Trump said."): a few words after the cue. */
  private boolean tagOnly(Match cue) {
    int s = x.sentenceOf(cue.first());
    int k = cue.last() + 1;
    int n = 0;
    while (k < x.size && x.sentenceOf(k) == s && n <= MAX_TAG_TAIL) {
      k++;
      n++;
    }
    return n <= MAX_TAG_TAIL;
  }

  private static final int MAX_TAG_TAIL = 6;

  /** The quotation's words end with a full stop (a question or exclamation may still take a tag after it). */
  private boolean endsSentence(Quote q) {
    int e = q.inner().end();
    return e > q.inner().start() && x.text.charAt(e - 1) == '.';
  }

  private Match cueAt(int k) {
    Match m = x.from(k, Lists.VERBS);
    return m != null && cues.usable(m) && !cues.belief(m) ? m : null;
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

  private boolean quoteBetween(int from, int to) {
    for (int k = x.wordAtOrAfter(from); k < x.size && x.words.start(k) < to; k++) {
      if (x.quoted(k)) {
        return true;
      }
    }
    return false;
  }
}
