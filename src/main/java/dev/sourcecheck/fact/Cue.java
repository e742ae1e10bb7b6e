package dev.sourcecheck.fact;

/**
 * An occurrence of a lexicon entry in the article text. {@code lexicon} is the word list's file
 * name without {@code .txt}; {@code term} the entry as written there; {@code tag} the optional
 * value after {@code |} on the entry's line. {@code sentence} is the index of the sentence holding
 * it, or -1 outside sentences (metadata, boilerplate-only lines). {@code inQuote} is true inside a
 * direct quotation. {@code atLineStart} and {@code wholeLine} say where it stands in its line
 * (ignoring white space, bullets and brackets before it, and punctuation after it); {@code after}
 * is the first non-blank character after it on the line, or empty.
 */
public record Cue(
    String article, String lexicon, String term, String tag, int start, int end, int line, int sentence,
    boolean inQuote, boolean atLineStart, boolean wholeLine, String after) {}
