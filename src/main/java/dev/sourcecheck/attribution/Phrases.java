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
  private static final int MAX_LEFT = 60;
  private static final int MAX_PHRASE = 10;

  private final ArticleIndex x;
  private final Persons persons;
  private final Pronouns pronouns;

  Phrases(ArticleIndex x, Persons persons, Pronouns pronouns) {
    this.x = x;
    this.persons = persons;
    this.pronouns = pronouns;
  }

  String fn(int i) {
    return x.tag(i, Lists.FUNCTION);
  }

  boolean modifierOrNoun(int i) {
    String t = fn(i);
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
    while (i <= b && ("conj".equals(fn(i)) || "sub".equals(fn(i)) || "adv".equals(fn(i)) || "neg".equals(fn(i))
        || "rel".equals(fn(i)) && subject)) {
      i++;
    }
    if (i <= b && "prep".equals(fn(i)) && subject) {
      // "In a statement the ministry said", "On Monday Trump said": skip the preposition and its object
      int j = i + 2;
      while (j <= b && !x.capitalised(j) && !Lists.definite(fn(j)) && (fn(j) == null || !fn(j).startsWith("pron"))) {
        j++;
      }
      i = j;
      while (i <= b && "rel".equals(fn(i))) {
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
    String t = fn(i);
    if (t != null && t.startsWith("pron")) {
      String person = pronouns.resolve(i);
      return new Source("pronoun", person, i, i, new Description(x.words.word(i), x.words.start(i), x.words.end(i),
          x.folded(i), "pronoun", "", true, false, "", person != null));
    }
    int e = i;
    while (e + 1 <= b && e - i < MAX_PHRASE && x.joined(e + 1) && modifierOrNoun(e + 1) && !x.possessive(e)
        || e + 1 <= b && x.possessive(e) && x.spaced(e + 1)) {
      e++;
    }
    for (int h = i; h < e; h++) {
      if (headLike(h) && !x.capitalised(h + 1) && fn(h + 1) == null && !x.is(h + 1, Lists.HEADS)
          && x.to(h + 1, Lists.ROLES) == null && !x.is(h + 1, Lists.ORGS) && !x.is(h + 1, Lists.ROLE_MODIFIERS)) {
        e = h; // "Israeli leaders shunned Carter": the phrase ends at its head, before the verb
        break;
      }
    }
    while (e > i && ("prep".equals(fn(e)) || "conj".equals(fn(e)) || "rel".equals(fn(e)) || "aux".equals(fn(e))
        || "be".equals(fn(e)))) {
      e--;
    }
    return head(i, e, b, subject);
  }

  Source head(int i, int e, int b, boolean subject) {
    Mention m = persons.endingAt(e);
    for (int k = e; k >= i && m == null; k--) {
      Mention at = persons.startingAt(k);
      if (at != null && !x.possessive(x.words.at(at.end() - 1)) && x.words.at(at.end() - 1) >= e) {
        m = at; // a name that runs on past the phrase ("William J. Bennett")
        e = Math.max(e, x.words.at(at.end() - 1));
      }
    }
    Description d = describe(i, e, b);
    if (m != null && !x.possessive(e)) {
      Persons.P p = persons.person(m.person());
      return new Source(p != null && p.institution ? "org" : "name", m.person(), i, e, d);
    }
    String headTag = x.tag(e, Lists.HEADS);
    if (headTag != null) {
      return new Source("described", null, i, tail(e, b), d);
    }
    Match role = x.to(e, Lists.ROLES);
    if (role != null && !x.capitalised(role.first()) || role != null && x.initial(role.first())) {
      int end = tail(e, b);
      String person = Coreference.roleHolder(x, persons, pronouns, e, d.definite());
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
    String first = fn(i);
    if (!subject && i < e && fn(e) == null && !x.capitalised(e) && !x.is(e, Lists.VERBS)
        && (Lists.definite(first) || "indef".equals(first) || first != null && first.startsWith("poss"))) {
      // "said the 46-year-old", "says a narrator": a noun phrase after the verb names its speaker
      return new Source("role", persons.org(i, e).key, i, e, d);
    }
    if (x.capitalised(e) && single && !x.initial(e) && Names.nameWord(x, e) && !x.writtenLower(x.folded(e))) {
      String place = x.tag(e, Lists.PLACES);
      if (place == null || place.equals("city")) {
        return promoted(e, i, d); // a city that speaks is a person of that name ("said Jackson")
      }
      return new Source("org", persons.org(i, e).key, i, e, d); // "Russia said": its government
    }
    if (x.capitalised(e) && i == e && x.initial(e) && subject && Names.nameWord(x, e) && !x.is(e, Lists.PLACES)
        && !x.writtenLower(x.folded(e))) {
      return promoted(e, i, d);
    }
    return Source.NONE;
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

  /** A role noun kept as the speaker, keyed by its phrase ("a spokeswoman for the ministry"). */
  private String roleKey(int i, int end) {
    return persons.org(i, end).key;
  }

  /** Extends a head over a "for/of/at/with/to" phrase naming whom it speaks for ("a spokeswoman for the ministry"). */
  private int tail(int e, int b) {
    int k = e + 1;
    if (k > b || !x.spaced(k) || !"prep".equals(fn(k))) {
      return e;
    }
    int j = k + 1;
    int end = e;
    while (j <= b && j - k <= MAX_PHRASE / 2 && x.spaced(j) && modifierOrNoun(j)) {
      if (x.capitalised(j) || x.is(j, Lists.ORGS) || x.is(j, Lists.ROLES)) {
        end = j;
      }
      j++;
    }
    return end;
  }

  Description describe(int i, int e, int b) {
    StringBuilder quantity = new StringBuilder();
    boolean definite = false;
    boolean capitalised = false;
    for (int k = i; k < e; k++) {
      String t = fn(k);
      if ("quant".equals(t) && quantity.length() == 0) {
        quantity.append(x.folded(k));
      }
      if (k == i && (Lists.definite(t) || t != null && t.startsWith("poss") || x.possessive(k))) {
        definite = true;
      }
      if (x.capitalised(k) && !(k == i && x.initial(k) && t != null)) {
        capitalised = true;
      }
    }
    for (int k = i; k + 1 < e; k++) {
      if ((x.is(k, Lists.SHARES) || x.words.is(k, Tokens.NUMBER)) && "prep".equals(fn(k + 1))) {
        quantity.setLength(0);
        quantity.append("share"); // "a majority of Republicans", "40 percent of Clinton voters"
      }
    }
    String head = x.folded(e);
    String headTag = x.tag(e, Lists.HEADS);
    if (headTag == null) {
      headTag = x.to(e, Lists.ROLES) != null ? "role" : x.tag(e, Lists.ORGS) != null ? "org" : "";
    }
    if ("quant".equals(fn(e)) || headTag.equals("group") && isQuantHead(e)) {
      quantity.setLength(0);
      quantity.append(head);
    }
    String basis = basis(e);
    boolean named = appositiveName(tail(e, Math.min(x.size - 1, e + MAX_PHRASE)));
    if (headTag.equals("document")) {
      named |= byAgent(e);
    }
    int end = x.words.end(tail(e, b));
    String text = x.text.substring(x.words.start(i), end);
    return new Description(text, x.words.start(i), end, head, headTag, quantity.toString(), definite, capitalised,
        basis, named);
  }

  private boolean isQuantHead(int e) {
    return !x.is(e, Lists.HEADS) || "group".equals(x.tag(e, Lists.HEADS)) && x.is(e, Lists.FUNCTION);
  }

  /** The basis or anonymity phrase of the clause holding word {@code e}, or "". */
  private String basis(int e) {
    int sent = x.sentenceOf(e);
    int from = Math.max(0, e - MAX_LEFT);
    int to = Math.min(x.size, e + MAX_LEFT);
    for (int k = from; k < to; k++) {
      if (x.sentenceOf(k) != sent || x.quoted(k)) {
        continue;
      }
      Match m = x.from(k, Lists.ANONYMITY);
      if (m != null) {
        return m.entry().term();
      }
    }
    return "";
  }

  /** ", John Smith," right after the phrase ending at word {@code e}. */
  private boolean appositiveName(int e) {
    int k = e + 1;
    if (k >= x.size || !x.gap(k).strip().equals(",")) {
      return false;
    }
    Mention m = persons.startingAt(k);
    return m != null && !persons.person(m.person()).institution;
  }

  /** "a poll by Gallup", "a study from Harvard": a capitalised agent after the document noun. */
  private boolean byAgent(int e) {
    for (int k = e + 1; k < Math.min(x.size, e + 6) && x.spaced(k); k++) {
      if ("prep".equals(fn(k)) && k + 1 < x.size) {
        for (int j = k + 1; j < Math.min(x.size, k + 4); j++) {
          if (x.capitalised(j)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
