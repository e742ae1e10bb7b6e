package dev.sourcecheck.framing;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicon matches of one text, by lexicon, in text order, looked up by range with a binary
 * search. Immutable once built.
 */
final class Cues {
  static final String OUTCOMES = "headline-outcomes";
  static final String EVIDENCE = "outcome-evidence";
  static final String BASE = "outcome-base-forms";
  static final String CONTRASTS = "outcome-contrasts";
  static final String VERDICTS = "verdict-words";
  static final String VERDICT_EVIDENCE = "verdict-evidence";
  static final String MODALITY = "claim-modality";
  static final String FIGURES = "figures";
  static final String FUNCTION = "function-words";
  static final String OPENERS = "clause-openers";
  static final String LEDE = "lede-words";

  private static final List<Match> NONE = List.of();
  private final Map<String, List<Match>> byLexicon = new HashMap<>();

  Cues(List<Match> matches) {
    for (Match m : matches) {
      byLexicon.computeIfAbsent(m.lexicon().name(), k -> new ArrayList<>()).add(m);
    }
    // the matcher gives matches in text order of their first word; keep each list sorted by start
    for (List<Match> l : byLexicon.values()) {
      l.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end()));
    }
  }

  List<Match> all(String lexicon) {
    return byLexicon.getOrDefault(lexicon, NONE);
  }

  /** The matches of {@code lexicon} lying wholly inside {@code [from, to)}. */
  List<Match> in(String lexicon, int from, int to) {
    List<Match> l = all(lexicon);
    List<Match> out = new ArrayList<>(2);
    for (int i = first(l, from); i < l.size() && l.get(i).start() < to; i++) {
      if (l.get(i).end() <= to) {
        out.add(l.get(i));
      }
    }
    return out;
  }

  /** The longest match of {@code lexicon} starting at {@code offset}, or null. */
  Match startingAt(String lexicon, int offset) {
    List<Match> l = all(lexicon);
    Match best = null;
    for (int i = first(l, offset); i < l.size() && l.get(i).start() == offset; i++) {
      if (best == null || l.get(i).end() > best.end()) {
        best = l.get(i);
      }
    }
    return best;
  }

  /** The index of the first match in {@code l} starting at or after {@code from}. */
  private static int first(List<Match> l, int from) {
    int lo = 0;
    int hi = l.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (l.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
