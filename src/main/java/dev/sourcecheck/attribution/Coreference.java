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
  static String roleHolder(ArticleIndex x, Persons persons, Pronouns pronouns, int head, boolean definite) {
    Match role = x.to(head, Lists.ROLES);
    if (!definite || role == null) {
      return null;
    }
    int at = x.words.start(head);
    String party = party(x, role.first());
    for (int s = x.sentenceOf(head); s >= 0 && x.article.sentences().get(s).span().end() > at - MAX_BACK; s--) {
      java.util.List<Mention> ms = pronouns.in(s);
      for (int k = ms.size() - 1; k >= 0; k--) {
        Mention m = ms.get(k);
        Persons.P p = persons.person(m.person());
        if (m.start() < at && p != null && !p.institution && p.roleTags.contains(role.tag())
            && (party == null || p.parties.isEmpty() || p.parties.contains(party))) {
          return m.person();
        }
      }
    }
    return null;
  }

  /** Words a party word may stand before a role ("the Democratic presidential candidate"). */
  private static final int MAX_PARTY = 3;

  /** The party named by a capitalised word among the few right before the role starting at word {@code r}, or null. */
  private static String party(ArticleIndex x, int r) {
    for (int k = r - 1; k >= 0 && r - k <= MAX_PARTY && x.spaced(k + 1) && !Lists.definite(x.function(k)); k--) {
      String party = x.capitalised(k) ? x.tag(k, Lists.PARTIES) : null;
      if (party != null) {
        return party;
      }
    }
    return null;
  }
}
