package dev.sourcecheck.audit;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Positions;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.attribution.Speakers;
import dev.sourcecheck.fact.Boilerplate;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.fact.Flag;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article after the single-article rules ran: the parsed article, its words ({@link Tokens}),
 * its lexicon matches, its attribution model (who said what), the facts the rules saw, and what
 * they derived (flags and boilerplate spans). Built once per article and shared by every later
 * stage. The matches of the cross-source lexicons ({@code xs-*}) are not facts of the first pass
 * (no single-article rule reads them); {@link #cues} gives them as {@link Cue}s all the same, with
 * their sentence and quotation (their line-shape fields are not computed). The cues and the prose
 * sentences are made on first use (a run of one article never reads them). Immutable in what it
 * answers and thread-safe.
 */
public final class AuditedArticle {
  private final Article article;
  private final Tokens tokens;
  private final List<LexiconMatcher.Match> matches;
  private final Speakers speakers;
  private final List<Object> facts;
  private final List<Flag> flags;
  private final List<Boilerplate> boilerplate;
  /** Boilerplate spans of this article, sorted by start, as {start, end} pairs. */
  private final int[][] spans;
  /** {@code maxEnd[k]}: the furthest end among {@code spans[0..k]}. */
  private final int[] maxEnd;
  /**
   * What the cues are read from when first asked for: the first pass's {@code Cue} facts and the
   * lexicon matches (of a lean view, only those of the lexicons the story stage reads).
   */
  private final List<Object> cueFacts;
  private final List<LexiconMatcher.Match> cueMatches;
  /** The cues by lexicon and the prose sentences, made on first use: a run of one article never reads them. */
  private Map<String, List<Cue>> cues;
  private List<Sentence> prose;
  /** Whether this is the story stage's view ({@link #lean}): only the story stage's cues are kept. */
  private final boolean lean;

  public AuditedArticle(Article article, Tokens tokens, List<LexiconMatcher.Match> matches, Speakers speakers,
      List<Object> facts, List<Flag> flags, List<Boilerplate> boilerplate) {
    this.lean = false;
    this.article = Objects.requireNonNull(article, "article");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.matches = List.copyOf(matches);
    this.speakers = Objects.requireNonNull(speakers, "speakers");
    this.facts = List.copyOf(facts);
    this.flags = List.copyOf(flags);
    this.boilerplate = List.copyOf(boilerplate);
    this.spans = this.boilerplate.stream().filter(b -> b.article().equals(article.id()))
        .map(b -> new int[] {b.start(), b.end()}).sorted((x, y) -> Integer.compare(x[0], y[0])).toArray(int[][]::new);
    this.maxEnd = new int[spans.length];
    for (int k = 0; k < spans.length; k++) {
      maxEnd[k] = Math.max(spans[k][1], k == 0 ? 0 : maxEnd[k - 1]);
    }
    this.cueFacts = this.facts;
    this.cueMatches = this.matches;
  }

  /** The cues by lexicon, outside boilerplate, in text order: the Cue facts, then the {@code xs-*} matches as cues. */
  private synchronized Map<String, List<Cue>> cueMap() {
    if (cues == null) {
      Map<String, List<Cue>> byLexicon = new HashMap<>();
      for (Object f : cueFacts) {
        if (f instanceof Cue c && !inBoilerplate(c.start(), c.end())) {
          byLexicon.computeIfAbsent(c.lexicon(), k -> new ArrayList<>()).add(c);
        }
      }
      for (LexiconMatcher.Match m : cueMatches) {
        String lexicon = m.lexicon().name();
        if (crossSource(lexicon) && !inBoilerplate(m.start(), m.end())) {
          byLexicon.computeIfAbsent(lexicon, k -> new ArrayList<>()).add(new Cue(article.id(), lexicon,
              m.entry().term(), m.entry().tag(), m.start(), m.end(), article.index().line(m.start()),
              article.sentenceAt(m.start()), quoteAt(m.start(), m.end()) != null, false, false, ""));
        }
      }
      if (lean) {
        byLexicon.keySet().removeIf(lexicon -> !storyReads(lexicon));
      }
      cues = byLexicon;
    }
    return cues;
  }

  private AuditedArticle(AuditedArticle full) {
    this.article = full.article;
    this.tokens = full.tokens;
    this.matches = List.of();
    this.speakers = full.speakers;
    this.facts = List.of();
    this.flags = full.flags;
    this.boilerplate = full.boilerplate;
    this.spans = full.spans;
    this.maxEnd = full.maxEnd;
    // of the full view's cue sources only what the story stage reads, or its cues if already made
    List<Object> storyFacts = new ArrayList<>();
    List<LexiconMatcher.Match> storyMatches = new ArrayList<>();
    synchronized (full) {
      if (full.cues == null) {
        for (Object f : full.cueFacts) {
          if (f instanceof Cue c && storyReads(c.lexicon())) {
            storyFacts.add(c);
          }
        }
        for (LexiconMatcher.Match m : full.cueMatches) {
          if (storyReads(m.lexicon().name())) {
            storyMatches.add(m);
          }
        }
      } else {
        full.cues.forEach((lexicon, list) -> {
          if (storyReads(lexicon)) {
            storyFacts.addAll(list);
          }
        });
      }
      this.prose = full.prose;
    }
    this.cueFacts = List.copyOf(storyFacts);
    this.cueMatches = List.copyOf(storyMatches);
    this.lean = true;
  }

  /**
   * The lexicons whose cues the story stage reads: the cross-source ones ({@code xs-*}) and the
   * shared role list. A lean article answers {@link #cues} for no other (it fails loudly instead).
   */
  public static boolean storyReads(String lexicon) {
    return crossSource(lexicon) || lexicon.equals("roles");
  }

  /**
   * This article as the story stage reads it: everything but its lexicon matches and first-pass
   * facts (the bulk of its memory), which the run lets go of once the article's own findings and
   * summary are made. Of its {@link #cues} only those the story stage reads are kept
   * ({@link #storyReads}).
   */
  public AuditedArticle lean() {
    return facts.isEmpty() && matches.isEmpty() ? this : new AuditedArticle(this);
  }

  /** A lexicon only the cross-source stage reads ({@code xs-*}): its matches are no first-pass facts. */
  public static boolean crossSource(String lexicon) {
    return lexicon.startsWith("xs-");
  }

  public Article article() {
    return article;
  }

  public String id() {
    return article.id();
  }

  public String text() {
    return article.text();
  }

  public Tokens tokens() {
    return tokens;
  }

  public List<LexiconMatcher.Match> matches() {
    return matches;
  }

  /** The attribution model: people, their mentions, who said each quotation, statements. */
  public Speakers speakers() {
    return speakers;
  }

  /** The facts the single-article rules saw. */
  public List<Object> facts() {
    return facts;
  }

  public List<Flag> flags() {
    return flags;
  }

  public List<Boilerplate> boilerplate() {
    return boilerplate;
  }

  /** Whether {@code [start, end)} overlaps a boilerplate span (a binary search over the sorted spans). */
  public boolean inBoilerplate(int start, int end) {
    int lo = 0;
    int hi = spans.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans[mid][0] < end) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // among the spans starting before `end`, the furthest end reaches past `start`
    return lo > 0 && maxEnd[lo - 1] > start;
  }

  /** The cues of one lexicon outside boilerplate, in text order. */
  public List<Cue> cues(String lexicon) {
    if (lean && !storyReads(lexicon)) {
      throw new IllegalStateException("the story stage's view of " + article.id() + " keeps no cues of " + lexicon);
    }
    return cueMap().getOrDefault(lexicon, List.of());
  }

  /** The cues of one lexicon wholly inside {@code [from, to)}. */
  public List<Cue> cues(String lexicon, int from, int to) {
    List<Cue> all = cues(lexicon);
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Cue> out = new ArrayList<>();
    for (int k = lo; k < all.size() && all.get(k).start() < to; k++) {
      if (all.get(k).end() <= to) {
        out.add(all.get(k));
      }
    }
    return out;
  }

  /** The sentences that are article prose: not metadata, not boilerplate. */
  public synchronized List<Sentence> prose() {
    if (prose == null) {
      List<Sentence> out = new ArrayList<>();
      for (Sentence s : article.sentences()) {
        if (article.paragraphs().get(s.paragraph()).kind() != Paragraph.Kind.META
            && !inBoilerplate(s.span().start(), s.span().end())) {
          out.add(s);
        }
      }
      prose = out;
    }
    return prose;
  }

  /** The quotation whose words hold {@code [start, end)}, or null. */
  public Quote quoteAt(int start, int end) {
    return Positions.quoteAround(article, start, end);
  }

  public boolean inQuote(int start, int end) {
    return quoteAt(start, end) != null;
  }
}
