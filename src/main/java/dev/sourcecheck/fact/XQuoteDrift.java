package dev.sourcecheck.fact;

import java.util.List;

/**
 * Cross-source: one speaker's quotation that, within a story, differs in words from the same
 * speaker's quotation of the same occasion in other sources. Java aligns (same speaker, word
 * overlap); the rules judge with thresholds. {@code overlap} is the word LCS over the shorter
 * quotation's length, {@code longestRun} the longest shared run of words, {@code changed} the words
 * substituted, inserted or dropped (a truncation counts none: such pairs are not reported here),
 * {@code agreeing} the other sources quoting it like this one, {@code differing} those that word it
 * like the compared one; {@code others} names the sources it differs from and {@code othersAgree}
 * says whether they agree with each other. {@code diff} is a word-level diff ({@code [-old-]{+new+}}) from the
 * compared quotation to this one. Immutable.
 */
public record XQuoteDrift(
    String story, String speaker, String article, int start, int end, String text, int words, double overlap,
    int longestRun, int changed, int agreeing, int differing, String otherArticle, String others, boolean othersAgree,
    String diff,
    List<Place> related) {
  public XQuoteDrift {
    related = List.copyOf(related);
  }
}
