package dev.sourcecheck.attribution;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * A described speaker referring back to a person named earlier: "the senator said" is the person
 * last named before it who holds that role here ("Sen. Pat Toomey"). Stateless.
 */
final class Coreference {
  private Coreference() {}

  /** How far back (in characters) a definite role may refer. */
  private static final int MAX_BACK = 3000;

  /** The person last named before word {@code head} holding the role {@code head} names, or null. */
  static String roleHolder(ArticleIndex x, Persons persons, int head, boolean definite) {
    Match role = x.to(head, Lists.ROLES);
    if (!definite || role == null) {
      return null;
    }
    int at = x.words.start(head);
    Mention best = null;
    for (Mention m : persons.mentions) {
      if (m.quoted() || m.start() >= at || at - m.start() > MAX_BACK) {
        continue;
      }
      Persons.P p = persons.person(m.person());
      if (p != null && !p.institution && p.roleTags.contains(role.tag())
          && (best == null || m.start() > best.start())) {
        best = m;
      }
    }
    return best == null ? null : best.person();
  }
}
