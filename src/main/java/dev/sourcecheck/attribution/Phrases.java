package dev.sourcecheck.attribution;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;

/**
 * A speaker's noun phrase and what it says about the speaker: from its first word (after leading
 * conjunctions, subordinators and a prepositional phrase) to its head, the last noun before a
 * preposition, relative clause or verb. A name there is the speaker, a role or organisation noun is
 * kept as the speaker, a generic head is a described source ({@link Description}: quantity,
 * determiner, capitalised modifiers, basis of knowledge). Every window is capped. Not shared
 * between threads.
 */
final class Phrases {
  private static final int MAX_PHRASE = 10;

  private final ArticleIndex x;
  private final Persons persons;
  private final Pronouns pronouns;

  Phrases(ArticleIndex x, Persons persons, Pronouns pronouns) {
    this.x = x;
    this.persons = persons;
    this.pronouns = pronouns;
    this.descriptions = new Descriptions(x, persons, this);
    this.ends = new PhraseEnds(x, persons);
  }

  private final Descriptions descriptions;
  final PhraseEnds ends;

  boolean modifierOrNoun(int i) {
    String t = x.function(i);
    if (t == null) {
      return !x.is(i, Lists.VERBS) || x.capitalised(i) && !x.initial(i);
    }
    return Lists.definite(t) || t.equals("indef") || t.equals("quant") || t.startsWith("poss") || t.equals("time");
  }

  /**
   * The speaker phrase in words {@code [a, b]}: leading conjunctions, subordinators and a leading
   * prepositional phrase skipped, then the first noun phrase; its head decides the kind.
   */
  Source phrase(int a, int b, boolean subject) {
    int i = a;
    while (i <= b && ("conj".equals(x.function(i)) || "sub".equals(x.function(i)) || "adv".equals(x.function(i)) || "neg".equals(x.function(i))
        || "rel".equals(x.function(i)) && subject)) {
      i++;
    }
    if (i <= b && "prep".equals(x.function(i)) && subject) {
      // "In a statement the ministry said", "On Monday Trump said": skip the preposition and its object
      int j = i + 2;
      while (j <= b && !x.capitalised(j) && !Lists.definite(x.function(j)) && (x.function(j) == null || !x.function(j).startsWith("pron"))) {
        j++;
      }
      i = j;
      while (i <= b && "rel".equals(x.function(i))) {
        i++;
      }
    }
    if (i > b) {
      return Source.NONE;
    }
    Mention titled = persons.atRole(i);
    if (titled != null) {
      // "said Sen. Ben Cardin", "according to former education secretary William J. Bennett"
      int last = x.words.at(titled.end() - 1);
      return new Source("name", titled.person(), i, last, describe(i, last, last));
    }
    String t = x.function(i);
    if (t != null && t.startsWith("pron")) {
      String person = pronouns.resolve(i);
      return new Source("pronoun", person, i, i, new Description(x.words.word(i), x.words.start(i), x.words.end(i),
          x.folded(i), "pronoun", "", true, false, "", person != null));
    }
    int e = i;
    while (e + 1 <= b && e - i < MAX_PHRASE && (x.joined(e + 1) || ends.abbreviated(e + 1)) && modifierOrNoun(e + 1)
        && !x.possessive(e)
        || e + 1 <= b && (x.possessive(e) && x.spaced(e + 1) || x.apostrophe(e + 1))) { // "the producers' managing director"
      e++;
    }
    for (int h = i; h < e; h++) {
      if (nameEnd(h) && !x.capitalised(h + 1) && x.function(h + 1) == null && x.folded(h + 1).endsWith("ed")
          && !x.is(h + 1, Lists.HEADS) && x.to(h + 1, Lists.ROLES) == null && !x.is(h + 1, Lists.ORGS)) {
        e = h; // "Sanders compared himself to Clinton": a verb the lists do not know ends the phrase
        break;
      }
      if (headLike(h) && !x.possessive(h) && !x.apostrophe(h + 1) && !x.capitalised(h + 1) && x.function(h + 1) == null && !x.is(h + 1, Lists.HEADS)
          && x.to(h + 1, Lists.ROLES) == null && !x.is(h + 1, Lists.ORGS) && !x.is(h + 1, Lists.ROLE_MODIFIERS)
          && !ends.genericAhead(h, e) && !ends.nounBeforeVerb(h + 1, e) && !ends.headBeforeTag(h, b, subject)) {
        e = h; // "Israeli leaders shunned Carter": the phrase ends at its head, before the verb
        break;
      }
    }
    while (e > i && ("prep".equals(x.function(e)) || "conj".equals(x.function(e)) || "rel".equals(x.function(e)) || "aux".equals(x.function(e))
        || "be".equals(x.function(e)))) {
      e--;
    }
    return head(i, e, b, subject);
  }

