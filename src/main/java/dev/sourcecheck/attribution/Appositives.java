package dev.sourcecheck.attribution;

import dev.sourcecheck.text.Tokens;
import java.util.List;

/**
 * Appositives and post-modifiers around a speaker phrase, for {@link Subjects}: the name before
 * its appositive role ("Eric Woolson, an Iowa strategist and former adviser to Scott Walker,
 * said"), what opens an appositive, and the head a prepositional phrase post-modifies ("leaders
 * of the organization said"). Every walk is capped. Not shared between threads.
 */
final class Appositives {
  private static final int MAX_PHRASE = 10;

  private final ArticleIndex x;
  private final Persons persons;
  private final Phrases phrases;

  Appositives(ArticleIndex x, Persons persons, Phrases phrases) {
    this.x = x;
    this.persons = persons;
    this.phrases = phrases;
  }

  private Description describe(int i, int e, int b) {
    return phrases.describe(i, e, b);
  }

  private boolean modifierOrNoun(int i) {
    return phrases.modifierOrNoun(i);
  }

  private boolean same(int k, int sent) {
    return k >= 0 && x.sentenceOf(k) == sent && !x.quoted(k);
  }

  /** Appositive segments a name may stand before ("…, assistant secretary for population, refugees, and migration, said"). */
  private static final int MAX_APPOSITIVES = 4;

  /**
   * The person named by one of the segments from {@code from} on, the ones between being parts
   * of an appositive (a list, a lower-case phrase): "Anne Richards, assistant secretary of state
   * for population, refugees, and migration, said". A single capitalised word there is a name
   * when the article writes it capitalised mid-sentence or it is a given name. Null when none.
   */
  Source nameBefore(List<int[]> segments, int from) {
    for (int t = from; t < Math.min(segments.size(), from + MAX_APPOSITIVES); t++) {
      int[] seg = segments.get(t);
      Mention m = persons.endingAt(seg[1]);
      if (m != null && !x.possessive(seg[1]) && x.words.start(seg[0]) <= m.start()
          && !persons.person(m.person()).institution && !framed(seg[0], x.wordAtOrAfter(m.start()))) {
        int first = Math.max(seg[0], Math.min(x.wordAtOrAfter(m.start()),
            m.roleStart() >= 0 ? x.wordAtOrAfter(m.roleStart()) : Integer.MAX_VALUE));
        return new Source("name", m.person(), first, seg[1], describe(first, seg[1], seg[1]));
      }
      if (seg[0] == seg[1] && x.capitalised(seg[0]) && x.function(seg[0]) == null && Names.nameWord(x, seg[0])
          && !x.is(seg[0], Lists.PLACES) && !x.possessive(seg[0]) && (!x.initial(seg[0])
          || x.writtenCapitalMid(x.folded(seg[0])) || x.is(seg[0], Lists.FIRST_NAMES))) {
        Mention p = persons.promote(seg[0]); // "Nefzi, a chemistry professor, said"
        phrases.registered(p);
        return new Source("name", p.person(), seg[0], seg[0], describe(seg[0], seg[0], seg[0]));
      }
      if (x.capitalised(seg[0]) && !opener(seg[0]) || "conj".equals(x.function(seg[0])) && t == from) {
        return null; // another phrase ("In Washington, officials, who …, said"), not part of an appositive
      }
    }
    return null;
  }

  /**
   * The mention before a comma and an appositive role names a person that role describes: no
   * institution, and not framed by a preposition or participle from the start of its comma-closed
   * segment ("Appearing on Morning Joe, the senator said" is the senator).
   */
  boolean personOpening(Mention m) {
    int name = x.wordAtOrAfter(m.start());
    int s = name;
    if (persons.person(m.person()).institution) {
      return false;
    }
    while (s - 1 >= 0 && name - s < MAX_PHRASE * 2 && x.sentenceOf(s - 1) == x.sentenceOf(name) && !x.quoted(s - 1)
        && !x.gapHas(s, ",;:()—–")) {
      s--;
    }
    return !framed(s, name);
  }

