package dev.sourcecheck.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves "he" and "she" (and their other cases) to the nearest compatible person: first in the
 * pronoun's own sentence before it, then the subject (the first person named) of each sentence
 * before, back to a cap; gender from the person's honorific, given name or role word, or from a
 * pronoun already resolved to them. "It" resolves to the last organisation. Not shared between
 * threads.
 */
final class Pronouns {
  /** Sentences looked back over. */
  private static final int MAX_SENTENCES = 6;

  private final ArticleIndex x;
  private final Persons persons;
  /** Mentions outside quotations, by sentence. */
  private final List<List<Mention>> bySentence = new ArrayList<>();

  Pronouns(ArticleIndex x, Persons persons) {
    this.x = x;
    this.persons = persons;
    int n = x.article.sentences().size();
    for (int i = 0; i < n; i++) {
      bySentence.add(new ArrayList<>(2));
    }
    for (Mention m : persons.mentions) {
      int s = x.article.sentenceAt(m.start());
      if (s >= 0 && !m.quoted()) {
        bySentence.get(s).add(m);
      }
    }
  }

  /** Registers a mention made after construction (a promoted single name). */
  void add(Mention m) {
    int s = x.article.sentenceAt(m.start());
    if (s >= 0 && !m.quoted()) {
      List<Mention> l = bySentence.get(s);
      if (!l.contains(m)) {
        l.add(m);
        l.sort((a, b) -> Integer.compare(a.start(), b.start()));
      }
    }
  }

  /**
   * The last mention outside quotations ending before offset {@code before} and starting at or
   * after {@code from}, or null; a place, or a name that is not a person's standing after a
   * preposition of place ("a meeting at the Drovers Arms in Caldwell"), is where, not who, and is
   * passed over.
   */
  Mention lastMentionBefore(int before, int from) {
    int w = x.wordBefore(before);
    while (w >= 0 && x.sentenceOf(w) < 0 && x.words.start(w) >= from) {
      w--; // a word outside sentences (a dateline, metadata)
    }
    int sent = w < 0 ? -1 : x.sentenceOf(w);
    for (int s = sent; s >= 0 && x.article.sentences().get(s).span().end() > from; s--) {
      List<Mention> ms = bySentence.get(s);
      for (int k = ms.size() - 1; k >= 0; k--) {
        Mention m = ms.get(k);
        if (m.end() <= before && m.start() >= from && !afterPreposition(m)
            && !Places.where(x, x.words.at(m.start()), x.words.at(m.end() - 1))) { // "in San Bernardino, Calif."
          return m;
        }
      }
    }
    return null;
  }

  /** A mention of no known person (no given name or gender) right after a preposition of place, an article between. */
  private boolean afterPreposition(Mention m) {
    Persons.P p = persons.person(m.person());
    if (p == null || !p.institution && (p.given != null || p.gender != null)) {
      return false;
    }
    int k = x.wordAtOrAfter(m.start()) - 1;
    if (k >= 0 && Lists.definite(x.function(k)) && x.spaced(k + 1)) {
      k--;
    }
    return k >= 0 && x.is(k, Lists.PLACE_PREPOSITIONS) && x.spaced(k + 1);
  }

  /** The mentions outside quotations of sentence {@code s}, in text order. */
  List<Mention> in(int s) {
    return s < 0 || s >= bySentence.size() ? List.of() : bySentence.get(s);
  }

