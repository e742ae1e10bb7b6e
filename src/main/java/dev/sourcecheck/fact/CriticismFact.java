package dev.sourcecheck.fact;

/**
 * Criticism reported without a critic: "has faced criticism", "drew criticism", "came under
 * fire". {@code critic} is the critic named after it ("criticism from Kyiv") or in the sentence
 * as the subject of a verb of saying, or null when nobody is named.
 */
public record CriticismFact(String article, int sentence, int start, int end, int line, String critic) {}
