package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Who said what in one article: names and organisations ({@link Names}, {@link Persons}), roles
 * ({@link Roles}), pronouns ({@link Pronouns}), the speaker of every verb of saying
 * ({@link Subjects}, {@link Statements}) and of every direct quotation ({@link QuoteSieves}), over
 * one index of the article's words and lexicon matches ({@link ArticleIndex}). Every word the
 * model knows comes from the rule set's lexicons. Stateless and thread-safe; each call builds its
 * own index, in time linear in the article (every window is capped).
 */
public final class AttributionModel {
  private AttributionModel() {}

  /** The article's words, sentence starts marked: the one tokenization the lexicon matcher and the model share. */
  public static Tokens words(Article a) {
    int[] starts = new int[a.sentences().size()];
    int k = 0;
    for (Sentence s : a.sentences()) {
      starts[k++] = s.span().start();
    }
    return Tokens.of(a.text(), starts);
  }

  /** Who speaks in {@code a}, given its words and the lexicon matches over them. */
  public static Speakers find(Article a, Tokens words, List<Match> matches) {
    ArticleIndex x = new ArticleIndex(a, words, matches);
    Persons persons = new Persons(x, Names.find(x));
    Pronouns pronouns = new Pronouns(x, persons);
    Subjects subjects = new Subjects(x, persons, pronouns);
    Cues cues = new Cues(x, matches);
    Statements statements = new Statements(x, cues, subjects);
    List<Statement> st = statements.run(matches);
    List<Attribution> attributions = new QuoteSieves(x, persons, pronouns, cues, subjects, statements).run();
    List<Person> people = new ArrayList<>();
    for (Persons.P p : persons.byKey.values()) {
      people.add(p.value());
    }
    List<Mention> mentions = new ArrayList<>(persons.mentions);
    mentions.sort((m, n) -> Integer.compare(m.start(), n.start()));
    return new Speakers(people, mentions, attributions, st);
  }

  /** Who speaks in {@code a}; runs {@code matcher} itself (for tests and embedders). */
  public static Speakers find(Article a, LexiconMatcher matcher) {
    Tokens words = words(a);
    return find(a, words, matcher.find(words));
  }

  /**
   * Whether the lexicon {@code name} is read only by this model (given names, function words …),
   * so that no rule needs its matches as {@code Cue} facts unless a rule names it.
   */
  public static boolean modelOnly(String name) {
    return Lists.MODEL_ONLY.contains(name);
  }
}
