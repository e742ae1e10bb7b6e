package dev.sourcecheck.attribution;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * The speaker of a cue: the subject of a verb of saying (to its left, across adverbs, auxiliaries,
 * time words, a parenthesis or a comma-delimited appositive or relative clause: "Warren, who has
 * not endorsed a candidate, told reporters"), or the noun phrase after it ("said Smith", "according
 * to the ministry"). A phrase's head is its last noun before a preposition, relative clause or
 * verb; a person named there is the speaker, a role or organisation noun is kept as the speaker,
 * and a generic head is a described source. Every window is capped. Not shared between threads.
 */
final class Subjects {
  /** Words looked at to the left of a verb, and in one noun phrase. */
  private static final int MAX_LEFT = 60;
  private static final int MAX_PHRASE = 10;
  private static final int MAX_SKIP = 4;
  private static final int MAX_SEGMENTS = 3;

  private final ArticleIndex x;
  private final Persons persons;
  private final Pronouns pronouns;

  Subjects(ArticleIndex x, Persons persons, Pronouns pronouns) {
    this.x = x;
    this.persons = persons;
    this.pronouns = pronouns;
  }

  private String fn(int i) {
    return x.tag(i, Lists.FUNCTION);
  }

  /** The subject to the left of the cue starting at word {@code v}. */
  Source left(int v) {
    int sent = x.sentenceOf(v);
    int floor = Math.max(0, v - MAX_LEFT);
    int k = v - 1;
    for (int skipped = 0; k >= floor && skipped < MAX_SKIP && same(k, sent) && x.spaced(k + 1); skipped++) {
      String t = fn(k);
      if (!"adv".equals(t) && !"aux".equals(t) && !"be".equals(t) && !"time".equals(t) && !"neg".equals(t)) {
        break;
      }
      k--;
    }
    List<int[]> segments = new ArrayList<>();
    int end = k;
    while (end >= floor && same(end, sent) && segments.size() < MAX_SEGMENTS) {
      int start = end;
      while (start - 1 >= floor && same(start - 1, sent) && !boundary(start) && !"conj".equals(fn(start - 1))) {
        start--;
      }
      segments.add(new int[] {start, end});
      if (start - 1 < floor || !same(start - 1, sent) || !x.gapHas(start, ",()—–")) {
        break;
      }
      end = start - 1;
    }
    Source fallback = Source.NONE;
    for (int s = 0; s < segments.size(); s++) {
      int[] seg = segments.get(s);
      // a segment enclosed by commas before the verb may be an aside ("Warren, who …, told")
      boolean enclosed = s > 0 || x.gapHas(seg[1] + 1, ",()—–");
      boolean aside = enclosed && s + 1 < segments.size() && aside(seg[0]);
      Source src = phrase(seg[0], seg[1], true);
      if (!src.found() || aside) {
        if (src.found() && !fallback.found()) {
          fallback = src;
        }
        continue;
      }
      if (!src.kind().equals("name") && !src.kind().equals("pronoun") && s + 1 < segments.size()) {
        // "Amy Pope, deputy homeland security adviser, said": the name before an appositive role
        int[] prev = segments.get(s + 1);
        Mention m = persons.endingAt(prev[1]);
        if (m != null && !x.possessive(prev[1]) && !persons.person(m.person()).institution) {
          return new Source("name", m.person(), prev[0], prev[1], describe(prev[0], prev[1], prev[1]));
        }
      }
      return src;
    }
    return fallback;
  }

  private boolean same(int k, int sent) {
    return k >= 0 && x.sentenceOf(k) == sent && !x.quoted(k);
  }

  /** A clause or phrase boundary before word {@code i}. */
  private boolean boundary(int i) {
    return x.gapHas(i, ",;:()—–\"“”") || x.quoted(i - 1) != x.quoted(i);
  }

  /** A segment that is an aside rather than the subject: a relative clause, a participle, an appositive role. */
  private boolean aside(int start) {
    String t = fn(start);
    String w = x.folded(start);
    return "rel".equals(t) || "prep".equals(t) || "sub".equals(t) || w.endsWith("ing") && !x.capitalised(start)
        || "det".equals(t) && x.to(phraseEnd(start), Lists.ROLES) != null && persons.startingAt(start + 1) == null;
  }

  private int phraseEnd(int start) {
    int e = start;
    while (e + 1 < x.size && e - start < MAX_PHRASE && x.spaced(e + 1) && modifierOrNoun(e + 1)) {
      e++;
    }
    return e;
  }

  /** The subject after the cue ending at word {@code v}: "said Smith", "according to the ministry". */
  Source right(int v) {
    int k = v + 1;
    int sent = x.sentenceOf(v);
    for (int skipped = 0; k < x.size && skipped < MAX_SKIP && "time".equals(fn(k)); skipped++) {
      k++;
    }
    if (k >= x.size || !same(k, sent) || x.gapHas(k, ".;:!?\"“”")) {
      return Source.NONE;
    }
    int e = k;
    while (e + 1 < x.size && e - k < MAX_PHRASE && same(e + 1, sent) && !boundary(e + 1)) {
      e++;
    }
    return phrase(k, e, false);
  }

  private boolean modifierOrNoun(int i) {
    String t = fn(i);
    if (t == null) {
      return !x.is(i, Lists.VERBS) || x.capitalised(i) && !x.initial(i);
    }
    return t.equals("det") || t.equals("indef") || t.equals("quant") || t.startsWith("poss");
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
      while (j <= b && !x.capitalised(j) && !"det".equals(fn(j)) && (fn(j) == null || !fn(j).startsWith("pron"))) {
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
      return new Source("pronoun", person, i, i, new Description(x.words.word(i), x.folded(i), "pronoun", "", true,
          false, "", person != null));
    }
    int e = i;
    while (e + 1 <= b && e - i < MAX_PHRASE && x.spaced(e + 1) && modifierOrNoun(e + 1) && !x.possessive(e)
        || e + 1 <= b && x.possessive(e) && x.spaced(e + 1)) {
      e++;
    }
    while (e > i && ("prep".equals(fn(e)) || "conj".equals(fn(e)) || "rel".equals(fn(e)) || "aux".equals(fn(e))
        || "be".equals(fn(e)))) {
      e--;
    }
    return head(i, e, b, subject);
  }

  private Source head(int i, int e, int b, boolean subject) {
    Mention m = persons.endingAt(e);
    for (int k = e; k >= i && m == null; k--) {
      Mention at = persons.startingAt(k);
      if (at != null && !x.possessive(x.words.at(at.end() - 1))) {
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
      String person = Coreference.roleHolder(x, persons, e, d.definite());
      return new Source("role", person != null ? person : roleKey(i, end), i, end, d);
    }
    String org = x.tag(e, Lists.ORGS);
    if (org != null && (d.definite() || x.capitalised(e) || i == e || d.capitalised())) {
      int end = tail(e, b);
      return new Source("org", persons.org(i, end).key, i, end, d);
    }
    if (x.capitalised(e) && i == e && !x.initial(e) && Names.nameWord(x, e) && !x.is(e, Lists.PLACES)
        && !x.writtenLower(x.folded(e))) {
      return promoted(e, i, d);
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

  private Description describe(int i, int e, int b) {
    StringBuilder quantity = new StringBuilder();
    boolean definite = false;
    boolean capitalised = false;
    for (int k = i; k < e; k++) {
      String t = fn(k);
      if ("quant".equals(t) && quantity.length() == 0) {
        quantity.append(x.folded(k));
      }
      if (k == i && ("det".equals(t) || t != null && t.startsWith("poss") || x.possessive(k))) {
        definite = true;
      }
      if (x.capitalised(k) && !(k == i && x.initial(k) && t != null)) {
        capitalised = true;
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
    return new Description(text, head, headTag, quantity.toString(), definite, capitalised, basis, named);
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
