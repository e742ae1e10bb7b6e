package dev.sourcecheck.compare;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.lexicon.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * The story stage of a run fed article by article, in bounded memory and with the result of the
 * all-at-end stage ({@link CrossSource#eachStory}), story for story.
 *
 * <p>Of every article it keeps its story keys and date for good (a few hundred bytes), and its
 * story view ({@link AuditedArticle#lean}) only while its story may still grow. After each batch
 * ({@link #checkpoint}) the articles still held are grouped as {@link Stories} would group them,
 * a key counting as too common when its share of the articles so far, projected to the run's
 * size, is over the cap; a group that no article of the last {@link #QUIET} has joined is
 * compared at once and let go of, its findings kept as provisional. Which stories the run has is
 * only certain at the end (a key's posting, and so whether it joins articles, depends on every
 * article), so {@link #finish} groups all the articles' keys exactly as the all-at-end stage does
 * and, story by story, keeps the provisional findings of a group that turned out to be exactly that
 * story, or else compares the story anew, reading its articles that were let go of again through
 * {@code reread}. Stories are judged in parallel. Not thread-safe: one run, one thread.
 *
 * @param <F> what judging one story's facts gives (the run's findings)
 */
public final class CrossSourceWindow<F> {
  /** A group is released once this many articles have come after its last one. */
  public static final int QUIET = 256;

  /** The story stage's word lists, built when a second article arrives (a run of one needs none). */
  private final Map<String, Lexicon> lexicons;
  private Vocab vocab;
  private Phrases roles;
  private Amounts amounts;
  private final boolean all;
  private final int expected;
  private final int quiet;
  private final BiFunction<List<Object>, List<AuditedArticle>, List<F>> judge;
  private final List<String[]> keys = new ArrayList<>();
  private final List<LocalDate> dates = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private final Map<String, String> canonical = new HashMap<>();
  private final Map<String, Integer> postings = new HashMap<>();
  private final TreeMap<Integer, AuditedArticle> held = new TreeMap<>();
  /** Released groups by their first article: members and provisional findings. */
  private final Map<Integer, Released<F>> released = new HashMap<>();
  private int reread;

  private record Released<F>(List<Integer> members, List<F> findings) {}

  /**
   * {@code expected}: about how many articles the run will give (the cap of a key's posting is
   * projected to it); {@code judge}: a story's facts and articles to what they give.
   */
  public CrossSourceWindow(Map<String, Lexicon> lexicons, boolean all, int expected,
      BiFunction<List<Object>, List<AuditedArticle>, List<F>> judge) {
    this(lexicons, all, expected, judge, QUIET);
  }

  /** As the public constructor, a group released once {@code quiet} articles came after its last. */
  CrossSourceWindow(Map<String, Lexicon> lexicons, boolean all, int expected,
      BiFunction<List<Object>, List<AuditedArticle>, List<F>> judge, int quiet) {
    this.quiet = quiet;
    this.lexicons = lexicons;
    this.all = all;
    this.expected = Math.max(1, expected);
    this.judge = judge;
  }

  /** The next audited article (its story view), in input order. */
  public void add(AuditedArticle lean) {
    if (keys.size() == 1 && keys.get(0) == null) {
      vocab = new Vocab(lexicons);
      roles = new Phrases(lexicons.get("xs-roles"));
      amounts = new Amounts(lexicons.get("xs-numbers"));
      keys.set(0, keys(held.get(0))); // the first is held: nothing is released before a second arrives
    }
    held.put(keys.size(), lean);
    keys.add(keys.isEmpty() ? null : keys(lean));
    dates.add(Stories.published(lean));
    ids.add(lean.id());
  }

  private String[] keys(AuditedArticle lean) {
    List<String> k = Stories.keys(lean, vocab);
    String[] ks = new String[k.size()];
    for (int i = 0; i < ks.length; i++) {
      ks[i] = canonical.computeIfAbsent(k.get(i), x -> x);
      postings.merge(ks[i], 1, Integer::sum);
    }
    return ks;
  }

  /** How many articles are held now (their story may still grow). */
  public int held() {
    return held.size();
  }

  /** How many articles {@link #finish} had to read again (their group was not their story). */
  public int reread() {
    return reread;
  }

  /** After a batch: compares and lets go of the groups no recent article joined. */
  public void checkpoint() {
    if (all || held.isEmpty() || keys.size() < 2) {
      return;
    }
    int seen = keys.size();
    int cap = Stories.cap(expected);
    List<Integer> at = new ArrayList<>(held.keySet());
    List<List<String>> k = new ArrayList<>();
    List<LocalDate> d = new ArrayList<>();
    for (int i : at) {
      k.add(List.of(keys.get(i)));
      d.add(dates.get(i));
    }
    List<List<Integer>> groups = Stories.components(k, d,
        key -> (long) postings.get(key) * expected > (long) cap * seen);
    List<List<Integer>> closed = new ArrayList<>();
    for (List<Integer> g : groups) {
      List<Integer> members = g.stream().map(at::get).toList();
      if (members.get(members.size() - 1) < seen - quiet) {
        closed.add(members);
      }
    }
    List<Released<F>> done = closed.parallelStream()
        .map(m -> new Released<>(m, m.size() < 2 ? List.<F>of() : judge(m, held::get))).toList();
    for (Released<F> r : done) {
      released.put(r.members().get(0), r);
      r.members().forEach(held::remove);
    }
  }

  /**
   * The findings of every story of two or more articles, in story order, as the all-at-end stage
   * gives them; {@code reread} gives the story view of an article let go of (by its index among
   * the articles added), or null when it cannot be had again (the story is then compared without it).
   */
  public List<F> finish(IntFunction<AuditedArticle> reread) {
    if (keys.size() < 2) {
      return List.of();
    }
    List<List<Integer>> stories;
    if (all) {
      List<Integer> every = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        every.add(i);
      }
      stories = List.of(every);
    } else {
      List<List<String>> k = new ArrayList<>();
      keys.forEach(ks -> k.add(List.of(ks)));
      stories = Stories.components(k, dates, null);
    }
    List<List<F>> out = stories.parallelStream().filter(s -> s.size() >= 2).map(s -> {
      Released<F> r = released.get(s.get(0));
      if (r != null && r.members().equals(s)) {
        return r.findings();
      }
      return judge(s, i -> {
        AuditedArticle a = held.get(i);
        if (a == null) {
          synchronized (this) {
            this.reread++;
          }
          a = reread.apply(i);
        }
        return a;
      });
    }).toList();
    List<F> flat = new ArrayList<>();
    out.forEach(flat::addAll);
    held.clear();
    released.clear();
    return flat;
  }

  private List<F> judge(List<Integer> members, IntFunction<AuditedArticle> view) {
    List<AuditedArticle> articles = new ArrayList<>();
    Map<String, Integer> order = new HashMap<>();
    for (int i : members) {
      AuditedArticle a = view.apply(i);
      if (a != null) {
        articles.add(a);
        order.put(a.id(), i);
      }
    }
    if (articles.size() < 2) {
      return List.of();
    }
    Story story = new Story("story-" + ids.get(members.get(0)), articles, order, vocab, roles);
    List<Object> facts = CrossSource.facts(story, roles, amounts, all);
    return facts.isEmpty() ? List.of() : judge.apply(facts, articles);
  }
}
