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
 * <p>Told what the inputs still to come can be ({@link Lookahead}: their dates and words, from the
 * run's first pass), a checkpoint also finds the groups that are final ({@link Closing}: no input
 * to come can join them, and no key's posting can change them, whatever the rest of the run is):
 * their findings are the all-at-end stage's for that story, handed out at once
 * ({@link #closedFindings}) and kept for {@link #finish}, which gives them again in story order.
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
  private final Closing closing = new Closing();
  /** What the run knows of the inputs not added yet; null: nothing (no group is final before the end). */
  private final Lookahead ahead;
  private final TreeMap<Integer, AuditedArticle> held = new TreeMap<>();
  /** Released groups by their first article: members and provisional findings. */
  private final Map<Integer, Released<F>> released = new HashMap<>();
  private int reread;
  /** Findings of the stories found final at the last checkpoint, not handed out yet. */
  private List<F> closedNow = new ArrayList<>();
  /** Findings of {@link #finish} of the stories not found final before it. */
  private List<F> open = List.of();
  private int wrong;

  /** A group let go of: its members and findings; final when it is known to be its story. */
  private record Released<F>(List<Integer> members, List<F> findings, boolean isFinal) {}

  /**
   * {@code expected}: about how many articles the run will give (the cap of a key's posting is
   * projected to it); {@code judge}: a story's facts and articles to what they give.
   */
  public CrossSourceWindow(Map<String, Lexicon> lexicons, boolean all, int expected,
      BiFunction<List<Object>, List<AuditedArticle>, List<F>> judge) {
    this(lexicons, all, expected, judge, QUIET, null);
  }

  /**
   * As above, told by {@code ahead} what the inputs not added yet can be (every input to come
   * expected in it, each passed before or when it is added): a story found final at a checkpoint
   * is compared then and its findings handed out ({@link #closedFindings}).
   */
  public CrossSourceWindow(Map<String, Lexicon> lexicons, boolean all, int expected,
      BiFunction<List<Object>, List<AuditedArticle>, List<F>> judge, Lookahead ahead) {
    this(lexicons, all, expected, judge, QUIET, ahead);
  }

  /** As the public constructors, a group released once {@code quiet} articles came after its last. */
  CrossSourceWindow(Map<String, Lexicon> lexicons, boolean all, int expected,
      BiFunction<List<Object>, List<AuditedArticle>, List<F>> judge, int quiet, Lookahead ahead) {
    this.quiet = quiet;
    this.ahead = ahead;
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
      keys.set(0, keys(held.get(0), 0)); // the first is held: nothing is released before a second arrives
    }
    held.put(keys.size(), lean);
    keys.add(keys.isEmpty() ? null : keys(lean, keys.size()));
    dates.add(Stories.published(lean));
    ids.add(lean.id());
  }

  private String[] keys(AuditedArticle lean, int at) {
    List<String> k = Stories.keys(lean, vocab);
    String[] ks = new String[k.size()];
    for (int i = 0; i < ks.length; i++) {
      ks[i] = closing.add(k.get(i), at);
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
        key -> (long) closing.posting(key) * expected > (long) cap * seen);
    List<List<Integer>> finals = ahead == null ? List.of() : closing.closed(at, keys, dates, expected, ahead);
    java.util.Set<Integer> inFinal = new java.util.HashSet<>();
    finals.forEach(inFinal::addAll);
    List<Released<F>> closed = new ArrayList<>();
    finals.forEach(m -> closed.add(new Released<>(m, null, true)));
    for (List<Integer> g : groups) {
      List<Integer> members = g.stream().map(at::get).toList();
      // a final group is a union of these (its keys are those not yet sure to be left out)
      if (members.get(members.size() - 1) < seen - quiet && !inFinal.contains(members.get(0))) {
        closed.add(new Released<>(members, null, false));
      }
    }
    List<Released<F>> done = closed.parallelStream().map(r -> new Released<>(r.members(),
        r.members().size() < 2 ? List.<F>of() : judge(r.members(), held::get), r.isFinal())).toList();
    for (Released<F> r : done) {
      released.put(r.members().get(0), r);
      r.members().forEach(held::remove);
      if (r.isFinal()) {
        closedNow.addAll(r.findings());
      }
    }
  }

  /**
   * The findings of the stories found final since the last call (each story whole, as
   * {@link #finish} will give it): no later article can change them.
   */
  public List<F> closedFindings() {
    List<F> out = closedNow;
    closedNow = new ArrayList<>();
    return out;
  }

  /** Of {@link #finish}'s findings, those of the stories not found final before it (not handed out). */
  public List<F> openFindings() {
    return open;
  }

  /** How many stories found final turned out not to be their story at the end (never, or a bug). */
  int wrong() {
    return wrong;
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
    List<Released<F>> out = stories.parallelStream().filter(s -> s.size() >= 2).map(s -> {
      Released<F> r = released.get(s.get(0));
      if (r != null && r.members().equals(s)) {
        return r;
      }
      return new Released<>(s, judge(s, i -> {
        AuditedArticle a = held.get(i);
        if (a == null) {
          synchronized (this) {
            this.reread++;
          }
          a = reread.apply(i);
        }
        return a;
      }), false);
    }).toList();
    List<F> flat = new ArrayList<>();
    List<F> rest = new ArrayList<>();
    for (Released<F> r : out) {
      flat.addAll(r.findings());
      if (!r.isFinal()) {
        rest.addAll(r.findings());
      }
    }
    open = rest;
    Map<Integer, List<Integer>> byFirst = new HashMap<>();
    stories.forEach(s -> byFirst.put(s.get(0), s));
    wrong = (int) released.values().stream()
        .filter(r -> r.isFinal() && !r.members().equals(byFirst.get(r.members().get(0)))).count();
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
