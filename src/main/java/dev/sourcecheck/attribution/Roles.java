package dev.sourcecheck.attribution;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * Role phrases around a name: a title or honorific right before it, extended over its modifiers
 * ("Texas Sen.", "White House press secretary", "Ukraine's defence minister", "Republican
 * presidential candidate"), or an appositive after it ("Rustem Umerov, Ukraine's defence
 * minister,"). Spans are word indices, {@code {-1, -1}} when there is none. Stateless.
 */
final class Roles {
  private Roles() {}

  static final int[] NONE = {-1, -1};
  /** Words a role may extend over to the left of its title. */
  private static final int MAX_LEFT = 5;
  /** Words an appositive role may hold. */
  private static final int MAX_APPOSITIVE = 9;

  /** The honorific or title ending right before word {@code s}, extended left over its modifiers. */
  static int[] before(ArticleIndex x, int s) {
    int t = s - 1;
    if (t < 0 || !(x.spaced(s) || abbreviated(x, s))) {
      return NONE;
    }
    Match h = x.to(t, Lists.HONORIFICS);
    if (h != null) {
      int[] outer = before(x, h.first()); // "Sen. Dr. Rand Paul"
      return outer[0] >= 0 ? new int[] {outer[0], t} : new int[] {h.first(), t};
    }
    Match r = x.to(t, Lists.ROLES);
    if (r == null) {
      return NONE;
    }
    return new int[] {extendLeft(x, r.first()), t};
  }

  /** Lower-case words a role between a verb of saying and a name may hold. */
  private static final int MAX_DESCRIBED = 4;

  /**
   * "said master of ceremonies Dave Burns", "said fellow campaigner Anna Li": lower-case nouns (joined
   * by "of" or "for" inside) between a verb of saying and the name right after them are the name's
   * role, though no lexicon lists it, where the name ending at word {@code j} ends the clause; NONE otherwise.
   */
  static int[] afterVerb(ArticleIndex x, int s, int j) {
    boolean ends = !x.possessive(j) && (j + 1 >= x.size || x.sentenceOf(j + 1) != x.sentenceOf(j) || x.gapHas(j + 1, ",.;:!?)"));
    int k = s - 1;
    if (!ends) {
      return NONE;
    }
    while (k >= 0 && s - k <= MAX_DESCRIBED && x.spaced(k + 1) && !x.capitalised(k) && !x.quoted(k)
        && (x.function(k) == null && !x.is(k, Lists.VERBS) && x.to(k, Lists.VERBS) == null
            || k < s - 1 && x.is(k, Lists.ORG_JOINERS) && x.function(k + 1) == null)) {
      k--;
    }
    boolean verb = k >= 0 && k < s - 1 && x.spaced(k + 1) && !x.capitalised(k) && x.to(k, Lists.VERBS) != null
        && x.sentenceOf(k) == x.sentenceOf(s) && !x.is(k + 1, Lists.ORG_JOINERS);
    return verb ? new int[] {k + 1, s - 1} : NONE;
  }

  /** The gap before word {@code s} is an abbreviation's full stop and a space ("Sen. Ted"). */
  private static boolean abbreviated(ArticleIndex x, int s) {
    String g = x.gap(s);
    return g.length() >= 2 && g.charAt(0) == '.' && g.substring(1).isBlank() && !g.contains("\n")
        && x.words.word(s - 1).length() <= 5;
  }

  /** Extends a role leftwards from word {@code first} over modifiers, places, capitalised words and one possessive. */
  static int extendLeft(ArticleIndex x, int first) {
    int s = first;
    for (int taken = 0; taken < MAX_LEFT && s - 1 >= 0 && (x.spaced(s) || x.gap(s).equals("-")); taken++) {
      int k = s - 1;
      if (x.quoted(k) != x.quoted(first)) {
        break;
      }
      boolean ok = x.possessive(k) || x.is(k, Lists.ROLE_MODIFIERS) || x.is(k, Lists.ROLES)
          || x.capitalised(k) && !x.is(k, Lists.FUNCTION) && !x.initial(k)
          || x.capitalised(k) && x.initial(k) && (x.is(k, Lists.NAME_STOP) || x.is(k, Lists.PLACES)
              || x.is(k, Lists.ORGS) || x.is(k, Lists.ROLES) || x.capitalised(k + 1) && !x.is(k, Lists.FUNCTION));
      if (!ok) {
        break;
      }
      s = k;
      if (x.possessive(k)) {
        // "the company's": take its own determiner and stop
        if (k - 1 >= 0 && x.spaced(k) && Lists.definite(x.tag(k - 1, Lists.FUNCTION))) {
          s = k - 1;
        }
        break;
      }
    }
    return s;
  }

  /**
   * The appositive role after a name ending at word {@code last}: ", ROLE," with a title in it and
   * no clause ("who said …"), or NONE.
   */
  static int[] after(ArticleIndex x, int last) {
    int k = last + 1;
    if (k >= x.size || x.possessive(last) || !x.gap(k).strip().equals(",")) {
      return NONE;
    }
    String first = x.tag(k, Lists.FUNCTION);
    if ("rel".equals(first) || "sub".equals(first) || "conj".equals(first) || "prep".equals(first)) {
      return NONE;
    }
    boolean title = false;
    int e = k;
    for (; e < x.size && e - k < MAX_APPOSITIVE; e++) {
      if (e > k && !x.spaced(e) && !x.gap(e).equals("-") && !x.gap(e).equals("'")) {
        break;
      }
      String t = x.tag(e, Lists.FUNCTION);
      if (x.is(e, Lists.VERBS) || "rel".equals(t) || "aux".equals(t) || "be".equals(t)) {
        return NONE;
      }
      title |= x.from(e, Lists.ROLES) != null;
    }
    if (!title || e >= x.size || !x.gap(e).strip().startsWith(",") && !x.gap(e).strip().startsWith(")") && !x.gap(e).strip().startsWith(".")) {
      return NONE;
    }
    return new int[] {k, e - 1};
  }
}
