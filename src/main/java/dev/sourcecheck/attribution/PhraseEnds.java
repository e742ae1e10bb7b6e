package dev.sourcecheck.attribution;

/**
 * Where a speaker's noun phrase ends ({@link Phrases}): whether the word after a candidate head
 * still belongs to the phrase (a generic head further on, a head before an auxiliary or a verb of
 * saying) or is the verb, and whether a full stop inside it is an abbreviation's. Not shared
 * between threads.
 */
final class PhraseEnds {
  private final ArticleIndex x;
  private final Persons persons;

  PhraseEnds(ArticleIndex x, Persons persons) {
    this.x = x;
    this.persons = persons;
  }

  /**
   * Where the subject ending at word {@code k} starts, given the walk left reached word {@code j}:
   * at {@code k} when "a" and a singular noun stand before a plural generic head or a quantity
   * ("in a decision campaigners described as", "a move supporters called", "a game many are
   * calling"), since "a" never takes a plural head: the noun is the object of the clause the
   * speaker's phrase opens; else {@code j}.
   */
  /**
   * Word {@code j} is a determiner that opens its noun phrase: the word before it belongs to the
   * clause before ("died from poisoning the manager of the hospital told", "holding them captive the
   * Observatory said", in copy that lost its commas), unless it is a quantity ("all the officials")
   * or a past verb the lists do not know, whose object the phrase is ("Ryan issued a statement
   * calling it …": the statement's issuer is read from the whole phrase).
   */
  boolean opens(int j) {
    String t = x.function(j);
    String w = j > 0 ? x.folded(j - 1) : "";
    boolean past = !x.capitalised(j - 1) && w.length() > 4 && w.endsWith("ed") && x.function(j - 1) == null;
    return j > 0 && (Lists.definite(t) || "indef".equals(t)) && !"quant".equals(x.function(j - 1)) && !past;
  }

  int ownPhrase(int j, int k) {
    int n = k - 1;
    boolean plural = "quant".equals(x.function(k)) || x.is(k, Lists.HEADS) && x.folded(k).endsWith("s");
    boolean noun = n > j && x.function(n) == null && !x.capitalised(n) && !x.possessive(n) && !x.folded(n).endsWith("s")
        && !x.words.is(n, dev.sourcecheck.text.Tokens.NUMBER) && !x.is(n, Lists.SHARES) && !x.is(n, Lists.ROLE_MODIFIERS);
    return "indef".equals(x.function(j)) && plural && noun && x.spaced(k) ? k : j;
  }

  /**
   * A generic head ({@code source-heads}) within {@code (h, e]} after plain lower-case modifiers
   * only: "a U.S. law enforcement official", "Clinton campaign officials" run on past the name to
   * their head; "Israeli leaders shunned Carter" has none after "leaders".
   */
  boolean genericAhead(int h, int e) {
    for (int k = h + 1; k <= e; k++) {
      if (x.is(k, Lists.HEADS)) {
        return true;
      }
      if (x.function(k) != null || x.is(k, Lists.VERBS) || x.folded(k).endsWith("ed") || !x.spaced(k) && !abbreviated(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Word {@code k} is the phrase's last word before an auxiliary, a form of "be" or a verb of
   * saying: the head itself ("The conservative publication has been", "Republican leaders
   * insist"), not the verb after the head ("Israeli leaders shunned Carter").
   */
  boolean nounBeforeVerb(int k, int e) {
    int v = k + 1;
    if (k > e || v >= x.size || !x.spaced(v) || x.folded(k).endsWith("ed")) {
      return false;
    }
    String t = x.function(v);
    return "aux".equals(t) || "be".equals(t);
  }

  /**
   * An organisation word {@code h} whose next word is the subject's last, right before a verb of
   * saying: that word is the head ("a council engineer said", "the committee chairmen wrote"), not a
   * verb; a name before it stays the phrase ("the Global Times tabloid noted").
   */
  boolean headBeforeTag(int h, int b, boolean subject) {
    return subject && h + 1 == b && b + 1 < x.size && x.is(h, Lists.ORGS) && persons.endingAt(h) == null
        && x.is(b + 1, Lists.VERBS);
  }

  /**
   * Word {@code k} follows an abbreviation's full stop inside the sentence ("a U.S. official", "Mr.
   * Obama's aides"): the sentence splitter read the stop as no sentence end.
   */
  boolean abbreviated(int k) {
    return k > 0 && k < x.size && x.capitalised(k - 1) && x.gap(k).strip().equals(".") && !x.gap(k).contains("\n")
        && x.sentenceOf(k - 1) == x.sentenceOf(k);
  }

  /**
   * Word {@code j} is an article right after a verb the lists do not know ("the campaign on Tuesday
   * released a parody website asking"): lower case, ending in -ed, no function word, head, role or
   * organisation. A noun phrase opens at the article, not before the verb.
   */
  boolean verbBefore(int j) {
    String t = x.function(j);
    int v = j - 1;
    return (Lists.definite(t) || "indef".equals(t)) && v >= 0 && x.function(v) == null && !x.capitalised(v)
        && x.folded(v).endsWith("ed") && !x.is(v, Lists.HEADS) && x.to(v, Lists.ROLES) == null && !x.is(v, Lists.ORGS);
  }
}
