package dev.sourcecheck.attribution;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * Agentless passives of a verb of saying or believing ("it is believed", "is said to", "it has
 * been suggested", "is widely regarded as", "is considered by many to be"), which name no one by
 * their very form; the words around them are lexicon data ({@code passive-links}). Not shared
 * between threads.
 */
final class Passives {
  /** Words a passive's agent ("by historians", "was confirmed as another of the passengers by the ministry") may stand after its verb. */
  private static final int MAX_AGENT = 10;

  private final ArticleIndex x;

  Passives(ArticleIndex x) {
    this.x = x;
  }

  /**
   * The agentless passive of a verb of saying or believing: a form of "be" (after "it", or before
   * "to" or "as"), a degree adverb where the verb needs one ("is widely regarded as"), the
   * participle, and no "by" agent after it; null when {@code v} is none.
   */
  Statement of(Match v) {
    int f = v.first();
    if (x.quoted(f) || x.folded(f).endsWith("ing") || x.sentenceOf(f) < 0) {
      return null;
    }
    int k = f - 1;
    boolean degree = false;
    if (k >= 0 && degree(k) && x.spaced(f)) {
      degree = true;
      k--;
    }
    if (k < 0 || !"be".equals(x.tag(k, Lists.FUNCTION)) || !x.spaced(k + 1)) {
      return null;
    }
    int start = k;
    while (start - 1 >= 0 && x.spaced(start) && ("be".equals(x.tag(start - 1, Lists.FUNCTION))
        || "aux".equals(x.tag(start - 1, Lists.FUNCTION)) || degree(start - 1) && start - 2 >= 0
        && "aux".equals(x.tag(start - 2, Lists.FUNCTION)))) {
      degree |= degree(start - 1); // "has long been regarded as"
      start--; // "has been", "will be"
    }
    boolean it = start - 1 >= 0 && x.spaced(start) && "pron-n".equals(x.tag(start - 1, Lists.FUNCTION));
    int next = v.last() + 1;
    boolean toOrAs = complement(next);
    // "that" (tag clause) completes a passive only after "it": "it is believed that", not "the government is worried that"
    boolean view = v.tag().equals("view");
    boolean directive = "directive".equals(x.tag(v.last(), Lists.PASSIVE)) && !it && next < x.size
        && x.role(next, "infinitive");
    int generic = genericAgent(v.last());
    if (generic >= 0) {
      // "is considered by many to be", "is regarded by some as": an agent that names no one
      next = generic + 1;
      toOrAs = complement(next);
    }
    // a view held of a noun phrase: "is widely considered one of the leading suppliers" (a degree or a
    // generic agent says the view is shared), "is considered the most successful period" (a ranking)
    boolean ranked = !toOrAs && view && nounPhrase(next) && (degree || generic >= 0 || superlative(next));
    toOrAs |= ranked;
    if (view && !degree && generic < 0 && !ranked || !it && !toOrAs || generic < 0 && agent(v.last()) || directive) {
      return null; // "was asked to comment": an instruction reported, not a claim
    }
    int s = it ? start - 1 : start;
    boolean that = it && next < x.size && x.spaced(next) && "clause".equals(x.tag(next, Lists.PASSIVE));
    int e = ranked ? (generic >= 0 ? generic : v.last()) : toOrAs || that ? next : generic >= 0 ? generic : v.last();
    return new Statement(x.sentenceOf(f), null, x.text.substring(x.words.start(s), x.words.end(e)),
        x.words.start(s), x.words.end(e), true, "passive", "believed", Description.NONE);
  }

  /** An adverb of how widely or how often a view is held ("widely", "generally", "often", "long"). */
  private boolean degree(int k) {
    return "degree".equals(x.tag(k, Lists.FUNCTION)) || "degree".equals(x.tag(k, Lists.PASSIVE));
  }

  /** Whether a noun phrase opens at word {@code k}: an article, or "one of" / "among" before one. */
  private boolean nounPhrase(int k) {
    if (k >= x.size || !x.spaced(k)) {
      return false;
    }
    String f = x.tag(k, Lists.FUNCTION);
    return "det".equals(f) || "indef".equals(f) || "np".equals(x.tag(k, Lists.PASSIVE));
  }

  /**
   * Whether the noun phrase at {@code k} ranks its subject ("the most successful", "one of the
   * greatest", "among the best"): a superlative within its first three words.
   */
  private boolean superlative(int k) {
    for (int j = k; j < Math.min(x.size, k + 4) && x.sentenceOf(j) == x.sentenceOf(k); j++) {
      if (j > k && x.gapHas(j, ",;:")) {
        return false;
      }
      if ("superlative".equals(x.tag(j, Lists.PASSIVE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code k} completes the passive ("is said to be", "is regarded as"): "to" only
   * as an infinitive, not as a preposition before a noun phrase ("might be added to the film",
   * "was reported to the police"), and not the first word of a comparison ("as soon as").
   */
  private boolean complement(int k) {
    if (k >= x.size || !x.spaced(k) || !"complement".equals(x.tag(k, Lists.PASSIVE))) {
      return false;
    }
    if (k + 2 < x.size && x.folded(k + 2).equals(x.folded(k)) && x.sentenceOf(k + 2) == x.sentenceOf(k)) {
      return false; // "could be announced as soon as next week": a comparison, the same word after one word
    }
    if (!x.role(k, "infinitive") || k + 1 >= x.size) {
      return true;
    }
    String f = x.tag(k + 1, Lists.FUNCTION);
    return f == null || !(f.equals("det") || f.equals("indef") || f.equals("dem") || f.startsWith("poss"));
  }

  /**
   * The last word of a generic "by" agent right after the participle {@code v} ("by many", "by
   * some critics", "by experts": a quantity or a generic group, lower case, nothing named after
   * it), or -1.
   */
  private int genericAgent(int v) {
    int by = v + 1;
    if (by + 1 >= x.size || !x.spaced(by) || !"agent".equals(x.tag(by, Lists.PASSIVE))) {
      return -1;
    }
    int k = by + 1;
    if (k + 1 < x.size && x.spaced(k + 1) && "quant".equals(x.tag(k, Lists.FUNCTION)) && "group".equals(x.tag(k + 1, Lists.HEADS))) {
      k++; // "by many analysts"
    }
    boolean generic = "quant".equals(x.tag(k, Lists.FUNCTION)) || "group".equals(x.tag(k, Lists.HEADS));
    if (!generic || x.capitalised(k) && !x.initial(k) || !x.spaced(k)) {
      return -1;
    }
    if (k + 1 < x.size && x.spaced(k + 1) && ("prep".equals(x.tag(k + 1, Lists.FUNCTION)) && !"complement".equals(x.tag(k + 1, Lists.PASSIVE))
        || x.capitalised(k + 1))) {
      return -1; // "by many of the club's members", "by critics Smith and Jones"
    }
    return k;
  }

  /** A "by" agent after word {@code v} in its clause, before the complement's own clause begins. */
  private boolean agent(int v) {
    for (int k = v + 1; k < Math.min(x.size, v + MAX_AGENT) && x.sentenceOf(k) == x.sentenceOf(v); k++) {
      if (x.gapHas(k, ",;:")) {
        return false;
      }
      if ("agent".equals(x.tag(k, Lists.PASSIVE))) {
        return true;
      }
      if ("clause".equals(x.tag(k, Lists.PASSIVE)) || "complement".equals(x.tag(k, Lists.PASSIVE))
          && k + 1 < x.size && ("be".equals(x.tag(k + 1, Lists.FUNCTION)) || "aux".equals(x.tag(k + 1, Lists.FUNCTION)))) {
        return false; // "it is claimed that the bridge was designed by Brunel", "is said to have been killed by soldiers": the complement's own agent
      }
    }
    return false;
  }

}
