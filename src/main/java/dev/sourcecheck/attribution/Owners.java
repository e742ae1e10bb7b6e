package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * A quotation inside the complement of a named owner's noun of speech ({@code speech-nouns}):
 * "Donald Trump's claim that President Barack Obama “founded ISIS”", "Trump's controversial pledge
 * to be “neutral”", "the club's statement of “deep regret”", "in Forbes' words, “…”". The owner
 * (a name or an organisation written with a possessive, at most {@link #GAP} words before the
 * noun) speaks the quotation when the noun's complement runs up to it: the noun is followed by
 * the quotation, a comma or colon, or a preposition or "that" opening the complement, with no
 * verb of saying, no "be" or "as" and no clause break between, and no verb of saying before the
 * owner in its sentence: "Smith called Trump's remarks “racist”" and "Trump's comments were
 * “intolerable”" are not Trump's. Not shared between threads.
 */
final class Owners {
  /** Words between a possessive and the noun of speech it owns ("Trump's controversial pledge"). */
  static final int GAP = 2;
  /** Words between the noun and the quotation. */
  static final int REACH = 12;

  private final ArticleIndex x;
  private final Persons persons;
  private final Cues cues;

  Owners(ArticleIndex x, Persons persons, Cues cues) {
    this.x = x;
    this.persons = persons;
    this.cues = cues;
  }

  /** The attribution of {@code q} to the owner of the noun of speech whose complement holds it, or null. */
  Attribution owner(Quote q) {
    int qs = q.span().start();
    int before = x.wordBefore(qs);
    int first = x.wordAtOrAfter(q.inner().start());
    if (before < 0 || first >= x.size || x.sentenceOf(before) != x.sentenceOf(first)) {
      return null;
    }
    int sent = x.sentenceOf(first);
    for (int k = before; k >= 0 && before - k <= REACH && x.sentenceOf(k) == sent && !x.quoted(k); k--) {
      if (k < before && breaks(k + 1)) {
        return null; // "; ", " — ", a closing parenthesis: the noun's clause has ended
      }
      if (!x.is(k, Lists.SPEECH_NOUNS) || x.capitalised(k) && !x.initial(k)) {
        continue;
      }
      if (k < before && !opensComplement(k + 1)) {
        return null;
      }
      if (cueBetween(sent, k, first) || predicate(k, first)) {
        return null; // "Trump's claim that Obama said “…”", "Trump's remarks were “…”"
      }
      int owner = ownerOf(k);
      if (owner < 0 || cueBetween(sent, -1, owner)) {
        return null; // "Ryan called Trump's remarks “racist”": the caller's word
      }
      Mention m = persons.endingAt(owner);
      if (m == null && !x.initial(owner) && !x.is(owner, Lists.PLACES)) {
        m = persons.promote(owner); // "in Forbes' words"
      }
      if (m == null) {
        return null;
      }
      return new Attribution(q.index(), m.person(), "before", m.start(), x.words.end(k));
    }
    return null;
  }

  /** The word ending in a possessive at most {@link #GAP} words before the noun at {@code k}, or -1. */
  private int ownerOf(int k) {
    for (int j = k - 1; j >= 0 && j >= k - 1 - GAP; j--) {
      if (x.possessive(j) || x.apostrophe(j + 1)) {
        return x.capitalised(j) ? j : -1;
      }
      if (j < k - 1 && !x.spaced(j + 1) && !x.gap(j + 1).equals("-") || x.quoted(j)) {
        return -1;
      }
    }
    return -1;
  }

  /** Word {@code i}, right after the noun, opens its complement: the quotation, a comma or colon, "that" or a preposition. */
  private boolean opensComplement(int i) {
    if (x.gapHas(i, ",:")) {
      return true;
    }
    String t = x.function(i);
    return "rel".equals(t) && x.folded(i).equals("that") || "prep".equals(t);
  }

  /** A semicolon, a closing parenthesis or a spaced dash before word {@code i}. */
  private boolean breaks(int i) {
    String g = x.gap(i);
    return g.contains(";") || g.contains(")") || g.contains(" — ") || g.contains(" – ") || g.contains(" - ");
  }

  /** A finite form of "be" (not "to be") or "as" (not in a that-clause after the noun) between the noun at {@code k} and word {@code first}: the quotation describes the noun. */
  private boolean predicate(int k, int first) {
    for (int i = k + 1; i < first && !(x.folded(i).equals("that") && i == k + 1); i++) {
      if ("be".equals(x.function(i)) && !x.folded(i - 1).equals("to") || x.folded(i).equals("as")) {
        return true;
      }
    }
    return false;
  }

  /** A verb of saying of sentence {@code sent} between words {@code k} and {@code first}. */
  private boolean cueBetween(int sent, int k, int first) {
    for (Match c : cues.in(sent)) {
      if (c.first() > k && c.last() < first) {
        return true;
      }
    }
    return false;
  }
}
