package dev.sourcecheck.compare;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Boilerplate;
import dev.sourcecheck.fact.story.StoryInfo;
import dev.sourcecheck.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The cross-source stage: articles audited together are grouped into stories ({@link Stories}),
 * and within each story Java reads, in neutral facts of {@code dev.sourcecheck.fact.story}, what its
 * sources say: quotations and the pairs of them that align ({@link QuoteAligner}), the roles given
 * to each person ({@link RoleReader}), events with their days ({@link EventReader}), figures with
 * what they count ({@link FigureReader}), aligned sentences and article pairs ({@link
 * SentenceAligner}), and through those the participants of events whose clause names no one
 * ({@link UnnamedEvents}). It runs no rules: the caller runs the cross-source rules over each story's
 * facts. Stateless and thread-safe: stories are read in parallel, each on its own data.
 */
public final class CrossSource {
  private CrossSource() {}

  /**
   * The facts of every story of two or more articles that has any, one list per story (with the
   * boilerplate spans of its articles, which the rules exclude). {@code lexicons} are the rule
   * set's word lists; {@code all} makes every article one story. Holds every story's facts at once:
   * a run judges them with {@link #eachStory} instead.
   */
  public static List<List<Object>> stories(List<AuditedArticle> audited, Map<String, Lexicon> lexicons, boolean all) {
    return eachStory(audited, lexicons, all, Function.identity());
  }

  /**
   * {@code judge} applied to the facts of every story that has any (as {@link #stories}), in story
   * order: each story's facts are read, judged and let go of in turn (stories in parallel), so
   * only the stories being judged hold their facts.
   */
  public static <T> List<T> eachStory(List<AuditedArticle> audited, Map<String, Lexicon> lexicons, boolean all,
      Function<List<Object>, T> judge) {
    if (audited.size() < 2) {
      return List.of();
    }
    Vocab vocab = new Vocab(lexicons);
    Phrases roles = new Phrases(lexicons.get("xs-roles"));
    Amounts amounts = new Amounts(lexicons.get("xs-numbers"));
    Map<String, Integer> inputOrder = new HashMap<>();
    for (AuditedArticle a : audited) {
      inputOrder.put(a.id(), inputOrder.size());
    }
    return Stories.group(audited, all, vocab).parallelStream()
        .filter(s -> s.size() >= 2)
        .map(s -> facts(new Story("story-" + s.get(0).id(), s, inputOrder, vocab, roles), roles, amounts, all))
        .filter(f -> !f.isEmpty())
        .map(judge)
        .toList();
  }

  static List<Object> facts(Story story, Phrases roles, Amounts amounts, boolean asserted) {
    List<Object> facts = new ArrayList<>();
    facts.addAll(QuoteAligner.facts(story));
    facts.addAll(RoleReader.facts(story, roles));
    facts.addAll(EventReader.facts(story));
    facts.addAll(FigureReader.facts(story, amounts));
    facts.addAll(SentenceAligner.facts(story));
    facts = UnnamedEvents.resolve(facts);
    if (!facts.isEmpty()) {
      facts.add(new StoryInfo(story.id, story.articles.size(), asserted));
      for (AuditedArticle a : story.articles) {
        for (Boilerplate b : a.boilerplate()) {
          if (b.article().equals(a.id())) {
            facts.add(b);
          }
        }
      }
    }
    return facts;
  }
}
