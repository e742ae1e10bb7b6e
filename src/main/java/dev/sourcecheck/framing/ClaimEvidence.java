package dev.sourcecheck.framing;

/**
 * A body sentence that reports the outcome or verdict of a {@link HeadlineClaim} with a word of
 * the same group: {@code claim} is the claim's number, {@code sentence} the sentence index and
 * {@code start}/{@code end} the word. {@code subjectShared} and {@code objectShared} count the
 * claim's subject and object words found in this sentence (object words also in the sentences
 * next to it), {@code subjectNear} its subject words found in the two body sentences before it.
 * The flags say what the words just before it say, as for the claim ({@code decided}: "voted to
 * scrap", {@code intent}: "plans to scrap"). {@code figureRatio} compares figures: -1 when the claim has none, 0 when no figure of
 * the same kind stands in this sentence (nor, when it has none of those kinds, in the sentences
 * next to it), else the body figure divided by the
 * claim's, for the pair closest to 1; {@code figure} is that body figure as written, and {@code
 * figureNear} whether it stands within {@link HeadlineEvidence#FIGURE_NEAR} words of the word
 * (the outcome's own figure: "has killed 12", not another outcome's in the sentence). {@code
 * text} is the sentence, {@code inQuote} true when the word is inside a quotation. {@code
 * contrast} is true when the word is of a group that contradicts the claim's ({@code
 * outcome-contrasts}: "paused" for "scraps"), false when it is of the claim's own group.
 */
public record ClaimEvidence(
    String article, int claim, int sentence, int start, int end, int line, String term, int subjectShared,
    int subjectNear, int objectShared, boolean negated, boolean irrealis, boolean intent, boolean future, boolean decided,
    boolean hedged, boolean inQuote, double figureRatio, String figure, boolean figureNear, String text,
    boolean contrast) {}
