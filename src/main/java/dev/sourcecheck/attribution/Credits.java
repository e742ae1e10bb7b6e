package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * Turns a speaker found for a quotation into its {@link Attribution}: a described speaker is
 * vague; a pronoun opening the clause of a verb of saying gives the quotation to that verb's
 * speaker ("the coach told reporters she was “…”"); the rest is named by how it was found
 * (according-to, pronoun, statement, before or after the quotation). Not shared between threads.
 */
final class Credits {
  /** Words between a verb of saying and the pronoun opening its reported clause ("told reporters that he"). */
  private static final int MAX_REPORTED_GAP = 4;

  private final ArticleIndex x;
  private final Persons persons;
  private final Cues cues;
  private final Statements statements;
  private final Pronouns pronouns;

  Credits(ArticleIndex x, Persons persons, Pronouns pronouns, Cues cues, Statements statements) {
    this.x = x;
    this.pronouns = pronouns;
    this.persons = persons;
    this.cues = cues;
    this.statements = statements;
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
    if (s.kind().equals("pronoun") && s.person() == null && pronouns.describedAntecedent(s.first())) {
      return new Attribution(q.index(), null, "vague", cs, ce); // "“…,” she said" after "One patient, a woman …, said"
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
}
