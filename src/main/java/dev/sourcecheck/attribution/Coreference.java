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
    for (int s = x.sentenceOf(head); s >= 0 && x.article.sentences().get(s).span().end() > at - MAX_BACK; s--) {
      java.util.List<Mention> ms = pronouns.in(s);
      for (int k = ms.size() - 1; k >= 0; k--) {
        Mention m = ms.get(k);
        Persons.P p = persons.person(m.person());
        if (m.start() < at && p != null && !p.institution && p.roleTags.contains(role.tag())) {
          return m.person();
        }
      }
    }
    return null;
  }
}
