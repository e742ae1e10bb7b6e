package dev.sourcecheck.framing;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.List;

/**
 * What the few words before an outcome word say about it, read from {@code claim-modality} in a
 * window that stops at the clause's edge. A longer entry wins over one inside it ("offered to"
 * over "to"). Stateless.
 */
final class Modality {
  private Modality() {}

  static final int NEG = 1;
  static final int IRREALIS = 2;
  static final int FUTURE = 4;
  static final int DECIDED = 8;
  static final int HEDGE = 16;
  static final int INTENT = 32;

  /** Words before the outcome word that are read. */
  static final int WINDOW = 5;

  /** The flags of the modality words in the window before word {@code p}, none before offset {@code floor}. */
  static int before(Tokens t, Cues cues, int p, int floor) {
    return read(t, cues, p, floor, true);
  }

  /** As {@link #before}; {@code governing}: a complementiser in the window also reads the window before it, once. */
  private static int read(Tokens t, Cues cues, int p, int floor, boolean governing) {
    int k = p;
    while (k > 0 && p - k < WINDOW && t.start(k - 1) >= floor && !breaks(t.gapBefore(k))) {
      k--;
    }
    if (k == p) {
      return 0;
    }
    List<Match> ms = cues.in(Cues.MODALITY, t.start(k), t.start(p));
    int flags = 0;
    int clause = -1;
    for (Match m : ms) {
      if (m.entry().tag().equals("clause")) {
        clause = t.from(m.start());
      } else if (!inside(m, ms)) {
        flags |= flag(m.entry().tag());
      }
    }
    if (governing && clause > 0) {
      // "denied on Monday that she would resign": the verb that governs the clause is read too
      flags |= read(t, cues, clause, floor, false) & (NEG | IRREALIS | HEDGE | INTENT);
    }
    return flags;
  }

  /** Whether a longer match of {@code ms} holds {@code m}. */
  private static boolean inside(Match m, List<Match> ms) {
    for (Match o : ms) {
      if (o != m && o.start() <= m.start() && o.end() >= m.end() && o.end() - o.start() > m.end() - m.start()) {
        return true;
      }
    }
    return false;
  }

  static int flag(String tag) {
    return switch (tag) {
      case "neg" -> NEG;
      case "irrealis" -> IRREALIS;
      case "future" -> FUTURE;
      case "decided" -> DECIDED;
      case "hedge" -> HEDGE;
      case "intent" -> INTENT;
      default -> 0; // "clause": a complementiser, read in before()
    };
  }

  /** Whether the text between two words ends a clause: punctuation other than an apostrophe or hyphen. */
  static boolean breaks(String gap) {
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (!Character.isWhitespace(c) && c != '\'' && c != '’' && c != '-' && c != '‐') {
        return true;
      }
    }
    return false;
  }
}
