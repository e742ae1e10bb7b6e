package dev.sourcecheck.fact;

import java.util.List;

/**
 * Cross-source: an article whose sentences closely align, in order, with another's of the story.
 * {@code aligned} sentences of the shorter one's {@code sentences} align ({@code share}); {@code
 * original} is the article it most likely rewrites. Immutable.
 */
public record XRewrite(
    String story, String article, String original, int aligned, int sentences, double share, int alteredQuotes,
    List<Place> related) {
  public XRewrite {
    related = List.copyOf(related);
  }
}
