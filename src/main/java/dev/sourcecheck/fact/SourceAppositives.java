package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.attribution.Description;
import dev.sourcecheck.attribution.Mention;
import java.util.List;

/**
 * A described speaker phrase that only ends an appositive: the model took the last part of a
 * name's appositive for the speaker ("Stuart Stevens, a Republican operative and Mitt Romney's
 * chief strategist in 2012, said", "Greg Raiff, chief executive of a charter broker for
 * corporations and individuals, said", "Peter T. King, Republican of New York, said", "Dan Backer,
 * the fund's lawyer, treasurer and strategist, has rejected the label, noting …"). The phrase is
 * set off by a comma from its verb (a subject never is), and the stretch before it opens with a
 * comma or a bracket right after a name in the same sentence: the speaker is the person named.
 * Stateless.
 */
final class SourceAppositives {
  private SourceAppositives() {}

  /** Characters an appositive chain may run from the name to the described phrase: a window, never the whole article. */
  static final int MAX_CHAIN = 200;

  /**
   * Whether the described phrase {@code d} before the cue at {@code cueStart} closes the
   * appositive of a name; {@code mentions} are the article's name mentions sorted by start.
   */
  static boolean closesNamesAppositive(Article a, WordTags tags, List<Mention> mentions, Description d, int cueStart) {
    if (d.start() < 0 || d.end() > cueStart) {
      return false;
    }
    String text = a.text();
    int i = skipSpaces(text, d.end());
    if (i >= text.length() || text.charAt(i) != ',') {
      return false;
    }
    int w = skipSpaces(text, i + 1);
    String t = tags.tag(w, WordTags.FUNCTION);
    if (w != cueStart && !"aux".equals(t) && !"be".equals(t)) {
      return false; // "Officials, speaking on condition of anonymity, said", "Two aides, however, said": the phrase is the subject
    }
    Mention before = lastBefore(mentions, d.start());
    int sentence = a.sentenceAt(d.start());
    if (before == null || before.quoted() || d.start() - before.end() > MAX_CHAIN || a.sentenceAt(Math.max(before.start(), before.end() - 1)) != sentence) {
      return false;
    }
    int g = skipSpaces(text, before.end());
    if (g >= d.start() || text.charAt(g) != ',' && text.charAt(g) != '(') {
      return false;
    }
    String chain = text.substring(g, d.start());
    return chain.indexOf(';') < 0 && chain.indexOf('“') < 0 && chain.indexOf('"') < 0;
  }

  /** The last mention ending at or before {@code offset}, or null (a binary search: mentions are sorted by start). */
  static Mention lastBefore(List<Mention> mentions, int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo - 1; k >= 0 && k >= lo - 4; k--) {
      if (mentions.get(k).end() <= offset) {
        return mentions.get(k);
      }
    }
    return null;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
