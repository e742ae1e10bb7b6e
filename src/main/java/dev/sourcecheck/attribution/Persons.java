package dev.sourcecheck.attribution;

import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The people and organisations of one article and every mention of them: full names make a
 * person (keyed by given name and surname, so "Richard J. Durbin" and "Richard Durbin" are one); a
 * surname or given name alone, with or without an honorific, is a mention of the person of that
 * name named last before it (else first after it); a single name with an honorific or title, or
 * as the subject of a verb of saying, makes a person of its own. Gender comes from honorifics,
 * given names and role words. Not shared between threads.
 */
final class Persons {
  /** A person being built. */
  static final class P {
    final String key;
    String name;
    final LinkedHashSet<String> roles = new LinkedHashSet<>();
    final boolean institution;
    String gender;
    /** The gender was read from the given name alone (Lindsey, Jamie, Kelly are given to both). */
    boolean givenGender;
    /** Canonical roles ({@code roles} lexicon tags) this person holds here. */
    final java.util.Set<String> roleTags = new java.util.HashSet<>();
    /** Parties ({@code parties} lexicon tags) named in this person's role phrases here. */
    final java.util.Set<String> parties = new java.util.HashSet<>();
    String surname;
    String given;
    /** Where this person was last mentioned so far (while mentions are added in text order), or -1. */
    int lastSeen = -1;
    /** That last mention introduced them through someone else ("her daughter, Ruth Ellison,"). */
    boolean lastRelative;

    P(String key, String name, boolean institution) {
      this.key = key;
      this.name = name;
      this.institution = institution;
    }

    Person value() {
      return new Person(key, name, List.copyOf(roles), institution);
    }
  }

  private final ArticleIndex x;
  final Map<String, P> byKey = new LinkedHashMap<>();
  private final Map<String, List<P>> bySurname = new HashMap<>();
  private final Map<String, List<P>> byGiven = new HashMap<>();
  final List<Mention> mentions = new ArrayList<>();
  /** The mention ending at each word (its last word), by word index. */
  private final Map<Integer, Mention> endingAt = new HashMap<>();
  private final Map<Integer, Mention> startingAt = new HashMap<>();
  private final Map<Integer, Mention> byRole = new HashMap<>();

