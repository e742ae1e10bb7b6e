package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Paragraph;
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

  /** Paragraphs holding a quotation. */
  private final boolean[] quoted;

  private final Persons persons;
  private final Pronouns pronouns;

  QuoteSieves(ArticleIndex x, Persons persons, Pronouns pronouns, Cues cues, Subjects subjects,
      Statements statements) {
    this.x = x;
    this.persons = persons;
    this.pronouns = pronouns;
    quoted = new boolean[x.article.paragraphs().size()];
    for (Quote q : x.article.quotes()) {
      quoted[q.paragraph()] = true;
    }
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
      a = dashLine(q);
    }
    if (a == null) {
      a = continued(q, last, lastQuote);
    }
    if (a == null) {
      a = partial(q, qs);
    }
    if (a == null && q.wordCount() > SHORT / 2) {
      a = nearest(q, qs);
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

  /** A quotation ending its paragraph, and the next paragraph a dash and a name ("— Bernie Sanders."). */
  private Attribution dashLine(Quote q) {
    int a = x.wordAtOrAfter(q.span().end());
    if (a >= x.size || x.paragraphOf(a) == q.paragraph() || x.paragraphOf(a) != q.paragraph() + 1) {
      return null;
    }
    var next = x.article.paragraphs().get(q.paragraph() + 1).span();
    String lead = x.text.substring(next.start(), x.words.start(a));
    if (!(lead.contains("-") || lead.contains("—") || lead.contains("–")) || lead.length() > 3) {
      return null;
    }
    int e = a;
    while (e + 1 < x.size && x.paragraphOf(e + 1) == x.paragraphOf(a) && !x.gapHas(e + 1, ",.;:") && e - a < 8) {
      e++;
    }
    Source s = subjects.phrase(a, e, true);
    return s.found() && s.person() != null ? of(q, s, null, true) : null;
  }

  /** A quotation continuing the last speaker: split around its tag, later in the paragraph, or alone after it. */
  private Attribution continued(Quote q, Attribution last, Quote lastQuote) {
    int qs = q.span().start();
    Paragraph p = x.article.paragraphs().get(q.paragraph());
    boolean opens = x.wordBefore(qs) < 0 || x.paragraphOf(x.wordBefore(qs)) != q.paragraph();
    if (last != null && lastQuote != null && (lastQuote.paragraph() == q.paragraph()
        || q.continued() || opens && q.paragraph() - lastQuote.paragraph() <= MAX_BACK_PARAGRAPHS
        && noProseBetween(lastQuote, q))) {
      return new Attribution(q.index(), last.person(), last.how().equals("vague") ? "vague" : "continuation", qs, qs);
    }
    int first = x.wordAtOrAfter(q.inner().start());
    if (!opens && first < x.size && x.sentenceOf(first) >= 0
        && x.wordAtOrAfter(x.article.sentences().get(x.sentenceOf(first)).span().start()) == first) {
      // a quotation opening a sentence after a statement in its paragraph: "Cruz tweeted a warning. “…”"
      Statement st = statements.lastBefore(p, qs);
      if (st != null && st.person() != null) {
        return new Attribution(q.index(), st.person(), "continuation", qs, qs);
      }
    }
    if (opens) {
      // the paragraph before ends in indirect speech: "Smith said the plan was dead. / “It is over.”"
      for (int pi = q.paragraph() - 1; pi >= Math.max(0, q.paragraph() - 1); pi--) {
        Statement st = statements.lastIn(x.article.paragraphs().get(pi));
        if (st != null && st.person() != null) {
          return new Attribution(q.index(), st.person(), "continuation", qs, qs);
        }
      }
    }
    return null;
  }

  /** No paragraph of the outlet's own prose (without a quotation) stands between two quotations. */
  private boolean noProseBetween(Quote a, Quote b) {
    for (int pi = a.paragraph() + 1; pi < b.paragraph(); pi++) {
      Paragraph p = x.article.paragraphs().get(pi);
      if (p.kind() == Paragraph.Kind.BODY && !hasQuote(pi)) {
        return false;
      }
    }
    return true;
  }

  private boolean hasQuote(int paragraph) {
    return quoted[paragraph];
  }

  /**
   * A quotation inside a sentence whose clause has a speaker: a short phrase in a sentence whose
   * verb of saying has a speaker, or the person (for a longer quotation also the organisation)
   * the clause is about ("Bush referred to Rubio as “a bright, charismatic leader”").
   */
  private Attribution partial(Quote q, int qs) {
    int first = x.wordAtOrAfter(q.inner().start());
    int sent = x.sentenceOf(first);
    if (q.wordCount() <= SHORT) {
      for (Match c : cues.in(sent)) {
        Source s = statements.subjectOf(c);
        if (s.found() && s.person() != null) {
          return of(q, s, c, false);
        }
      }
    }
    int b = x.wordBefore(qs);
    if (b < 0 || x.sentenceOf(b) != sent && !x.gapHas(b + 1, ":") || x.paragraphOf(b) != q.paragraph()) {
      return null;
    }
    Source s = subjects.mainClause(b + 1);
    boolean person = s.kind().equals("name") || s.kind().equals("pronoun")
        || s.kind().equals("role") && s.description().definite(); // "The president campaigned on … “on day one”"
    boolean org = (s.kind().equals("org") || s.kind().equals("role")) && q.wordCount() > SHORT / 2;
    if (s.found() && s.person() != null && (person || org)) {
      return new Attribution(q.index(), s.person(), q.wordCount() <= SHORT ? "partial" : "before",
          x.words.start(s.first()), x.words.end(s.last()));
    }
    return null;
  }

  /**
   * The last sieve (least precise): the person named last before the quotation in its paragraph or
   * the paragraph before, outside quotations. A short phrase never gets one (it may be a scare quote).
   */
  private Attribution nearest(Quote q, int qs) {
    Mention best = null;
    int from = x.article.paragraphs().get(Math.max(0, q.paragraph() - 1)).span().start();
    for (Mention m : persons.mentions) {
      if (!m.quoted() && m.start() >= from && m.end() <= qs && (best == null || m.start() > best.start())) {
        best = m;
      }
    }
    int pron = -1;
    for (int k = x.wordBefore(qs); k >= 0 && x.words.start(k) >= from && pron < 0; k--) {
      String t = x.tag(k, Lists.FUNCTION);
      if (!x.quoted(k) && ("pron-m".equals(t) || "pron-f".equals(t))) {
        pron = k;
      }
    }
    if (pron >= 0 && (best == null || x.words.start(pron) > best.start())) {
      return new Attribution(q.index(), pronouns.resolve(pron), "pronoun", x.words.start(pron), x.words.end(pron));
    }
    return best == null ? null : new Attribution(q.index(), best.person(), "nearest", best.start(), best.end());
  }

  private int firstWordOf(int sent) {
    if (sent < 0) {
      return -1;
    }
    return x.wordAtOrAfter(x.article.sentences().get(sent).span().start());
  }

  private Attribution of(Quote q, Source s, Match cue, boolean afterQuote) {
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
