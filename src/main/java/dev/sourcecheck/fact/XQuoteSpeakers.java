package dev.sourcecheck.fact;

import java.util.List;

/**
 * Cross-source: the same quotation (identical after lower-casing and removing punctuation, or one
 * a cut of the other) attributed to different speakers in two sources. Immutable.
 */
public record XQuoteSpeakers(
    String story, String article, int start, int end, String speaker, String otherSpeaker, String otherArticle,
    int words, List<Place> related) {
  public XQuoteSpeakers {
    related = List.copyOf(related);
  }
}
