package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * The sieves that read what stands before a quotation in its sentence: the verb of saying before
 * it (Smith said: "…"; Smith told reporters "…"; "was asked by Maher, “…”"), with an outer
 * speaker kept when the nearer verb is inside what that speaker reports, and a colon introduction
 * with no verb ("Hoff's letter makes the case: …"). Not shared between threads.
 */
final class LeadSieves {
  /** Words looked back over for the subordinator opening a clause (every window is capped). */
  private static final int MAX_CLAUSE = 30;

  private final ArticleIndex x;
  private final Cues cues;
  private final Subjects subjects;
  private final Statements statements;
  private final Credits credits;
  private final Relays relays;

  LeadSieves(ArticleIndex x, Cues cues, Subjects subjects, Statements statements, Credits credits, Relays relays) {
    this.x = x;
    this.cues = cues;
    this.subjects = subjects;
    this.statements = statements;
    this.credits = credits;
    this.relays = relays;
  }

  private Attribution of(Quote q, Source s, Match cue, boolean afterQuote) {
    return credits.of(q, s, cue, afterQuote);
  }

  /** Words a source's label between a dash and a colon may hold ("- Frank Newport and Jim Harter:"). */
  private static final int MAX_LABEL = 8;

  /**
   * "Polls did predict the caucus - HuffPollster: “…”", "Turnout is up — Jane Roe of the Times: “…”":
   * a roundup line whose last words, after a spaced dash and right before the colon that opens the
   * quotation, name its source; that name is the speaker, whatever verb the summary before the dash
   * holds. Null when the words between the dash and the colon are no name or organisation.
   */
  Attribution dashLabel(Quote q, int qs) {
    int b = x.wordBefore(qs);
    if (b < 0 || !x.gapHas(b + 1, ":") || x.quoted(b) || x.paragraphOf(b) != q.paragraph()) {
      return null;
    }
    int sent = x.sentenceOf(b);
    for (int k = b; k > 0 && b - k < MAX_LABEL && x.sentenceOf(k - 1) == sent && !x.quoted(k - 1); k--) {
      String g = x.gap(k);
      if (g.contains("\n")) {
        return null;
      }
      boolean dash = g.contains("\u2014") || g.contains("\u2013") || g.contains("-") && g.strip().equals("-") && g.length() > 1;
      if (!dash) {
        continue;
      }
      Source src = subjects.phrase(k, b, true);
      boolean named = src.kind().equals("name") || src.kind().equals("org");
      return src.found() && named && src.last() == b ? of(q, src, null, false) : null;
    }
    return null;
  }

  /** The tag before the quotation in its sentence (the nearest cue, no other quotation between). */
  Attribution before(Quote q, int qs) {
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
    Source s = cues.accordingTo(best) ? relays.source(best) : speakerOf(best);
    if (outer != null && outer != best && s.found() && s.first() > outer.last()) {
      // "Trump said that Romney begged him … and “would have dropped to his knees”", "Westmacott said that
      // Obama shows “great charm”": the nearer verb is inside what the first speaker reports
      Source o = speakerOf(outer);
      if (o.identified() && (o.kind().equals("name") || o.kind().equals("pronoun") || objectOf(s, outer) && !o.kind().equals("described"))
          && o.last() < outer.first()
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

  /**
   * The nearer verb's speaker is the outer verb's object, a described phrase right after it ("A
   * spokesman called a report suggesting … “outrageous”"): what the outer speaker calls it.
   */
  private static boolean objectOf(Source s, Match outer) {
    return s.kind().equals("described") && s.first() > outer.last() && s.first() <= outer.last() + 2;
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
  Attribution colon(Quote q, int qs) {
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
      Source s = cues.accordingTo(cue) ? relays.source(cue) : statements.subjectOf(cue);
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


  private boolean quoteBetween(int from, int to) {
    for (int k = x.wordAtOrAfter(from); k < x.size && x.words.start(k) < to; k++) {
      if (x.quoted(k)) {
        return true;
      }
    }
    return false;
  }
}
