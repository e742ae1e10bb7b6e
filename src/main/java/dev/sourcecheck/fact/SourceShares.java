package dev.sourcecheck.fact;

import dev.sourcecheck.attribution.Description;
import dev.sourcecheck.text.Tokens;

/** Whether a described source is a share of its group, a poll's result rather than a source. Stateless. */
final class SourceShares {
  private SourceShares() {}

  static final String SHARE = "share";
  /** Words before a source phrase read for a share of its group ("Some 55 percent of voters nationwide said"). */
  static final int MAX_SHARE_BEFORE = 4;
  /** Words after a source phrase read for its share ("Some [55 percent of voters nationwide] said"). */
  static final int MAX_SHARE_AFTER = 3;

  /**
   * A share of a group as the speaker: a {@code share-words} word ("percent", "majority", "out of",
   * "thirds") in the subject, from up to {@link #MAX_SHARE_BEFORE} words before the source phrase
   * (within its clause) to the verb: "Some 20 percent of people in a recent poll said", "two out of
   * three Americans feel", "nearly two-thirds of primary voters said": a poll's result, not a source.
   */
  static boolean share(Tokens words, WordTags tags, Description d, int cueStart) {
    if (d.start() < 0 || SHARE.equals(d.quantity()) || d.start() >= cueStart) {
      return SHARE.equals(d.quantity());
    }
    int first = words.from(d.start());
    for (int k = 0; k < MAX_SHARE_BEFORE && first > 0 && !words.sentenceStart(first)
        && words.gapBefore(first).isBlank(); k++) {
      first--;
    }
    int last = Math.min(words.from(d.end()) + MAX_SHARE_AFTER, words.from(cueStart));
    for (int i = first; i < last && i + 1 < words.size(); i++) {
      if (i > first && !words.gapBefore(i).isBlank()) {
        break; // "Republicans, who hold a 54-person majority, have blocked": the share is in an aside
      }
      boolean counted = i > 0 && words.is(i - 1, Tokens.NUMBER) || words.is(i + 1, Tokens.NUMBER)
          || "prep".equals(tags.tag(words.start(i + 1), WordTags.FUNCTION));
      if (tags.is(words.start(i), SHARES) && counted) {
        return true; // "55 percent", "a majority of", "two out of three"; not "half a dozen Republicans"
      }
    }
    return false;
  }

  static final String SHARES = "share-words";

}
