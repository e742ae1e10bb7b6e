package dev.sourcecheck.finding;

/**
 * A direct quotation as the report lists it: who said it ({@code speaker} null when no speaker
 * could be resolved), the speaker's role in this article (or null), the quoted words and where
 * they stand. {@code how} says how the speaker was found (the attribution model's sieve:
 * {@code after}, {@code before}, {@code pronoun}, {@code continuation}, {@code according-to},
 * {@code statement}, {@code colon}, {@code partial}, {@code vague}, {@code nearest}, {@code none};
 * null when not known). Immutable.
 */
public record QuoteSummary(String speaker, String role, String text, int line, int column, int start, int end,
    String how) {
  /** A quotation without the attribution's method ({@code how} unknown). */
  public QuoteSummary(String speaker, String role, String text, int line, int column, int start, int end) {
    this(speaker, role, text, line, column, start, end, null);
  }
}
