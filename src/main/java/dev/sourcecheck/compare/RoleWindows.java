package dev.sourcecheck.compare;

import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The word windows {@link RoleReader} reads roles in: where a window ends (a comma, bracket or full
 * stop, not the stop of an abbreviated title: "Gov.", "Lt."), where an appositive opens, and a
 * window's words as parts (folded, hyphenated words split, possessives marked). Stateless.
 */
final class RoleWindows {
  private RoleWindows() {}

  /** Whether the text between words {@code i} and {@code i + 1} ends a role window. */
  static boolean stop(Tokens ts, int i, int next) {
    String gap = ts.gapBefore(next);
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (c == '.' && abbreviation(ts, i)) {
        continue;
      }
      if (",;:()[]\"“”‘—–.!?\n".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A short capitalised word before a full stop inside a title: Gov., Sen., Rep., Lt. */
  private static boolean abbreviation(Tokens ts, int i) {
    String w = ts.word(i);
    return w.length() <= 4 && ts.capitalised(i) && !ts.is(i, Tokens.ALL_CAPS);
  }

  static boolean opens(String gap) {
    String g = gap.strip();
    return g.equals(",") || g.equals("(");
  }

  /** The first word after {@code from} whose gap ends the segment (a comma, bracket, full stop …). */
  static int segmentEnd(Tokens ts, int from, int hi) {
    int k = from + 1;
    while (k < hi && k - from < RoleReader.WINDOW + 2 && !stop(ts, k - 1, k)) {
      k++;
    }
    return k;
  }

  private static final java.util.regex.Pattern HYPHENS = java.util.regex.Pattern.compile("[-\u2010\u2011]");

  static List<RoleReader.Part> parts(Tokens ts, int from, int to) {
    List<RoleReader.Part> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String folded = ts.folded(i);
      boolean possessive = folded.endsWith("'s") || folded.endsWith("s'");
      if (possessive) {
        folded = folded.substring(0, folded.length() - (folded.endsWith("'s") ? 2 : 1));
      }
      boolean cap = ts.capitalised(i);
      int offset = 0;
      // most words have no hyphen: split would give the word itself, without compiling its pattern per word
      boolean plain = folded.indexOf('-') < 0 && folded.indexOf('\u2010') < 0 && folded.indexOf('\u2011') < 0;
      for (String w : plain ? new String[] {folded} : HYPHENS.split(folded)) {
        if (!w.isEmpty()) {
          out.add(new RoleReader.Part(w.replace(".", ""), ts.start(i) + offset, Math.min(ts.end(i), ts.start(i) + offset + w.length()),
              cap, possessive));
        }
        offset += w.length() + 1;
      }
    }
    return out;
  }
}
