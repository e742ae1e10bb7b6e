package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * A quotation inside a subordinate clause that opens its sentence and holds its own verb of
 * saying: "After Scalia said that students might do better at “less advanced schools,” Trump
 * said: …", "When the presenter pointed out that the club calls it “a reset,” the chairman
 * laughed". The clause's speaker says the quotation, not the main clause's speaker after it.
 * The opener is a {@code sub} word of {@code function-words} other than "as" ("As Smith put
 * it, “…”" is left to the tags). Not shared between threads.
 */
final class Subordinates {
  private final ArticleIndex x;
  private final Cues cues;
  private final Statements statements;
  private final Credits credits;
  private final Subjects subjects;
  /** Words between "with" and the verb of saying of an absolute clause. */
  private static final int ABSOLUTE = 8;

  Subordinates(ArticleIndex x, Cues cues, Statements statements, Credits credits, Subjects subjects) {
    this.x = x;
    this.subjects = subjects;
    this.cues = cues;
    this.statements = statements;
    this.credits = credits;
  }

  /** The attribution of {@code q} to the speaker of the opening subordinate clause that holds it, or null. */
  Attribution speaker(Quote q) {
    int first = x.wordAtOrAfter(q.inner().start());
    int sent = first < x.size ? x.sentenceOf(first) : -1;
    if (sent < 0) {
      return null;
    }
    int open = x.wordAtOrAfter(x.article.sentences().get(sent).span().start());
    if (open >= first || !"sub".equals(x.function(open)) || x.folded(open).equals("as")) {
      return null;
    }
    Match inner = null;
    for (Match c : cues.in(sent)) {
      if (c.first() > open + 1 && c.last() < first && !x.quoted(c.first()) && !cues.belief(c)) {
        inner = c;
      }
    }
    if (inner == null || commaBetween(open, inner.first()) || x.quoted(open)
        || inner.last() + 1 < first && commaBetween(inner.last(), first - 1)) {
      return null; // "When asked, Smith said “…”"; "When Smith said …, he “…”": the main clause's
    }
    Source s = statements.subjectOf(inner);
    if (!s.found() || s.first() <= open || s.last() >= inner.first()) {
      return null;
    }
    return credits.of(q, s, inner, false);
  }

  /**
   * A quotation in an absolute clause after a comma, ", with NP -ing …": "the campaign denied it,
   * with Lewandowski taking to Twitter to call Fields “totally delusional”", "with the club's owner
   * saying the fee was “fair”". The phrase between "with" and its participle speaks the quotation
   * that the clause's verb of saying introduces; null otherwise.
   */
  Attribution absolute(Quote q) {
    int first = x.wordAtOrAfter(q.inner().start());
    int sent = first < x.size ? x.sentenceOf(first) : -1;
    if (sent < 0) {
      return null;
    }
    for (int w = first - 2; w >= 0 && first - w <= ABSOLUTE + 4 && x.sentenceOf(w) == sent && !x.quoted(w); w--) {
      if (x.gapHas(w + 1, ",;")) {
        return null; // the clause holding the quotation has begun after a comma
      }
      if (!x.folded(w).equals("with") || !x.gapHas(w, ",") || x.initial(w)) {
        continue;
      }
      int ing = -1;
      for (int k = w + 2; k < first && k - w <= ABSOLUTE; k++) {
        if (x.folded(k).endsWith("ing") && !x.capitalised(k)) {
          ing = k;
          break;
        }
      }
      Match cue = null;
      for (int k = ing; k >= 0 && k < first && cue == null; k++) {
        Match v = x.from(k, Lists.VERBS);
        cue = v != null && !x.quoted(k) && !v.tag().equals("belief") && !v.tag().equals("view") ? v : null;
      }
      int end = ing - 1;
      while (end > w && "adv".equals(x.function(end))) {
        end--; // "with Trump reportedly yelling"
      }
      if (cue == null || end <= w) {
        return null;
      }
      Source s = subjects.phrase(w + 1, end, true);
      return s.found() ? credits.of(q, s, cue, false) : null;
    }
    return null;
  }

  /** A comma between words {@code a} and {@code b}. */
  private boolean commaBetween(int a, int b) {
    for (int k = a + 1; k <= b; k++) {
      if (x.gapHas(k, ",;:")) {
        return true;
      }
    }
    return false;
  }
}
