package dev.sourcecheck.compare;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.story.EventMention;
import dev.sourcecheck.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One story being compared: its id, its articles, their order (by publication date, undated ones
 * after the dated, then by input order: the "later" source is the one ranked after), its people merged across articles, and the
 * word lists. Not thread-safe: built and used by one story's comparison.
 */
final class Story {
  final String id;
  final List<AuditedArticle> articles;
  final StoryPeople people;
  final Vocab vocab;
  private final Map<String, Integer> order = new HashMap<>();
  /** Each article's words normalised ({@link Tokens#norm}), computed once per story, on first use. */
  private final Map<AuditedArticle, String[]> norms = new IdentityHashMap<>();

  Story(String id, List<AuditedArticle> articles, Map<String, Integer> inputOrder, Vocab vocab, Phrases roles) {
    this.id = id;
    this.articles = articles;
    this.vocab = vocab;
    this.people = new StoryPeople(articles, roles, vocab);
    List<AuditedArticle> sorted = new ArrayList<>(articles);
    // a total order: dated articles by date, undated ones after them; then input order
    sorted.sort((a, b) -> {
      long da = day(a) == EventMention.NONE ? Long.MAX_VALUE : day(a);
      long db = day(b) == EventMention.NONE ? Long.MAX_VALUE : day(b);
      return da != db ? Long.compare(da, db) : Integer.compare(inputOrder.get(a.id()), inputOrder.get(b.id()));
    });
    for (int i = 0; i < sorted.size(); i++) {
      order.put(sorted.get(i).id(), i);
    }
  }

  /**
   * {@code Tokens.norm(a.tokens().word(i))} for every word {@code i} of {@code a}: the readers of a
   * story ask for the same words' normal form several times (a sentence's stems, then its
   * predicates and hedge scope), and the accent folding costs more than the look-up.
   */
  String[] norms(AuditedArticle a) {
    return norms.computeIfAbsent(a, x -> {
      Tokens ts = x.tokens();
      String[] out = new String[ts.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = Tokens.norm(ts.word(i));
      }
      return out;
    });
  }

  int order(String article) {
    return order.get(article);
  }

  static LocalDate published(AuditedArticle a) {
    return a.article().metadata().published();
  }

  /** The publication date as an epoch day, or {@link EventMention#NONE}. */
  static long day(AuditedArticle a) {
    LocalDate d = published(a);
    return d == null ? EventMention.NONE : d.toEpochDay();
  }
}
