package dev.sourcecheck.attribution;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;

/**
 * Speakers a verb of saying gets from the shape of its predicate rather than from the phrase right
 * before it, for {@link Subjects}: the second verb of a coordinated predicate shares the first
 * verb's subject, and a passive verb of saying with a "by" phrase is said by its agent. Not shared
 * between threads.
 */
final class Predicates {
  private final ArticleIndex x;
  private final Subjects subjects;

  Predicates(ArticleIndex x, Subjects subjects) {
    this.x = x;
    this.subjects = subjects;
  }

  /**
   * "… such as when Cruz knocked Rubio on trade and called him a “moderate”", "The striker left the
   * pitch and told reporters …": the second verb of a coordinated predicate shares the subject of
   * the first, a name, pronoun or organisation opening its clause (after a subordinator, a comma or
   * the sentence start) with a verb after it before the conjunction {@code c}.
   */
  Source coordinated(int c, int sent, int floor) {
    for (int i = c - 2; i >= floor && subjects.same(i, sent) && !x.gapHas(i + 1, ";:()"); i--) {
      boolean opens = i == 0 || !subjects.same(i - 1, sent) || x.gapHas(i, ",;:—–") || "sub".equals(x.function(i - 1));
      if (!opens) {
        continue;
      }
      Source s = subjects.phrase(i, c - 1, true);
      if (s.found() && s.first() == i && s.last() < c - 1
          && (s.kind().equals("name") || s.kind().equals("pronoun") || s.kind().equals("org"))) {
        return s;
      }
    }
    return Source.NONE;
  }

  /**
   * "Sanders was asked by host Bill Maher, …, “…”", "The minister was pressed by reporters on …":
   * a passive verb of saying whose "by" phrase names its agent is said by that agent. Null when
   * the cue is no passive with an agent that names someone.
   */
  Source passiveAgent(Match cue) {
    int b = cue.first() - 1;
    int by = cue.last() + 1;
    if (b < 0 || by >= x.size || !"be".equals(x.function(b)) || !x.spaced(by)
        || !"agent".equals(x.tag(by, Lists.PASSIVE)) || x.sentenceOf(by) != x.sentenceOf(cue.last())) {
      return null;
    }
    Source r = subjects.right(by);
    boolean someone = r.kind().equals("name") || r.kind().equals("org") || r.kind().equals("role")
        || r.kind().equals("described");
    return r.found() && someone ? r : null;
  }

  /**
   * "Trump in his announcement speech called …", "The ministry in a statement said …": a phrase
   * {@code src} (first word {@code j}) that is not a name, right after a preposition, is that
   * preposition's object; the name or organisation right before the preposition is the subject.
   * Null when no such name stands there.
   */
  Source acrossPreposition(Source src, int j, int floor, int sent) {
    if (src.found() && src.kind().equals("name") || j - 2 < floor || !"prep".equals(x.function(j - 1)) || !x.spaced(j)
        || !x.spaced(j - 1) || !subjects.same(j - 2, sent) || x.possessive(j - 2)) {
      return null;
    }
    Source s = subjects.phrase(j - 2, j - 2, true);
    boolean named = s.found() && s.first() == j - 2 && (s.kind().equals("name") || s.kind().equals("pronoun"));
    return named && x.sentenceOf(j - 2) == sent ? s : null;
  }

  /**
   * "A Feb. 1 letter from the American Legion obtained by The Associated Press warns …", "a memo
   * written by aides says …": a name after "by" and a participle right before the verb is the agent
   * of a modifier, not the subject; the subject is the phrase the participle modifies, read as the
   * participle's own subject. Null when mention {@code m} stands in no such modifier.
   */
  Source agentOfModifier(Mention m, int sent, int floor) {
    int first = x.wordAtOrAfter(m.start());
    int j = first;
    while (j - 1 >= floor && subjects.same(j - 1, sent) && x.spaced(j) && Lists.definite(x.function(j - 1))) {
      j--;
    }
    int by = j - 1;
    int participle = by - 1;
    if (participle < floor || !subjects.same(participle, sent) || !"agent".equals(x.tag(by, Lists.PASSIVE))
        || !x.spaced(by) || !x.spaced(j) || x.function(participle) != null || x.capitalised(participle)
        || !x.folded(participle).endsWith("ed") || x.from(participle, Lists.VERBS) != null && !x.spaced(participle)) {
      return null;
    }
    Source s = subjects.left(participle);
    return s.found() && s.last() < participle ? s : null;
  }
}
