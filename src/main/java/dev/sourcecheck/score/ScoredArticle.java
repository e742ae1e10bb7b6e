package dev.sourcecheck.score;

/**
 * One audited article as the score rules see it: its outlet (null when it names none), its
 * quotations, and how it sources what it says: {@code named}, {@code vague} and {@code none} are
 * the report's source counts, {@code speakers} the distinct named speakers of its quotations (a capitalised
 * name, not a description such as "spokesperson").
 */
public record ScoredArticle(String article, String outlet, int quotes, int speakers, int named, int vague, int none) {
  /** Named and vague sources together. */
  public int sources() {
    return named + vague;
  }

  /** Every sourced or unsourced check-worthy statement: named, vague and none. */
  public int statements() {
    return named + vague + none;
  }
}