  /**
   * A compatible person named before the pronoun in its own sentence: the subject of a verb of
   * saying first ("On Trump's assertion, Benjamin said he believes …": Benjamin), then the first
   * one named neither as a possessor nor after a preposition, then the first one; or null.
   */
  private String inOwnSentence(int sent, int i, boolean org, String gender) {
    int at = x.words.start(i);
    // a pronoun opening a coordinate clause ("…, and he said") names someone new more often than not
    boolean coordinate = i > 0 && (x.gapHas(i, ",;") || "conj".equals(x.tag(i - 1, Lists.FUNCTION)));
    Persons.P plain = null;
    Persons.P any = null;
    Persons.P given = null;
    boolean anyObject = false;
    for (Mention m : bySentence.get(sent)) {
      if (m.start() >= at) {
        break;
      }
      Persons.P p = persons.person(m.person());
      if (p == null || p.institution != org) {
        continue;
      }
      int last = x.words.at(m.end() - 1);
      int first = x.wordAtOrAfter(m.roleStart() >= 0 ? Math.min(m.roleStart(), m.start()) : m.start());
      boolean possessor = x.possessive(last) || x.apostrophe(last + 1);
      boolean object = first > 0 && "prep".equals(x.tag(first - 1, Lists.FUNCTION));
      if (!org && p.gender != null && !p.gender.equals(gender)) {
        if (given == null && p.givenGender && !possessor && !object && !coordinate) {
          given = p; // "Lindsey Graham … he": a given name read with the other gender
        }
        continue;
      }
      if (!possessor && speaks(last)) {
        return claim(p, org, gender);
      }
      if (any == null) {
        any = p;
        anyObject = object && !possessor;
      }
      if (plain == null && !possessor && !object) {
        plain = p;
      }
    }
    // a subject whose given name only suggested the other gender beats nobody or an object of unknown
    // gender ("In his address to La Raza, Graham assures his audience he …"), not a possessor
    // ("Hillary Clinton met Obama's envoy, and he said …")
    Persons.P best = plain != null ? plain : given != null && (any == null || anyObject && any.gender == null) ? given : any;
    return best == null ? null : claim(best, org, gender);
  }

  /** A verb of saying within two words after word {@code last} ("Benjamin said", "Benjamin also told"). */
  private boolean speaks(int last) {
    for (int k = last + 1; k <= last + 3 && k < x.size; k++) {
      if (x.is(k, Lists.VERBS) || x.from(k, Lists.VERBS) != null) {
        return true;
      }
      String t = x.tag(k, Lists.FUNCTION);
      if (!"adv".equals(t) && !"aux".equals(t) && !"time".equals(t)) {
        return false;
      }
    }
    return false;
  }

  private String claim(Persons.P p, boolean org, String gender) {
    if (!org && (p.gender == null || p.givenGender && !p.gender.equals(gender))) {
      p.gender = gender;
      p.givenGender = false;
    }
    return p.key;
  }

  /** The person key the pronoun at word {@code i} refers to, or null. */
  String resolve(int i) {
    String t = x.tag(i, Lists.FUNCTION);
    String gender = "pron-m".equals(t) ? "m" : "pron-f".equals(t) ? "f" : null;
    boolean org = "pron-n".equals(t);
    if (gender == null && !org) {
      return null;
    }
    int sent = x.sentenceOf(i);
    if (sent < 0) {
      return null;
    }
    int at = x.words.start(i);
    String own = inOwnSentence(sent, i, org, gender);
    if (own != null) {
      return own;
    }
    for (int s = sent - 1; s >= Math.max(0, sent - MAX_SENTENCES); s--) {
      int described = org ? -1 : describedSubject(s);
      Persons.P owner = null; // "Harcourt's planning director, Neil Ambrose, told …. He": the holder, not the owner
      String opening = org ? openingOrganisation(s) : null;
      if (opening != null) {
        return opening; // "The firm said in a statement that …. It added:"
      }
      for (Mention m : bySentence.get(s)) {
        if (m.start() >= at) {
          break;
        }
        Persons.P p = persons.person(m.person());
        if (p == null || p.institution != org) {
          continue;
        }
        int mw = x.wordAtOrAfter(m.start());
        if (described >= 0 && described < mw && mw < verbAfter(described) && "prep".equals(x.function(mw - 1))) {
          break; // "One patient, a woman from Dunmore who asked not to be named, said …": the patient, not Dunmore
        }
        if (org || p.gender == null || p.gender.equals(gender)) {
          if (!org && owner == null && ownsRole(m)) {
            owner = p;
            continue;
          }
          if (!org && p.gender == null) {
            p.gender = gender;
          }
          return p.key;
        }
      }
      if (owner != null) {
        return claim(owner, false, gender);
      }
      if (described >= 0) {
        toDescribed.add(i);
        return null;
      }
    }
    return null;
  }

