package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;

/**
 * A quotation credited right after it, in the manner of a news round-up or a list of links: a
 * bracketed source ("“…” [Quartz]", "“…” [HuffPost.]") or a "by" and a capitalised name ("“The
 * Living Room to close,” by Times' Ben Sisario"). The reader can tell where the words come from,
 * though no verb of saying introduces them. {@code quote} is the quotation's index.
 */
public record QuoteCredit(String article, int quote) {
  /** Characters of spacing (spaces, no-break spaces) skipped after the quotation. */
  private static final String SPACING = " \u00a0\t";
  /** Quotation marks a round-up leaves between a quotation and its bracketed credit. */
  private static final String STRAY = "\"“”";

  /** Whether the quotation ending at {@code end} is credited right after it (the word "by": lexicon passive-links, tag agent). */
  static boolean credited(Article a, WordTags tags, int end) {
    String text = a.text();
    int i = end;
    while (i < text.length() && SPACING.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    int k = i;
    while (k < text.length() && (SPACING.indexOf(text.charAt(k)) >= 0 || STRAY.indexOf(text.charAt(k)) >= 0)) {
      k++; // a stray quotation mark before the credit ("…stand.“[HuffPost.]")
    }
    if (k + 1 < text.length() && text.charAt(k) == '[' && Character.isUpperCase(text.charAt(k + 1))) {
      return true;
    }
    if (i >= text.length() || !"agent".equals(tags.tag(i, "passive-links"))) {
      return false;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    while (j < text.length() && SPACING.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    return j > i && j < text.length() && Character.isUpperCase(text.charAt(j));
  }
}
