package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.budget.Deadline;
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
  /** Words a quotation may hold to be a partial quotation of its sentence's speaker. */
  private static final int SHORT = 8;
  /** Words looked back over for the subordinator opening a clause (every window is capped). */
  private static final int MAX_CLAUSE = 30;
  /** Words between a verb of saying and the pronoun opening its reported clause ("told reporters that he"). */
  private static final int MAX_REPORTED_GAP = 4;

  private final ArticleIndex x;
  private final Cues cues;
  private final Subjects subjects;
  private final Statements statements;

  private final ContextSieves context;
  private final TagSieves tags;

  private final Persons persons;
  private final Pronouns pronouns;

  QuoteSieves(ArticleIndex x, Persons persons, Pronouns pronouns, Cues cues, Subjects subjects,
      Statements statements) {
    this.x = x;
    this.persons = persons;
    this.pronouns = pronouns;
    this.context = new ContextSieves(this, x, persons, pronouns, cues, subjects, statements);
    this.tags = new TagSieves(this, x, cues, subjects, statements);
    this.cues = cues;
    this.subjects = subjects;
    this.statements = statements;
  }

  List<Attribution> run() {
    List<Attribution> out = new ArrayList<>();
    Attribution last = null;
    Quote lastQuote = null;
    Deadline deadline = Deadline.current();
    for (Quote q : x.article.quotes()) {
      deadline.tick();
      Attribution a = attribute(q, last, lastQuote);
      out.add(a);
      if (a.person() != null || a.how().equals("vague") || a.how().equals("pronoun")) {
        last = a;
        lastQuote = q;
      }
    }
    context.shareForward(out);
    return out;
  }

  private Attribution attribute(Quote q, Attribution last, Quote lastQuote) {
    int qs = q.span().start();
    int inFirst = x.wordAtOrAfter(q.inner().start());
    if (inFirst >= x.size || x.paragraphOf(inFirst) < 0) {
      return none(q);
    }
    TagSieves.Tag after = tags.after(q);
    if (after != null && after.tight()) {
      return after.at();
    }
    Attribution a = before(q, qs);
    if (a != null && a.cueEnd() >= 0) {
      // "She said that experts found her plans strong, to which O'Malley interjected: “…”": a verb the lists do
      // not know right before the quotation is nearer than the known verb of saying before it
      Attribution nearer = tags.before(q);
      if (nearer != null && nearer.person() != null && nearer.cueStart() > a.cueEnd()) {
        a = nearer;
      }
    }
    if (a == null && after != null) {
      a = after.at(); // a tag further on, when no verb of saying stands before the quotation
    }
    if (a == null) {
      a = colon(q, qs);
    }
    if (a == null) {
      a = tags.before(q);
    }
    if (a == null) {
      a = context.dashLine(q);
    }
    if (a == null && !q.continued() && !opensSentence(q)) {
      // "Christie refers to him as “Mr. Trump,” while Trump refers to the governor as “Chris.”": a quotation
      // inside a sentence is first that sentence's, then a continuation of the quotation before
      a = context.partial(q, qs);
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

  /** The quotation's first word opens its sentence. */
  private boolean opensSentence(Quote q) {
    int first = x.wordAtOrAfter(q.inner().start());
    int sent = first < x.size ? x.sentenceOf(first) : -1;
    return sent < 0 || x.wordAtOrAfter(x.article.sentences().get(sent).span().start()) == first;
  }

  private static Attribution none(Quote q) {
    return new Attribution(q.index(), null, "none", -1, -1);
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
    Match outer = null;
    for (Match c : cues.in(sent)) {
      if (c.last() <= b && !quoteBetween(x.words.end(c.last()), qs)) {
        best = c;
        if (outer == null && !cues.accordingTo(c)) {
          outer = c;
        }
      }
    }
    Match passive = passiveBefore(sent, best == null ? -1 : best.last(), b, qs);
    if (passive != null) {
      return of(q, subjects.passiveAgent(passive), passive, false);
    }
    if (best == null) {
      return null;
    }
    Source s = cues.accordingTo(best) ? subjects.right(best.last()) : speakerOf(best);
    if (outer != null && outer != best && s.found() && s.first() > outer.last()) {
      // "Trump said that Romney begged him … and “would have dropped to his knees”", "Westmacott said that
      // Obama shows “great charm”": the nearer verb is inside what the first speaker reports
      Source o = speakerOf(outer);
      if (o.identified() && (o.kind().equals("name") || o.kind().equals("pronoun")) && o.last() < outer.first()
          && !clauseBreak(outer.last() + 1, s.first()) && !subordinate(o.first(), outer.last() + 1, s.first())) {
        return of(q, o, outer, false);
      }
    }
    return s.found() && !covers(s, best) ? of(q, s, best, false) : null;
  }

  /**
   * "Sanders was asked by host Bill Maher, …, “…”": the nearest passive verb of saying with an agent
   * after word {@code after} and up to word {@code b} of sentence {@code sent} (no quotation between).
   */
  private Match passiveBefore(int sent, int after, int b, int qs) {
    for (int k = b; k > after && k >= 0 && x.sentenceOf(k) == sent; k--) {
      Match m = x.quoted(k) ? null : x.from(k, Lists.VERBS);
      if (m != null && !cues.belief(m) && m.last() <= b && subjects.passiveAgent(m) != null
          && !quoteBetween(x.words.end(m.last()), qs)) {
        return m;
      }
    }
    return null;
  }

  /** The speaker of a verb of saying: the agent of a passive ("was asked by Maher"), else its subject. */
  private Source speakerOf(Match cue) {
    Source agent = subjects.passiveAgent(cue);
    return agent != null ? agent : statements.subjectOf(cue);
  }

  /** The speaker phrase is the cue itself ("Adding, “…”" read as a name opening its sentence). */
  static boolean covers(Source s, Match cue) {
    return s.first() <= cue.first() && s.last() >= cue.first();
  }

  /**
   * The first verb of saying is no frame of the nearer one: its clause is subordinate ("While not
   * everything Trump says is true, Jamieson said …", "After Trump argued …, Rubio said only that …"),
   * or a subordinator opens the nearer clause ("Axelrod tweeted after Clinton argued that …"). Scans
   * back from the outer subject's first word {@code o} to a comma or the sentence start, and looks
   * at the word before the nearer subject {@code to} (after {@code from}).
   */
  private boolean subordinate(int o, int from, int to) {
    int sent = x.sentenceOf(o);
    for (int k = o - 1; k >= Math.max(0, o - MAX_CLAUSE) && x.sentenceOf(k) == sent && !x.gapHas(k + 1, ",;"); k--) {
      if ("sub".equals(x.tag(k, Lists.FUNCTION))) {
        return true;
      }
    }
    return to - 1 >= from && "sub".equals(x.tag(to - 1, Lists.FUNCTION)) && x.spaced(to - 1);
  }

  /**
   * A new coordinated clause starts in words {@code [from, to]}: a semicolon, or a comma before "and",
   * "but" or "while" ("Smith said the talks failed, and Jones told reporters “…”"), or a relative
   * clause after a comma ("… criticized Clinton's email use, which an FBI investigation said was “…”").
   */
  private boolean clauseBreak(int from, int to) {
    for (int k = from; k <= to && k < x.size; k++) {
      if (x.gapHas(k, ";") || x.gapHas(k, ",") && "conj".equals(x.tag(k, Lists.FUNCTION))
          || ("sub".equals(x.tag(k, Lists.FUNCTION)) || "rel".equals(x.tag(k, Lists.FUNCTION))) && x.gapHas(k, ",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Hoff's letter makes the case: “…”", "Breitbart News responded: / “…”": the speaker of the verb
   * of saying before the colon, else the subject of the clause the colon ends, in the quotation's
   * paragraph or ending the paragraph before ("released the following statement:").
   */
  private Attribution colon(Quote q, int qs) {
    int b = x.wordBefore(qs);
    if (b < 0 || !x.gapHas(b + 1, ":") || x.quoted(b) || x.paragraphOf(b) != q.paragraph()
        && x.paragraphOf(b) != q.paragraph() - 1) {
      return null;
    }
    Match cue = null;
    for (Match c : cues.in(x.sentenceOf(b))) {
      if (c.last() <= b && !quoteBetween(x.words.end(c.last()), qs)) {
        cue = c;
      }
    }
    if (cue != null) {
      Source s = cues.accordingTo(cue) ? subjects.right(cue.last()) : statements.subjectOf(cue);
      if (s.found()) {
        return of(q, s, cue, false);
      }
    }
    int s = b;
    while (s - 1 >= 0 && x.sentenceOf(s - 1) == x.sentenceOf(b) && !x.quoted(s - 1) && b - s < 30) {
      s--;
    }
    Source src = subjects.mainClause(b + 1);
    if (!src.found() && "prep".equals(x.tag(s, Lists.FUNCTION))) {
      src = subjects.phrase(s + 1, b, false); // "From Bush's Facebook post:"
    }
    if (!src.found()) {
      src = subjects.phrase(s, b, true);
    }
    return src.found() ? of(q, src, null, false) : null;
  }

  /** The attribution of {@code q} to the speaker {@code s} of {@code cue} (null for a colon or dash line). */
  Attribution of(Quote q, Source s, Match cue, boolean afterQuote) {
    int cs = cue == null ? x.words.start(s.first()) : cue.start();
    int ce = cue == null ? x.words.end(s.last()) : cue.end();
    if (s.kind().equals("described")) {
      return new Attribution(q.index(), null, "vague", cs, ce);
    }
    if (s.kind().equals("pronoun") && cue != null) {
      Match outer = reportingCue(s.first());
      if (outer != null) {
        return of(q, statements.subjectOf(outer), outer, afterQuote);
      }
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

  /**
   * The verb of saying whose reported clause the pronoun at word {@code p} opens, when its speaker
   * is a compatible person: "Guardian said he understood …", "Sanders's campaign manager said he
   * expects …", "the coach told reporters she was …", "the company said it would “fight”": what the
   * clause quotes is that speaker's, or null.
   */
  private Match reportingCue(int p) {
    int sent = x.sentenceOf(p);
    Match best = null;
    for (Match c : cues.in(sent)) {
      if (c.last() < p && p - c.last() <= MAX_REPORTED_GAP && !x.quoted(c.last()) && !gapBetween(c.last(), p)) {
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    Source outer = statements.subjectOf(best);
    String k = outer.kind();
    String t = x.tag(p, Lists.FUNCTION);
    boolean personal = "pron-m".equals(t) || "pron-f".equals(t);
    if (!outer.found() || !k.equals("described") && outer.person() == null) {
      return null;
    }
    if (!personal) {
      // "The FBI said it found “no evidence”", "Republicans seized on the message, arguing that it showed “intent”"
      return "pron-n".equals(t) || "pron-p".equals(t) ? (k.equals("pronoun") ? null : best) : null;
    }
    if (!k.equals("name") && !k.equals("role") && !k.equals("described") && !k.equals("org")) {
      return null;
    }
    // an organisation reporting what someone did ("ProPublica … said she “steered a middle ground”")
    // is the source of its words; a person of the other gender is left to the pronoun
    Persons.P who = k.equals("name") ? persons.person(outer.person()) : null;
    String gender = "pron-m".equals(t) ? "m" : "f";
    if (who != null && !who.institution && who.gender != null && !who.gender.equals(gender)) {
      return null;
    }
    return best;
  }

  /** A comma, colon, semicolon or quotation between words {@code a} and {@code b}. */
  private boolean gapBetween(int a, int b) {
    for (int k = a + 1; k <= b; k++) {
      if (x.gapHas(k, ",;:") || x.quoted(k)) {
        return true;
      }
    }
    return false;
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

  private boolean quoteBetween(int from, int to) {
    for (int k = x.wordAtOrAfter(from); k < x.size && x.words.start(k) < to; k++) {
      if (x.quoted(k)) {
        return true;
      }
    }
    return false;
  }
}