  /**
   * Words {@code [from, name)} before a name in its segment frame it as another phrase's object:
   * a preposition or a participle ("Appearing on Morning Joe, the senator said", "In an interview
   * with hosts Joe Scarborough and Mika Brzezinski, the candidate stated", "Speaking to Bloomberg
   * Surveillance, the chief executive said"), so the name is no appositive's.
   */
  boolean framed(int from, int name) {
    for (int k = from; k < name; k++) {
      String w = x.folded(k);
      if ("prep".equals(x.function(k)) || x.function(k) == null && !x.capitalised(k) && (w.endsWith("ing") || w.endsWith("ed"))
          || x.initial(k) && x.function(k) == null && w.endsWith("ing") && !x.is(k, Lists.FIRST_NAMES)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation named right before an appositive that describes one ({@code described}, an
   * organisation noun in lower case: "Greenpeace, an environmental group,", "Mums for Lungs, a
   * campaign group,"): its capitalised words (and the joiners between them) up to six words, or
   * null when {@code seg} is no such name.
   */
  Source organisationBefore(int[] seg, Source described) {
    if (x.capitalised(described.last()) || !opener(described.first()) || seg[1] - seg[0] > 5
        || !x.capitalised(seg[0]) || !x.capitalised(seg[1]) || x.possessive(seg[1]) || x.is(seg[1], Lists.PLACES)) {
      return null;
    }
    for (int k = seg[0]; k <= seg[1]; k++) {
      if (!x.capitalised(k) && !"prep".equals(x.function(k)) && !"conj".equals(x.function(k)) || x.is(k, Lists.ROLES)) {
        return null;
      }
    }
    Mention m = persons.endingAt(seg[1]);
    String key = m != null && x.words.start(seg[0]) >= m.start() ? m.person() : persons.org(seg[0], seg[1]).key;
    return new Source("org", key, seg[0], seg[1], describe(seg[0], seg[1], seg[1]));
  }

  /**
   * The phrase starting at word {@code first} stands in an appositive after a name ("Lopez-Cantera,
   * a Republican and former state legislator who …, said"): its comma-closed segment opens with an
   * appositive opener right after a name and a comma.
   */
  boolean ofName(int first, int floor) {
    int j = first;
    while (j - 1 >= floor && x.spaced(j) && x.sentenceOf(j - 1) == x.sentenceOf(j)) {
      j--;
    }
    return x.gapHas(first, ",()—–") || j - 1 >= floor && x.gapHas(j, ",") && opener(j) && persons.endingAt(j - 1) != null;
  }

  /**
   * Word {@code i} opens an appositive: an article, a possessive, a number, a role or a role
   * modifier ("a spokesman", "Sanders' campaign manager", "34", "deputy adviser", "former …").
   */
  boolean opener(int i) {
    String t = x.function(i);
    return t != null && (Lists.definite(t) || "indef".equals(t) || t.startsWith("poss")) || x.possessive(i)
        || x.apostrophe(i + 1) || x.words.is(i, Tokens.NUMBER) || x.from(i, Lists.ROLES) != null && !x.capitalised(i)
        || x.is(i, Lists.ROLE_MODIFIERS) && !x.capitalised(i);
  }

  /**
   * The head of a noun phrase that a prepositional phrase ending at word {@code j} post-modifies:
   * "leaders [of the organization]", "aides [to Mr. Sanders]", "one of the former prosecutors [for
   * David Petraeus]", "a spokesman [for candidate Hillary Clinton]", as {@code {first, head}}, or
   * null. A name's own title is no such head ("Secretary of State John Kerry").
   */
  int[] headBeforePreposition(int j, Mention m, int floor, int sent) {
    int p = j;
    int roleFirst = m != null && m.roleStart() >= 0 ? x.wordAtOrAfter(m.roleStart()) : Integer.MAX_VALUE;
    while (p - 1 >= floor && same(p - 1, sent) && x.spaced(p) && j - p < MAX_PHRASE && !"prep".equals(x.function(p - 1))
        && (x.to(p - 1, Lists.ROLES) != null || x.is(p - 1, Lists.ROLE_MODIFIERS) || modifierOrNoun(p - 1)
        && !x.is(p - 1, Lists.VERBS))) {
      p--;
    }
    if (p - 2 < floor || !"prep".equals(x.function(p - 1)) || !x.spaced(p) || !x.spaced(p - 1) || !same(p - 2, sent)
        || p - 2 >= roleFirst) {
      return null;
    }
    int h = p - 2;
    String t = x.function(h);
    boolean noun = t == null && !x.capitalised(h) && !x.is(h, Lists.VERBS) && !x.possessive(h)
        && !x.folded(h).endsWith("ly") && h - 1 >= floor && same(h - 1, sent)
        && (Lists.definite(x.function(h - 1)) || "indef".equals(x.function(h - 1)) || "quant".equals(x.function(h - 1))
        || x.function(h - 1) != null && x.function(h - 1).startsWith("poss") || x.possessive(h - 1) || x.is(h - 1, Lists.ROLE_MODIFIERS));
    boolean quantity = "quant".equals(t) || x.is(h, Lists.SHARES);
    if (!(x.is(h, Lists.HEADS) || x.to(h, Lists.ROLES) != null && !x.capitalised(h) || noun || quantity)) {
      return null;
    }
    int i = h;
    while (i - 1 >= floor && same(i - 1, sent) && x.spaced(i) && h - i < MAX_PHRASE
        && (modifierOrNoun(i - 1) && !x.is(i - 1, Lists.VERBS) || x.possessive(i - 1)) && !"prep".equals(x.function(i - 1))) {
      i--;
    }
    if (i - 2 >= floor && x.role(i - 1, "partitive") && x.spaced(i) && same(i - 2, sent)
        && ("quant".equals(x.function(i - 2)) || x.is(i - 2, Lists.HEADS) && "group".equals(x.tag(i - 2, Lists.HEADS)))) {
      i -= 2; // "one of the former prosecutors", "some of his advisers"
    }
    return new int[] {i, h};
  }

  /** Words of a proper phrase walked back from its head to the preposition after a person's name. */
  private static final int MAX_PROPER = 12;

  /**
   * "Tom Reed of the Brookings Institution said", "David Albright of Washington's Institute for
   * Science and International Security wrote", "coach Ann Lee at Ohio State told": a proper phrase
   * (capitalised words, articles, possessives and the prepositions or conjunctions inside it) ending
   * at the subject's head word {@code j}, after a preposition that follows a person's name, says
   * where that person works or comes from; the person is the subject. Null when no person's name
   * stands before such a preposition.
   */
  Source personBeforeProperPhrase(int j, int floor, int sent) {
    if (!x.capitalised(j)) {
      return null;
    }
    int p = j;
    for (int n = 0; n < MAX_PROPER && p - 1 >= floor && same(p - 1, sent) && x.spaced(p); n++) {
      int w = p - 1;
      String t = x.function(w);
      boolean link = "prep".equals(t) || "conj".equals(t);
      if ("prep".equals(t) && w - 1 >= floor && same(w - 1, sent) && x.spaced(w) && x.capitalised(w - 1)
          && !x.possessive(w - 1)) {
        Mention m = persons.endingAt(w - 1);
        Persons.P who = m == null ? null : persons.person(m.person());
        if (who != null && !who.institution) {
          Source s = phrases.phrase(w - 1, w - 1, true);
          return s.found() && s.kind().equals("name") && s.last() == w - 1 ? s : null;
        }
      }
      boolean inner = link ? x.capitalised(p) || Lists.definite(x.function(p))
          : x.capitalised(w) && !x.initial(w) || x.possessive(w) && x.capitalised(w) || Lists.definite(t) && x.capitalised(p);
      if (!inner) {
        return null;
      }
      p = w;
    }
    return null;
  }

  /** A segment that is an aside rather than the subject: a relative clause, a participle, an appositive role. */
  boolean aside(int start) {
    while ("adv".equals(x.function(start)) && start + 1 < x.size) {
      start++; // "later alleging …"
    }
    String t = x.function(start);
    String w = x.folded(start);
    return "rel".equals(t) || "prep".equals(t) || "sub".equals(t) || w.endsWith("ing") && !x.capitalised(start)
        || Lists.definite(t) && x.to(phraseEnd(start), Lists.ROLES) != null && persons.startingAt(start + 1) == null;
  }

  private int phraseEnd(int start) {
    int e = start;
    while (e + 1 < x.size && e - start < MAX_PHRASE && x.spaced(e + 1) && modifierOrNoun(e + 1)) {
      e++;
    }
    return e;
  }
}
