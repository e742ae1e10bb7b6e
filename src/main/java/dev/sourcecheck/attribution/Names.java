package dev.sourcecheck.attribution;

import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds names in an article: runs of capitalised words with middle initials and particles
 * ("Maria T. Ferreira", "Ursula von der Leyen"), the honorific or title before them ("Mr.",
 * "Sen.", "Texas Sen.", "White House press secretary"), organisations ("the Justice Department",
 * "CNN") and places, which are never names. A capitalised word that opens a sentence is a name
 * word only where the article also writes it capitalised mid-sentence, or it is a given name, or
 * the article never writes it in lower case: a rule, not a list of patched words. Stateless.
 */
final class Names {
  private Names() {}

  /** Longest run of capitalised words considered (a headline's Title Case line is cut into runs). */
  private static final int MAX_RUN = 8;

  static List<Name> find(ArticleIndex x) {
    List<Name> out = new ArrayList<>();
    int i = 0;
    Deadline deadline = Deadline.current();
    while (i < x.size) {
      deadline.tick();
      if (!x.capitalised(i) || x.words.is(i, Tokens.NUMBER)) {
        i++;
        continue;
      }
      int j = i;
      int cap = MAX_RUN;
      while (j + 1 < x.size && j - i < cap && !x.possessive(j) && joins(x, j)) {
        j++;
        if (OrgNames.joiner(x, j)) {
          cap = 2 * MAX_RUN; // "The Council on American-Islamic Relations National Executive Director Nihad Awad"
        }
      }
      analyse(x, i, j, out);
      i = j + 1;
    }
    Surnames.add(x, out);
    return out;
  }

  /** Whether word {@code j + 1} carries on the run of capitalised words ending at {@code j}. */
  private static boolean joins(ArticleIndex x, int j) {
    int k = j + 1;
    if (x.capitalised(k) && (x.spaced(k) || initialDot(x, j))) {
      return true;
    }
    if (OrgNames.joiner(x, k) && x.capitalised(k + 1) && x.spaced(k + 1)) {
      return true; // "Department of Education", "Institute for Fiscal Studies": one organisation
    }
    // a particle between two capitalised words: von der Leyen, bin Salman
    return x.spaced(k) && x.is(k, Lists.PARTICLES) && !x.capitalised(k)
        && (x.capitalised(k + 1) || x.is(k + 1, Lists.PARTICLES) && x.capitalised(k + 2));
  }

  /** Word {@code j} is a middle initial ("T.") followed by the next word of the name. */
  private static boolean initialDot(ArticleIndex x, int j) {
    String w = x.words.word(j);
    String gap = x.gap(j + 1);
    boolean initials = w.length() == 1 && Character.isUpperCase(w.charAt(0)) || dotted(w);
    return initials && gap.startsWith(".") && gap.length() <= 3 && gap.substring(1).isBlank() && !gap.contains("\n");
  }

