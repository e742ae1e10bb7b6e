package dev.sourcecheck.framing;

/**
 * Where a sentence's clause ends, so that a verb of saying before it no longer governs the words
 * after it: a semicolon, a spaced dash, or a comma before a word of {@code clause-openers}
 * ("…, while"). {@code start}/{@code end} are the break's offsets (the punctuation, or the comma
 * and the word).
 */
public record ClauseBreak(String article, int sentence, int start, int end) {}