  Persons(ArticleIndex x, List<Name> names) {
    this.x = x;
    for (Name n : names) {
      if (n.kind() == Name.Kind.PERSON && n.words() >= 2 && !n.weak()) {
        full(n);
      }
    }
    for (Name n : names) {
      Deadline.check();
      if (n.kind() == Name.Kind.ORG) {
        mention(org(n.first(), n.last()), n);
        continue;
      }
      P p = resolve(n);
      if (p == null && n.words() == 1 && !n.weak() && n.titled()) {
        p = single(n.first());
      }
      if (p != null) {
        mention(p, n);
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  private String word(int i) {
    return Tokens.norm(x.words.word(i));
  }

  private void full(Name n) {
    int last = n.last();
    String key = word(firstCapital(n)) + " " + word(last);
    P p = byKey.get(key);
    if (p == null) {
      p = new P(key, surface(firstCapital(n), last), false);
      p.surname = word(last);
      p.given = word(firstCapital(n));
      byKey.put(key, p);
      bySurname.computeIfAbsent(p.surname, k -> new ArrayList<>()).add(p);
      byGiven.computeIfAbsent(p.given, k -> new ArrayList<>()).add(p);
    }
    String s = surface(firstCapital(n), last);
    if (s.length() > p.name.length()) {
      p.name = s;
    }
    if (p.gender == null) {
      p.gender = n.gender();
      p.givenGender = n.gender() != null && Names.roleGender(x, n.roleFirst(), n.roleLast()) == null;
    }
  }

  private int firstCapital(Name n) {
    int k = n.first();
    while (k < n.last() && !x.capitalised(k)) {
      k++;
    }
    return k;
  }

  /** The text of words {@code [from, to]} without a final possessive 's. */
  String surface(int from, int to) {
    int end = x.words.end(to);
    if (x.possessive(to)) {
      end -= 2;
    }
    return x.text.substring(x.words.start(from), end);
  }

  private P resolve(Name n) {
    if (n.words() >= 2) {
      P p = byKey.get(word(firstCapital(n)) + " " + word(n.last()));
      if (p != null) {
        return p;
      }
      if (!n.weak()) {
        return null;
      }
    }
    String w = word(n.last());
    P p = nearest(bySurname.get(w), x.words.start(n.first()));
    if (p == null && n.words() == 1) {
      p = nearest(byGiven.get(w), x.words.start(n.first()));
      if (p != null && byGiven.get(w).size() > 1) {
        p = null;
      }
    }
    if (p == null && n.words() == 1) {
      p = byKey.get(w); // a person known by one name
    }
    return p;
  }

  /** Of people sharing a name, the one mentioned last before {@code offset}, else the first. */
  private P nearest(List<P> cands, int offset) {
    if (cands == null || cands.isEmpty()) {
      return null;
    }
    if (cands.size() == 1) {
      return cands.get(0);
    }
    P best = null;
    P other = null;
    for (P c : cands) {
      if (c.lastSeen >= 0 && c.lastSeen < offset && (best == null || c.lastSeen > best.lastSeen)) {
        other = best;
        best = c; // names are read in text order: each candidate's last mention so far is its nearest before
      } else if (c.lastSeen >= 0 && c.lastSeen < offset && (other == null || c.lastSeen > other.lastSeen)) {
        other = c;
      }
    }
    // "Margaret Ellison … died. … confirmed by her daughter, Ruth Ellison. … Dr. Ellison spent": a relative
    // named through the article's subject is not who the bare surname means
    return best != null && best.lastRelative && other != null ? other : best != null ? best : cands.get(0);
  }

  /** A person known by one name (word {@code i}): "Flea", "Mr. Alvarez" when no full name is known. */
  P single(int i) {
    String w = word(i);
    P p = byKey.get(w);
    if (p == null) {
      p = new P(w, surface(i, i), false);
      p.surname = w;
      byKey.put(w, p);
      bySurname.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
    }
    return p;
  }

  /** The organisation written as words {@code [from, to]} (a leading article dropped). */
  P org(int from, int to) {
    while (from < to && (Lists.definite(x.tag(from, Lists.FUNCTION)) || "indef".equals(x.tag(from, Lists.FUNCTION)))) {
      from++;
    }
    String name = surface(from, to);
    String key = Tokens.fold(name);
    return byKey.computeIfAbsent(key, k -> new P(k, name, true));
  }

  private void mention(P p, Name n) {
    int[] role = n.roleFirst() >= 0 ? new int[] {n.roleFirst(), n.roleLast()} : Roles.after(x, n.last());
    String roleText = null;
    int rs = -1;
    int re = -1;
    if (role[0] >= 0 && !p.institution) {
      rs = x.words.start(role[0]);
      re = x.words.end(role[1]);
      roleText = x.text.substring(rs, re).replaceAll("\\s+", " ");
      boolean honorific = role[0] == role[1] && x.is(role[0], Lists.HONORIFICS);
      if (honorific) {
        roleText = null;
        rs = -1;
        re = -1;
      } else if (!n.quoted() && !n.weak()) {
        p.roles.add(roleText.replaceFirst("^(?i)(the|a|an)\\s+", ""));
        for (int k = role[0]; k <= role[1]; k++) {
          var r = x.from(k, Lists.ROLES);
          if (r != null && r.last() <= role[1]) {
            p.roleTags.add(r.tag());
          }
          String party = x.capitalised(k) ? x.tag(k, Lists.PARTIES) : null;
          if (party != null) {
            p.parties.add(party);
          }
        }
      }
    }
    if (p.gender == null && n.gender() != null && (n.words() >= 2 || n.titled())) {
      p.gender = n.gender();
      p.givenGender = Names.roleGender(x, n.roleFirst(), n.roleLast()) == null;
    }
    int start = x.words.start(n.first());
    int end = x.words.end(n.last()) - (x.possessive(n.last()) ? 2 : 0);
    Mention m = new Mention(p.key, start, end, x.text.substring(start, end), roleText, rs, re, n.quoted());
    mentions.add(m);
    p.lastSeen = Math.max(p.lastSeen, start);
    int k = n.first();
    p.lastRelative = n.words() >= 2 && k >= 2 && x.gapHas(k, ",") && x.function(k - 1) == null && !x.capitalised(k - 1)
        && x.function(k - 2) != null && x.function(k - 2).startsWith("poss"); // "her daughter, Ruth Ellison"
    endingAt.put(n.last(), m);
    startingAt.put(n.first(), m);
    if (n.roleFirst() >= 0) {
      byRole.put(n.roleFirst(), m);
    }
  }

  /** The mention whose title or honorific starts at word {@code i} ("Sen." of "Sen. Ben Cardin"), or null. */
  Mention atRole(int i) {
    return byRole.get(i);
  }

  /** A mention made on demand (a single name as the subject of a verb of saying). */
  Mention promote(int i) {
    Mention m = endingAt.get(i);
    if (m != null) {
      return m;
    }
    P p = single(i);
    int start = x.words.start(i);
    int end = x.words.end(i) - (x.possessive(i) ? 2 : 0);
    m = new Mention(p.key, start, end, x.text.substring(start, end), null, -1, -1, x.quoted(i));
    mentions.add(m);
    endingAt.put(i, m);
    startingAt.put(i, m);
    return m;
  }

  Mention endingAt(int i) {
    return endingAt.get(i);
  }

  Mention startingAt(int i) {
    return startingAt.get(i);
  }

  P person(String key) {
    return key == null ? null : byKey.get(key);
  }
}