  /** Initials written with inner full stops: "G.K" of "G.K. Butterfield". */
  static boolean dotted(String w) {
    if (w.length() < 3 || w.length() > 5) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (i % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code k} may be part of a person's name. */
  static boolean nameWord(ArticleIndex x, int k) {
    if (!x.capitalised(k)) {
      return x.is(k, Lists.PARTICLES);
    }
    String w = x.words.word(k);
    if (w.length() == 1 && k > 0 && x.capitalised(k - 1) && x.spaced(k) && k + 1 < x.size && x.capitalised(k + 1)
        && initialDot(x, k)) {
      return true; // "Jill A. Martin": a middle initial, not the article "A"
    }
    if (x.words.is(k, Tokens.ALL_CAPS) && w.length() > 1 && !(dotted(w) && k + 1 < x.size && x.capitalised(k + 1))
        || x.words.is(k, Tokens.NUMBER)) {
      return false;
    }
    if (x.is(k, Lists.FUNCTION) && x.is(k, Lists.FIRST_NAMES) && !x.initial(k) && k > 0 && !x.capitalised(k - 1)
        && Character.isLetter(x.words.word(k - 1).charAt(0)) && x.sentenceOf(k - 1) == x.sentenceOf(k)
        && k + 1 < x.size && x.spaced(k + 1) && x.capitalised(k + 1) && !x.is(k + 1, Lists.FUNCTION)) {
      return true; // "the captain, Will Strang,", "said May Chen": a given name that is also a modal
    }
    return !x.is(k, Lists.FUNCTION) && !x.is(k, Lists.NAME_STOP) && !x.is(k, Lists.HONORIFICS) && !x.is(k, Lists.ORGS)
        && !singleRole(x, k) && !"group".equals(x.tag(k, Lists.HEADS)); // "Republicans", "Some", "Critics": groups
  }

  private static boolean singleRole(ArticleIndex x, int k) {
    Match m = x.word(k, Lists.ROLES);
    return m != null;
  }

  private static void analyse(ArticleIndex x, int i, int j, List<Name> out) {
    boolean quoted = x.quoted(i);
    // an organisation: a capitalised run holding an organisation noun ("the Justice Department",
    // "Daily News") or an acronym ("CNN", "FBI")
    int rest = OrgNames.end(x, i, j);
    if (rest > i && rest <= j) {
      // "Council on American-Islamic Relations National Executive Director Nihad Awad": the organisation,
      // then a role and a name of their own
      analyse(x, i, rest - 1, out);
      int from = out.size();
      analyse(x, rest, j, out);
      for (int n = from; n < out.size(); n++) {
        Name m = out.get(n); // "Bank of England Governor Andrew Bailey": the role stops where the organisation does
        if (m.roleFirst() >= 0 && m.roleFirst() < rest && rest <= m.roleLast()) {
          out.set(n, new Name(m.first(), m.last(), rest, m.roleLast(), m.gender(), m.kind(), m.weak(), m.quoted()));
        }
      }
      return;
    }
    if (x.is(j, Lists.ORGS) && j > i || acronym(x, j) && lead(x, i, j) == j || "org".equals(x.tag(j, Lists.NAME_STOP))
        || rest > j) {
      int s = lead(x, i, j);
      if (!x.headline(s)) {
        out.add(new Name(s, j, -1, -1, null, Name.Kind.ORG, false, quoted));
      }
      return;
    }
    int outlet = outletFirst(x, i, j);
    if (outlet >= 0 || theOrganisation(x, i, j)) {
      out.add(new Name(outlet >= 0 ? outlet : lead(x, i, j), j, -1, -1, null, Name.Kind.ORG, false, quoted));
      return;
    }
    int s = j;
    while (s - 1 >= i && nameWord(x, s - 1) && x.to(s - 1, Lists.ROLES) == null) {
      s--; // "Manchester United Chief Executive Omar Berrada": a role of several words ends before the name
    }
    if (s - 1 >= i && s < j + 1 && nameWord(x, j) && "modifier".equals(x.tag(s - 1, Lists.NAME_STOP))
        && x.is(s - 1, Lists.FIRST_NAMES) && !x.initial(s - 1) && !x.headline(s - 1)) {
      s--; // "Christian Pardo": a given name that is also a modifier, before a surname
    }
    if (!nameWord(x, j)) {
      boolean modifier = "modifier".equals(x.tag(j, Lists.NAME_STOP)) && !x.initial(j) && !x.headline(j);
      boolean role = singleRole(x, j) && !x.initial(j) && !x.headline(j) && !x.words.is(j, Tokens.ALL_CAPS);
      String t = x.tag(j, Lists.FUNCTION);
      boolean function = ("prep".equals(t) || "aux".equals(t)) && j == i + 1 && !x.initial(j) && !x.headline(j)
          && x.spaced(j) && x.words.word(j).length() > 2;
      // "Ai Jun wrote", "Theresa May said": a month or an auxiliary after a given name, no date after it
      boolean calendar = "calendar".equals(x.tag(j, Lists.NAME_STOP)) && !x.initial(j) && !x.headline(j)
          && !(j + 1 < x.size && x.words.is(j + 1, Tokens.NUMBER));
      boolean titled = modifier && j > i && nameWord(x, j - 1) && Roles.before(x, j - 1)[0] >= 0;
      if ((modifier || role || function || calendar) && j > i && x.is(j - 1, Lists.FIRST_NAMES) && nameWord(x, j - 1)
          || titled) { // "Vice Chancellor Shearer West": a surname that is also a modifier, after a title
        s = j - 1; // "Mark Cuban", "Amy Pope", "Al From": a surname that is also a nationality, a role or a
        // function word, after a given name
      } else if (modifier && i == j && x.writtenCapitalMid(Tokens.norm(x.words.word(j)))) {
        out.add(new Name(j, j, -1, -1, null, Name.Kind.PERSON, true, quoted)); // "Cuban said": only a known surname
        return;
      } else {
        return;
      }
    }
    while (s < j && !x.capitalised(s)) {
      s++; // a particle cannot open a name
    }
    Match place = x.from(s, Lists.PLACES);
    if (place != null && place.last() >= j) {
      return; // "San Diego", "Georgia": a place is never a name
    }
    if (place != null && place.last() == j - 1 && !x.is(s, Lists.FIRST_NAMES)) {
      out.add(new Name(s, j, -1, -1, null, Name.Kind.ORG, false, quoted)); // "Las Vegas Sun"
      return;
    }
    boolean weak = x.headline(s);
    if (s == i && x.initial(s)) {
      if (j > s && !givenOrCapitalMid(x, s) && x.writtenLower(Tokens.norm(x.words.word(s)))) {
        s++; // "Attention Smith": a common word that opens the sentence
      } else if (j == s && !x.writtenCapitalMid(Tokens.norm(x.words.word(s)))) {
        weak = true;
      }
    }
    int[] role = Roles.before(x, s);
    role = role[0] < 0 ? Roles.afterVerb(x, s, j) : role;
    String gender = gender(x, s, j, role);
    out.add(new Name(s, j, role[0], role[1], gender, Name.Kind.PERSON, weak, quoted));
  }

  /**
   * "The American Legion said", "the Tampa Bay Buccaneers", "the Black Lives Matter movement": two
   * or more capitalised words after "the" name an organisation, for a person's name takes no
   * article; not a run opening with a given name ("the Bernie Sanders campaign"), holding an
   * honorific ("the Rev. Al Sharpton"), a place ("the United States") or in a headline.
   */
  private static boolean theOrganisation(ArticleIndex x, int i, int j) {
    int s = lead(x, i, j);
    boolean the = s > i ? "det".equals(x.function(s - 1))
        : s > 0 && x.spaced(s) && "det".equals(x.function(s - 1)) && x.sentenceOf(s - 1) == x.sentenceOf(s);
    if (!the || j - s < 1 || x.headline(s) || x.is(s, Lists.FIRST_NAMES) || x.words.is(s, Tokens.ALL_CAPS)) {
      return false;
    }
    for (int k = s; k <= j; k++) {
      if (x.is(k, Lists.HONORIFICS) || x.from(k, Lists.PLACES) != null && x.from(k, Lists.PLACES).last() >= j
          || x.word(k, Lists.ROLES) != null || !x.capitalised(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "POLITICO Florida reported", "CNN Politics said", "Google Maps shows": a run opening with an
   * organisation known by a short name is that organisation, unless a role, an honorific or a
   * given name follows it ("UN Ambassador John Bolton", "NATO Secretary General Jens Stoltenberg").
   * The organisation's first word, or -1.
   */
  private static int outletFirst(ArticleIndex x, int i, int j) {
    int s = i;
    while (s < j && x.is(s, Lists.FUNCTION)) {
      s++; // "The", not a common word that opens the sentence: the outlet may open it
    }
    if (s >= j || !"org".equals(x.tag(s, Lists.NAME_STOP)) || x.headline(s)) {
      return -1;
    }
    for (int k = s + 1; k <= j; k++) {
      if (OrgNames.personFrom(x, k, j)) {
        return -1;
      }
    }
    return s;
  }

  /** The first word of the run {@code [i, j]} after its function words and sentence-initial common words ("The FBI"). */
  private static int lead(ArticleIndex x, int i, int j) {
    int s = i;
    while (s < j && (x.is(s, Lists.FUNCTION) || initialCommon(x, s) && !OrgNames.joiner(x, s + 1))) {
      s++;
    }
    return s;
  }

  private static boolean acronym(ArticleIndex x, int k) {
    String w = x.words.word(k);
    return x.words.is(k, Tokens.ALL_CAPS) && w.length() >= 2 && w.length() <= 6 && !x.headline(k)
        && !x.is(k, Lists.FUNCTION) && !x.is(k, Lists.ROLES);
  }

  private static boolean initialCommon(ArticleIndex x, int k) {
    return x.initial(k) && !givenOrCapitalMid(x, k);
  }

  private static boolean givenOrCapitalMid(ArticleIndex x, int k) {
    return x.is(k, Lists.FIRST_NAMES) || x.writtenCapitalMid(Tokens.norm(x.words.word(k)));
  }

  /** The gender an honorific, a given name (of a name of two words or more) or a role word shows. */
  private static String gender(ArticleIndex x, int s, int j, int[] role) {
    String g = roleGender(x, role[0], role[1]);
    if (g == null && j > s) {
      g = x.tag(s, Lists.FIRST_NAMES);
      return g == null ? null : g.substring(0, 1);
    }
    return g;
  }

  /** The gender the honorific or role word in words {@code [first, last]} shows (none when {@code first} is -1), or null. */
  static String roleGender(ArticleIndex x, int first, int last) {
    if (first < 0) {
      return null;
    }
    String h = x.tag(last, Lists.HONORIFICS);
    if ("male".equals(h) || "female".equals(h)) {
      return h.substring(0, 1);
    }
    String head = x.folded(last);
    if (head.endsWith("woman")) {
      return "f";
    }
    return head.endsWith("man") ? "m" : null;
  }
}
