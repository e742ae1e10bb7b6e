package dev.sourcecheck.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses to the left of a word and their subjects, for {@link Subjects}: the main clause
 * before a participle ("Sanders compared himself to Clinton, saying …"), the clauses a partial
 * quotation may belong to, nearest first, and a clause a subordinator or "that" opens inside one
 * ("It is strange that Trump would denounce “…”"). Every window is capped. Not shared between
 * threads.
 */
final class Clauses {
  private static final int MAX_LEFT = 60;
  private static final int MAX_SEGMENTS = 6;

  private final ArticleIndex x;
  private final Subjects subjects;

  Clauses(ArticleIndex x, Subjects subjects) {
    this.x = x;
    this.subjects = subjects;
  }

  /**
   * The speaker of a verb of saying right after a relative pronoun (word {@code k}) with no comma
   * before it: the pronoun's antecedent, from its article ("a company that promised", "the
   * officials who wrote"; "Trump released a marketing video that said" is not "released a marketing
   * video"); a statement or document there speaks for the subject of the clause that issues it
   * ("the campaign sent out a press release that said"). NONE when there is no such antecedent, or
   * it is a generic head, which a relative clause describes more often than it quotes.
   */
  Source relativeSubject(int k, int sent, int floor) {
    if (k - 1 < floor || !"rel".equals(x.function(k)) || !x.spaced(k) || !subjects.same(k - 1, sent)) {
      return Source.NONE;
    }
    Source ante = subjects.near(k - 1, sent, floor);
    for (int d = ante.found() && !ante.kind().equals("name") ? k - 2 : -1; d > ante.first(); d--) {
      if (Lists.definite(x.function(d)) || "indef".equals(x.function(d))) {
        ante = subjects.head(d, k - 1, k - 1, true);
        break;
      }
    }
    if (!ante.found() || ante.kind().equals("pronoun") || ante.kind().equals("described")) {
      return Source.NONE; // "lawmakers who thought", "Clinton supporters who had hoped": people described, not sources
    }
    String doc = x.tag(ante.last(), Lists.ORGS);
    boolean owned = false;
    for (int w = ante.first(); w <= ante.last(); w++) {
      owned |= x.capitalised(w); // "a withering Washington Post editorial that accuses": its owner is named
    }
    if (("document".equals(doc) || "statement".equals(doc)) && !owned) {
      Source owner = mainClause(ante.first());
      if (owner.found() && (owner.kind().equals("name") || owner.kind().equals("org")) && owner.last() < ante.first()) {
        return owner;
      }
    }
    return ante;
  }

  /** Words a restrictive relative clause may run to before the verb it precedes. */
  private static final int MAX_RELATIVE = 10;

