package dev.sourcecheck.fact;

/**
 * A run of consecutive pairs of short lines in the body: a line without final punctuation (a
 * headline) and the line after it (a summary), each a paragraph of its own, the shape of a module
 * of teasers for other stories. {@code [start, end)} covers the run, {@code line}..{@code lastLine}
 * its lines and {@code firstParagraph}..{@code lastParagraph} its paragraphs; {@code pairs} counts
 * the pairs. The word counts bound its headlines and summaries; {@code longestAfter} is the word
 * count of the longest paragraph after the run (0 at the end of the article) and {@code bodyBefore}
 * the number of body paragraphs before it. Found by {@link TeaserRuns}.
 */
public record TeaserRun(
    String article, int line, int lastLine, int start, int end, int firstParagraph, int lastParagraph, int pairs,
    int headMinWords, int headMaxWords, int summaryMinWords, int summaryMaxWords, int longestAfter,
    int bodyBefore) {}