  /**
   * Words {@code [i, e]} are "the" and two to four capitalised words, none opening the sentence, the
   * last not a place and not written in lower case elsewhere in the article.
   */
  private boolean titledRun(int i, int e) {
    boolean runsOn = e + 1 < x.size && x.sentenceOf(e + 1) == x.sentenceOf(e) && x.capitalised(e + 1);
    if (!"det".equals(x.function(i)) || e - i < 2 || e - i > 4 || runsOn || x.is(e, Lists.PLACES)
        || x.writtenLower(x.folded(e))) {
      return false;
    }
    for (int k = i + 1; k <= e; k++) {
      if (!x.capitalised(k) || x.initial(k)) {
        return false;
      }
    }
    return true;
  }

  Source head(int i, int e, int b, boolean subject) {
    if (Places.where(x, i, e)) {
      return Source.NONE; // "an ad in Indiana titled", "in Jupiter, Fla. — “…”": where, not who
    }
    i = subject && persons.endingAt(e) == null ? ends.ownPhrase(i, e) : i; // "a game many are calling": "many"
    if (e == i + 1 && ("quant".equals(x.function(i)) || "indef".equals(x.function(i))) && x.words.is(e, Tokens.ALL_CAPS)) {
      return new Source("described", null, i, tail(e, b), describe(i, e, b)); // "one GP", "said one MP": no name
    }
    Mention m = persons.endingAt(e);
    for (int k = e; k >= i && m == null; k--) {
      Mention at = persons.startingAt(k);
      if (at != null && !x.possessive(x.words.at(at.end() - 1)) && x.words.at(at.end() - 1) >= e) {
        m = at; // a name that runs on past the phrase ("William J. Bennett")
        e = Math.max(e, x.words.at(at.end() - 1));
      }
    }
    Description d = describe(i, e, b);
    if (m != null && !x.possessive(e) && "indef".equals(x.function(i)) && i < e && x.is(e, Lists.HEADS)) {
      return new Source("described", null, i, tail(e, b), d); // "said a Nevada Democrat": an article makes a party noun no one's name
    }
    if (m != null && !x.possessive(e)) {
      Persons.P p = persons.person(m.person());
      return new Source(p != null && p.institution ? "org" : "name", m.person(), i, e, d);
    }
    String headTag = x.tag(e, Lists.HEADS);
    int of = descriptions.partitive(e);
    if (headTag != null || of >= 0 && x.tag(of, Lists.HEADS) != null) {
      return new Source("described", null, i, Math.max(of, tail(e, b)), d); // "critics", "one of those advisers"
    }
    Match role = x.to(e, Lists.ROLES);
    if (role != null && !x.capitalised(role.first()) || role != null && x.initial(role.first())) {
      int end = tail(e, b);
      String person = Coreference.roleHolder(x, persons, pronouns, e, d.definite());
      if (person == null && !d.quantity().isEmpty()) {
        return new Source("described", null, i, end, d); // "according to one senior manager", "two council officers said": counted, unnamed
      }
      return new Source("role", person != null ? person : roleKey(i, end), i, end, d);
    }
    String org = x.tag(e, Lists.ORGS);
    if (org != null && !org.equals("org") && !org.equals("outlet")) {
      // "the ministry's statement", "Hoff's letter": a document speaks for its possessive owner
      for (int k = i; k < e; k++) {
        Mention owner = x.possessive(k) || x.apostrophe(k + 1) ? persons.endingAt(k) : null;
        if (owner != null) {
          return new Source(persons.person(owner.person()).institution ? "org" : "name", owner.person(), i, e, d);
        }
        if (x.possessive(k) && x.is(k, Lists.ORGS)) {
          return new Source("org", persons.org(i, k).key, i, e, d);
        }
      }
    }
    if (org != null && (d.definite() || x.capitalised(e) || i == e || d.capitalised() || e - i <= 2)) {
      int end = tail(e, b);
      return new Source("org", persons.org(i, end).key, i, end, d);
    }
    boolean single = i == e || !x.capitalised(e - 1) || !x.joined(e);
    String first = x.function(i);
    if ((!subject || Lists.definite(first) && ends.headBeforeTag(e - 1, b, true)) && i < e && x.function(e) == null && !x.capitalised(e) && !x.is(e, Lists.VERBS)
        && (Lists.definite(first) || "indef".equals(first) || "quant".equals(first) || first != null && first.startsWith("poss")
        || x.possessive(i) && persons.endingAt(i) != null)) {
      // "said the 46-year-old", "says a narrator", "said one plumber", "said Holt's deputy": a noun phrase
      // after the verb names its speaker
      return new Source("role", persons.org(i, e).key, i, e, d);
    }
    if (i == e - 1 && "det".equals(x.function(i)) && x.capitalised(e) && !x.initial(e) && !x.capitalised(e + 1)
        && x.writtenCapitalMid(x.folded(e)) && Names.nameWord(x, e) && !x.writtenLower(x.folded(e)) && !x.is(e, Lists.PLACES)) {
      return new Source("org", persons.org(i, e).key, i, e, d); // "The Blaze reported": a person's name takes no article
    }
    if (!subject && titledRun(i, e)) {
      // "according to The Hollywood Reporter", "according to the Daily Record": an article and a run of
      // capitals is a title, an outlet's or a body's, not a person
      return new Source("org", persons.org(i, e).key, i, e, d);
    }
    if (x.capitalised(e) && single && !x.initial(e) && Names.nameWord(x, e) && !x.writtenLower(x.folded(e))) {
      String place = x.tag(e, Lists.PLACES);
      if (place == null || place.equals("city")) {
        return promoted(e, i, d); // a city that speaks is a person of that name ("said Jackson")
      }
      return new Source("org", persons.org(i, e).key, i, e, d); // "Russia said": its government
    }
    if (x.capitalised(e) && i == e && x.initial(e) && subject && Names.nameWord(x, e) && !x.is(e, Lists.PLACES)
        && !x.writtenLower(x.folded(e)) && adjacent(e, b)
        && (!x.gapHas(e + 1, ",") || x.writtenCapitalMid(x.folded(e)))) {
      // "Pew found", "Sims says": a single capital right before its verb; not "Indeed, …", "Domestically, …":
      // a word opening the sentence before a comma, never capitalised mid-sentence, is an opening adverb
      return promoted(e, i, d);
    }
    if (subject && x.function(e) != null && x.function(e).equals("quant") && (i == e || Lists.definite(first) || "indef".equals(first))) {
      return new Source("described", null, i, tail(e, b), d); // "Several said", "Another said he hoped"
    }
    if (subject && i < e && x.function(e) == null && !x.capitalised(e) && !x.is(e, Lists.VERBS) && !x.folded(e).endsWith("ly")
        && ("indef".equals(first) || "quant".equals(first))) {
      return new Source("described", null, i, tail(e, b), d); // "One attendee said", "a woman in Worcester told him"
    }
    return Source.NONE;
  }