  /**
   * The relative pronoun opening a restrictive relative clause that ends at word {@code k}, right
   * before a verb ("the groups who wrote to her on Thursday say", "the lawyers who met him say"):
   * no punctuation between, and a verb rather than a subject after the pronoun ("which officials
   * said" is no such clause; nor is "that", which may open a reported clause); -1 when none.
   */
  int restrictiveRelative(int k, int sent, int floor) {
    for (int j = k; j > floor && j > k - MAX_RELATIVE && x.sentenceOf(j) == sent && !x.quoted(j); j--) {
      if (j < k && !x.spaced(j + 1)) {
        return -1;
      }
      if ("rel".equals(x.function(j)) && !x.role(j, "complementizer")) {
        int v = j + 1;
        String t = x.function(v);
        boolean verb = v <= k && !x.capitalised(v) && !x.is(v, Lists.HEADS) && x.to(v, Lists.ROLES) == null
            && !x.is(v, Lists.ORGS) && (t == null || t.equals("aux") || t.equals("be") || t.equals("adv"));
        return verb && x.spaced(j) && !x.initial(j) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * The subject of the main clause before a participle at word {@code f} ("Sanders compared himself
   * to Clinton, saying …"): the first phrase of the nearest clause to the left that does not itself
   * open with a participle, a subordinator or a preposition.
   */
  Source mainClause(int f) {
    List<Source> all = clauses(f, 1);
    if (all.isEmpty() && f - 1 >= 0 && "conj".equals(x.function(f - 1)) && x.spaced(f)) {
      return subjects.coordinated(f - 1, x.sentenceOf(f), Math.max(0, f - MAX_LEFT));
    }
    if (!all.isEmpty() && all.get(0).kind().equals("pronoun") && "pron-n".equals(x.function(all.get(0).first()))
        && f - 1 >= 0 && "conj".equals(x.function(f - 1))) {
      // "It's become such a presence that Sanders thanked its members “…” and called …": an impersonal
      // "it" is no speaker; the verb after "and" shares the inner clause's named subject
      for (int k = f - 2; k > all.get(0).first(); k--) {
        if (("sub".equals(x.function(k)) || "rel".equals(x.function(k))) && !x.quoted(k) && !x.quoted(k + 1) && opensPhrase(k + 1)) {
          Source s = subjects.phrase(k + 1, f - 1, true);
          if (s.found() && s.kind().equals("name")) {
            return s;
          }
          break;
        }
      }
    }
    return all.isEmpty() ? Source.NONE : all.get(0);
  }

  /**
   * The subjects of the clauses to the left of word {@code f}, nearest first, at most {@code max}
   * ({@link #mainClause}): "Walter Hewlett sniped that Fiorina, a first-time chief executive, was
   * “…”" gives the appositive role, then Walter Hewlett.
   */
  List<Source> clauses(int f, int max) {
    List<Source> out = new ArrayList<>(max);
    int sent = x.sentenceOf(f > 0 ? f - 1 : f); // the clauses ending before f, even when f opens the next sentence
    int floor = Math.max(0, f - MAX_LEFT);
    int end = f - 1;
    for (int n = 0; n < MAX_SEGMENTS + 2 && end >= floor && x.sentenceOf(end) == sent && out.size() < max; n++) {
      int start = end;
      while (start - 1 >= floor && x.sentenceOf(start - 1) == sent && !x.gapHas(start, ",;:()—–")
          && !"conj".equals(x.function(start - 1))) {
        start--;
      }
      while (start <= end && x.quoted(start)) {
        start++;
      }
      if (start < end && "sub".equals(x.function(start)) && !x.quoted(start + 1)) {
        start++; // "…, while Trump refers to the governor as “Chris”": the subordinate clause's own subject
      }
      boolean parenthesis = start <= end && x.gapHas(start, "(") && end + 1 < x.size && x.gapHas(end + 1, ")");
      int inner = max > 1 ? innerClause(start, end) : -1; // a partial quotation's clauses, not a participle's
      if (inner > 0 && !parenthesis && !someone(subjects.phrase(start, end, true))) {
        Source s = subjects.phrase(inner, end, true); // "It is strange that Trump would denounce “…”": the inner clause's subject
        if (s.found() && (s.kind().equals("name") || s.kind().equals("pronoun"))) {
          out.add(s);
        }
      }
      if (start <= end && !parenthesis && !subjects.aside(start) && opensPhrase(start) && out.size() < max) {
        Source s = subjects.phrase(start, end, true); // not "(R-Texas)" after a name: an aside
        // "The manager criticised the referee, Mike Dean, saying …": a participle's clause is no noun phrase
        // alone between commas, which is an appositive of the clause before
        boolean appositive = max == 1 && s.found() && s.last() == end && end == f - 1 && objectBefore(start, floor, sent);
        if (s.found() && !appositive) {
          out.add(s);
        }
      }
      end = start - 1;
      while (end >= floor && ("conj".equals(x.function(end)) || x.quoted(end))) {
        end--;
      }
    }
    return out;
  }

  /**
   * The segment before the comma at word {@code start} is a clause whose verb follows its subject
   * ("The manager criticised the referee, Mike Dean,"), so a noun phrase after the comma is an
   * appositive of the verb's object; not a subject with its own appositive, post-modifier or
   * relative clause ("One of the men, Jessie Elkins, 70,", "One of his supporters who backs
   * Randolph, Pat Schroeder,").
   */
  private boolean objectBefore(int start, int floor, int sent) {
    int end = start - 1;
    if (end < floor || !x.gapHas(start, ",") || x.sentenceOf(end) != sent || x.quoted(end)) {
      return false;
    }
    int s = end;
    while (s - 1 >= floor && x.sentenceOf(s - 1) == sent && !x.gapHas(s, ",;:()—–") && !"conj".equals(x.function(s - 1))) {
      s--;
    }
    Source p = opensPhrase(s) ? subjects.phrase(s, end, true) : Source.NONE;
    String next = p.found() && p.last() < end ? x.function(p.last() + 1) : "none";
    return next == null || "aux".equals(next) || "be".equals(next) || "adv".equals(next) || "neg".equals(next);
  }

  /** A phrase naming someone who may say a clause's words ("Walter Hewlett sniped that Fiorina …"), not "It is strange that". */
  private boolean someone(Source s) {
    return s.kind().equals("name") || s.kind().equals("org") || s.kind().equals("role")
        || s.kind().equals("pronoun") && s.person() != null && persons(s);
  }

  private boolean persons(Source s) {
    String t = x.function(s.first());
    return "pron-m".equals(t) || "pron-f".equals(t) || "pron-p".equals(t);
  }

  /**
   * The first word of the last clause a subordinator or "that" opens inside words {@code (start,
   * end]}, when a noun phrase opens it ("It is strange that Trump would denounce"), else -1.
   */
  private int innerClause(int start, int end) {
    for (int k = end - 1; k > start; k--) {
      if (x.quoted(k)) {
        return -1;
      }
      String t = x.function(k);
      if (("sub".equals(t) || "rel".equals(t)) && x.spaced(k + 1) && k + 1 <= end && opensPhrase(k + 1)
          && !x.quoted(k + 1)) {
        return k + 1;
      }
    }
    return -1;
  }

  /** A clause that opens with a noun phrase (not with its verb: "trashed Comey on MSNBC"). */
  private boolean opensPhrase(int start) {
    String t = x.function(start);
    return x.capitalised(start) || Character.isDigit(x.words.word(start).charAt(0)) // "14-year-old Aubrey Pelletier hoisted"
        || t != null && (Lists.definite(t) || t.equals("indef") || t.equals("quant")
        || t.startsWith("pron") || t.startsWith("poss")) || x.is(start, Lists.HEADS)
        || x.from(start, Lists.ROLES) != null || x.is(start, Lists.ROLE_MODIFIERS); // "chief executive Maria Ferreira sent
  }
}
