package dev.sourcecheck.finding;

/**
 * How an article sources what it says: statements attributed to a named source, to a vague one
 * ("officials said", "reportedly"), and check-worthy assertions with no source at all.
 */
public record SourceCounts(int named, int vague, int none) {
  public static final SourceCounts ZERO = new SourceCounts(0, 0, 0);
}