  /** Only adverbs, auxiliaries, time words or negation between word {@code e} and word {@code b}. */
  private boolean adjacent(int e, int b) {
    for (int k = e + 1; k <= b; k++) {
      String t = x.function(k);
      if (!"adv".equals(t) && !"aux".equals(t) && !"time".equals(t) && !"neg".equals(t) && !"be".equals(t)) {
        return false;
      }
    }
    return true;
  }

  /** Registers a mention promoted by another stage with the pronoun index. */
  void registered(Mention m) {
    pronouns.add(m);
  }

  private Source promoted(int e, int i, Description d) {
    Mention m = persons.promote(e);
    pronouns.add(m);
    return new Source("name", m.person(), i, e, d);
  }

  /** A word that can head a speaker's phrase: a name's last word, a generic, role or organisation noun. */
  boolean headLike(int h) {
    Mention m = persons.endingAt(h);
    return m != null && !x.possessive(h) || x.is(h, Lists.HEADS) || x.to(h, Lists.ROLES) != null
        || x.is(h, Lists.ORGS);
  }

  /** A capitalised name word that may end a speaker's phrase before its verb ("Sanders compared"). */
  private boolean nameEnd(int h) {
    return x.capitalised(h) && x.function(h) == null && !x.possessive(h) && Names.nameWord(x, h)
        && (!x.initial(h) || !x.writtenLower(x.folded(h)));
  }

  /** A role noun kept as the speaker, keyed by its phrase ("a spokeswoman for the ministry"). */
  private String roleKey(int i, int end) {
    return persons.org(i, end).key;
  }

  /**
   * Extends a head over a "for/of/at/with/to" phrase naming whom it speaks for ("a spokeswoman for
   * the ministry"), or over a basis of knowledge and its object, which is what tells such a source
   * apart ("a person close to the family", "a source familiar with the talks").
   */
  int tail(int e, int b) {
    int k = e + 1;
    Match basis = k < b && x.spaced(k) ? x.from(k, Lists.ANONYMITY) : null;
    boolean known = basis != null && "basis".equals(basis.tag()) && basis.last() < b;
    if (known) {
      k = basis.last();
    } else if (k > b || !x.spaced(k) || !"prep".equals(x.function(k))) {
      return e;
    }
    int j = k + 1;
    int end = e;
    while (j <= b && j - k <= MAX_PHRASE / 2 && x.spaced(j) && modifierOrNoun(j)) {
      if (known && x.function(j) == null || x.capitalised(j) || x.is(j, Lists.ORGS) || x.is(j, Lists.ROLES)) {
        end = j;
      }
      j++;
    }
    return end;
  }

  /** What the phrase {@code [i, e]} (head {@code e}, tail up to {@code b}) says about its speaker. */
  Description describe(int i, int e, int b) {
    return descriptions.describe(i, e, b);
  }

  /**
   * The speaker phrase in words {@code [k, e]} after a verb of saying; roles joined by "and"
   * before one name are that name's ("said former Pennsylvania Gov. and Democratic National
   * Committee Chairman Ed Rendell").
   */
  Source rightOfVerb(int k, int e) {
    Source s = phrase(k, e, false);
    for (int c = k + 1; c < e && !s.kind().equals("name"); c++) {
      if ("conj".equals(x.tag(c, Lists.FUNCTION))) {
        Source n = phrase(c + 1, e, false);
        return n.kind().equals("name") && n.last() == e ? n : s;
      }
    }
    return s;
  }
}
