package dev.sourcecheck.fact;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word-list tags of an article's single words, by the offset where the word starts, read
 * from the lexicon matches the article was given (so every word the fact extraction asks about is
 * lexicon data, not a Java set). Built once per article; not shared between threads.
 */
final class WordTags {
  /**
   * The matches of the lists read, sorted by start (stably: among matches of one list at one
   * offset the first given wins): their starts, lists and tags. Looked up by offset in an array,
   * no boxed offsets and no map per word.
   */
  private final int[] starts;
  private final String[] lists;
  private final String[] tags;
  /** By offset up to the last start: the index of the first match starting there, or -1 (one array read a look-up). */
  private final int[] firstAt;

  WordTags(List<Match> matches) {
    List<Match> read = new ArrayList<>();
    boolean sorted = true;
    for (Match m : matches) {
      if (!READ.contains(m.list())) {
        continue;
      }
      sorted &= read.isEmpty() || read.get(read.size() - 1).start() <= m.start();
      read.add(m);
      if (m.list().equals(ADJUNCTS)) {
        adjunctEnd.merge(m.start(), m.end(), Math::max);
      }
    }
    if (!sorted) {
      read.sort(java.util.Comparator.comparingInt(Match::start)); // a stable sort
    }
    int n = read.size();
    starts = new int[n];
    lists = new String[n];
    tags = new String[n];
    for (int k = 0; k < n; k++) {
      starts[k] = read.get(k).start();
      lists[k] = read.get(k).list();
      tags[k] = read.get(k).tag();
    }
    firstAt = new int[n == 0 ? 0 : starts[n - 1] + 1];
    java.util.Arrays.fill(firstAt, -1);
    for (int k = n - 1; k >= 0; k--) {
      firstAt[starts[k]] = k;
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
      "clause-verbs", "clause-past", "clause-addressees", "clause-nouns", "clause-acts", "org-nouns", "speech-objects", "passive-links", "source-heads", "share-words", "vague-sources", "place-relatives", ADJUNCTS);
  static final String VERBS = "reporting-verbs";
  /** Words looked at to tell English from other languages. */
  static final int SAMPLE = 2000;

  /** The tag of an entry of {@code list} that starts at the word starting at {@code start}, or null. */
  String tag(int start, String list) {
    if (start < 0 || start >= firstAt.length || firstAt[start] < 0) {
      return null;
    }
    for (int k = firstAt[start]; k < starts.length && starts[k] == start; k++) {
      if (lists[k].equals(list)) {
        return tags[k];
      }
    }
    return null;
  }

  boolean is(int start, String list) {
    return tag(start, list) != null;
  }
}
