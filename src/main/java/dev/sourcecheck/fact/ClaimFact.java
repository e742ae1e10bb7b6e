package dev.sourcecheck.fact;

/**
 * A sentence as a claim. {@code kind}: {@code quote} (mostly a direct quotation), {@code named}
 * (attributed to a named source in the sentence), {@code attributed} (a verb of saying whose
 * speaker could not be resolved), {@code vague} (attributed only to a vague
 * source), {@code own} (the outlet's own assertion). {@code score} is its check-worthiness (0 for
 * background): 2 for an accusation or criticism, 1 each for a number, what a named government or
 * person did or refused, a prediction or expectation, a superlative; {@code reasons} names them.
 * {@code attributedNear} is true when the sentence before or after it is attributed to a named
 * source; {@code sourcedElsewhere} when another sentence of the article attributes much the same
 * words to a named source (a vague lead the body attributes). {@code kindOfParagraph} is HEADLINE,
 * DECK or BODY.
 */
public record ClaimFact(
    String article, int sentence, int start, int end, int line, String kind, int score, String reasons,
    boolean attributedNear, boolean sourcedElsewhere, String kindOfParagraph) {}