  /** Words an organisation noun may stand after the article opening its sentence ("The shipping firm"). */
  private static final int MAX_ORG_OPENING = 3;

  /**
   * The organisation a sentence opens with as its subject, an article and an organisation noun
   * ("The firm said", "The shipping company confirmed"), not a possessive ("The firm's shares"):
   * its key, or null.
   */
  private String openingOrganisation(int s) {
    int w = x.wordAtOrAfter(x.article.sentences().get(s).span().start());
    if (w >= x.size || x.quoted(w) || !Lists.definite(x.function(w))) {
      return null;
    }
    for (int k = w + 1; k < x.size && k - w <= MAX_ORG_OPENING && x.spaced(k) && !x.quoted(k); k++) {
      if (x.is(k, Lists.ORGS) && !x.possessive(k) && !x.apostrophe(k + 1) && !x.is(k + 1, Lists.ORGS) && !x.capitalised(k)) {
        return persons.org(w, k).key;
      }
      if (x.function(k) != null) {
        return null;
      }
    }
    return null;
  }

  /** A possessive mention right before a role noun ("Harcourt's planning director", "Trump's campaign manager"). */
  private boolean ownsRole(Mention m) {
    int last = x.words.at(m.end() - 1);
    if (!x.possessive(last) && !x.apostrophe(last + 1)) {
      return false;
    }
    int k = last + 1;
    for (int n = 0; n < 3 && k < x.size && (x.spaced(k) || n == 0 && x.apostrophe(k)); n++, k++) {
      if (x.to(k, Lists.ROLES) != null || "role".equals(x.tag(k, Lists.HEADS))) {
        return true;
      }
    }
    return false;
  }

  /** The first verb of saying after word {@code k} in its sentence (the end of a subject's phrase), or the sentence's end. */
  private int verbAfter(int k) {
    int sent = x.sentenceOf(k);
    for (int v = k + 1; v < x.size && x.sentenceOf(v) == sent; v++) {
      if (!x.quoted(v) && x.from(v, Lists.VERBS) != null) {
        return v;
      }
    }
    return x.size;
  }

  /** Pronouns resolved to a described source rather than a name ({@link #describedAntecedent}). */
  private final java.util.Set<Integer> toDescribed = new java.util.HashSet<>();

  /** Words from a sentence's quantity to its described head ("One patient", "a local shopkeeper"). */
  private static final int MAX_DESCRIBED = 4;

  /** The pronoun at word {@code i} ({@link #resolve} run) refers to a person described, not named, in a sentence before. */
  boolean describedAntecedent(int i) {
    return toDescribed.contains(i);
  }

  /**
   * The head of a described person opening sentence {@code s} ("One patient, …", "A shopkeeper in
   * Harlow, who declined to give his name, said"): "a", a quantity or a number, lower-case words,
   * then a {@code person} head of {@code source-heads}; -1 when the sentence opens otherwise.
   */
  private int describedSubject(int s) {
    int w = x.wordAtOrAfter(x.article.sentences().get(s).span().start());
    String t = w < x.size ? x.function(w) : null;
    if (w >= x.size || x.quoted(w) || !"indef".equals(t) && !"quant".equals(t) && !x.words.is(w, dev.sourcecheck.text.Tokens.NUMBER)) {
      return -1;
    }
    for (int k = w + 1; k < x.size && k - w <= MAX_DESCRIBED && x.spaced(k) && !x.capitalised(k); k++) {
      if ("person".equals(x.tag(k, Lists.HEADS))) {
        return k;
      }
    }
    return -1;
  }
}
