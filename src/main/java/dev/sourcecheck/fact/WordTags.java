package dev.sourcecheck.fact;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word-list tags of an article's single words, by the offset where the word starts, read
 * from the lexicon matches the article was given (so every word the fact extraction asks about is
 * lexicon data, not a Java set). Built once per article; not shared between threads.
 */
final class WordTags {
  private final Map<Integer, Map<String, String>> at = new HashMap<>();

  WordTags(List<Match> matches) {
    for (Match m : matches) {
      if (!READ.contains(m.list())) {
        continue;
      }
      at.computeIfAbsent(m.start(), k -> new HashMap<>(2)).putIfAbsent(m.list(), m.tag());
      if (m.list().equals(ADJUNCTS)) {
        adjunctEnd.merge(m.start(), m.end(), Math::max);
      }
    }
  }

  /** Where the longest {@code speech-adjuncts} entry starting at offset {@code start} ends, or -1. */
  int adjunctEnd(int start) {
    return adjunctEnd.getOrDefault(start, -1);
  }

  private final Map<Integer, Integer> adjunctEnd = new HashMap<>();
  static final String ADJUNCTS = "speech-adjuncts";

  static final String FUNCTION = "function-words";
  /** The lists the fact extraction asks about (the others are not indexed). */
  private static final java.util.Set<String> READ = java.util.Set.of("function-words", "reporting-verbs",
      "clause-verbs", "clause-addressees", "clause-nouns", "clause-acts", "org-nouns", "speech-objects", "passive-links", "source-heads", "share-words", "vague-sources", "place-relatives", ADJUNCTS);
  static final String VERBS = "reporting-verbs";
  /** Words looked at to tell English from other languages. */
  static final int SAMPLE = 2000;

  /** The tag of an entry of {@code list} that starts at the word starting at {@code start}, or null. */
  String tag(int start, String list) {
    Map<String, String> m = at.get(start);
    return m == null ? null : m.get(list);
  }

  boolean is(int start, String list) {
    return tag(start, list) != null;
  }
}
