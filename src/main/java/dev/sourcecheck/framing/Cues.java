package dev.sourcecheck.framing;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicon matches of one text, looked up by lexicon and range with a binary search over the
 * matches in text order (as the matcher gives them); a lexicon's whole list is gathered only when
 * asked for. Not thread-safe: one per text.
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
  static final String FILLER = "headline-filler";
  static final String OPENERS = "clause-openers";
  static final String LEDE = "lede-words";
  static final String SPEECH_NOUNS = "speech-nouns";
  static final String VERBS = "reporting-verbs";

  /** All matches, by start (the matcher's order). */
  private final List<Match> matches;
  private Map<String, List<Match>> byLexicon;

  Cues(List<Match> matches) {
    this.matches = matches;
  }

  /** Every match of {@code lexicon}, by start. */
  List<Match> all(String lexicon) {
    if (byLexicon == null) {
      byLexicon = new HashMap<>();
      for (Match m : matches) {
        byLexicon.computeIfAbsent(m.lexicon().name(), k -> new ArrayList<>()).add(m);
      }
    }
    return byLexicon.getOrDefault(lexicon, List.of());
  }

  /** Every match of {@code lexicon}, by start, found in one pass without gathering the others. */
  List<Match> only(String lexicon) {
    if (byLexicon != null) {
      return all(lexicon);
    }
    List<Match> out = new ArrayList<>();
    for (Match m : matches) {
      if (m.lexicon().name().equals(lexicon)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The matches of {@code lexicon} lying wholly inside {@code [from, to)}. */
  List<Match> in(String lexicon, int from, int to) {
    List<Match> out = new ArrayList<>(2);
    for (int i = first(from); i < matches.size() && matches.get(i).start() < to; i++) {
      Match m = matches.get(i);
      if (m.end() <= to && m.lexicon().name().equals(lexicon)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The longest match of {@code lexicon} starting at {@code offset}, or null. */
  Match startingAt(String lexicon, int offset) {
    Match best = null;
    for (int i = first(offset); i < matches.size() && matches.get(i).start() == offset; i++) {
      Match m = matches.get(i);
      if (m.lexicon().name().equals(lexicon) && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  /** The index of the first match starting at or after {@code from}. */
  private int first(int from) {
    int lo = 0;
    int hi = matches.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (matches.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
