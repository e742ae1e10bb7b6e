package dev.sourcecheck.finding;

/**
 * A direct quotation as the report lists it: who said it ({@code speaker} null when no speaker
 * could be resolved), the speaker's role in this article (or null), the quoted words and where
 * they stand. Immutable.
 */
public record QuoteSummary(String speaker, String role, String text, int line, int column, int start, int end) {}
