package dev.sourcecheck.framing;

/**
 * An outcome or a verdict a headline or deck states: {@code type} is {@code outcome} (a word of
 * {@code headline-outcomes}: "resigns", "scraps", "doubles") or {@code verdict} (a word of {@code
 * verdict-words}: "breakthrough", "slams"); {@code group} its tag, which the body's words for the
 * same outcome share. {@code claim} numbers the claims of the article; {@code part} is the
 * {@link HeadlineFact} it is in, {@code kind} that part's kind. {@code subjectWords} and {@code
 * objectWords} count the content words of its clause before and after the outcome word. The
 * flags say what the words just before it say ({@code claim-modality}): {@code negated} ("won't
 * resign"), {@code irrealis} ("threatens to quit"), {@code intent} ("plans to quit"), {@code
 * future} ("to resign"), {@code hedged}
 * ("reportedly"). {@code figures} counts the figures in its clause, {@code figure} is the first
 * as written (null when none) and {@code figureBound} what the word before it makes of it: {@code
 * exact}, {@code min} ("over 20"), {@code max} ("nearly 20") or {@code approx} ("about 20");
 * {@code bodyFigureRatio} is, for the figure of a body sentence anywhere of a kind of the claim's
 * that is closest to it, that figure divided by the claim's (-1 when the claim has no figure, 0
 * when the body has none of its kinds). {@code question}: its headline ends with a question mark; {@code
 * inQuote}: the word is inside quotation marks.
 */
public record HeadlineClaim(
    String article, int claim, int part, String kind, String type, String group, String term, int start, int end,
    int line, int subjectWords, int objectWords, boolean negated, boolean irrealis, boolean intent, boolean future,
    boolean hedged,
    int figures, String figure, String figureBound, double bodyFigureRatio, boolean question, boolean inQuote) {
  /** The same claim with {@code bodyFigureRatio} set. */
  public HeadlineClaim withBodyFigureRatio(double ratio) {
    return new HeadlineClaim(article, claim, part, kind, type, group, term, start, end, line, subjectWords, objectWords,
        negated, irrealis, intent, future, hedged, figures, figure, figureBound, ratio, question, inQuote);
  }
}
