package dev.sourcecheck.finding;

import java.util.Objects;

/**
 * The score of one outlet over the articles of a run that name it ({@code source}): how many
 * articles, and the score the {@code score.*} rules gave the outlet from theirs. Says what this
 * run's articles show, not what the outlet is. Immutable.
 */
public record OutletScore(String outlet, int articles, Score score) {
  public OutletScore {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(score, "score");
  }
}
