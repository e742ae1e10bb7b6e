package dev.sourcecheck.fact;

/**
 * A run of consecutive short lines without final punctuation in the body, each a paragraph of its
 * own: the shape of a list of headlines of other stories. {@code [start, end)} covers the run,
 * {@code line}..{@code lastLine} its lines and {@code firstParagraph}..{@code lastParagraph} its
 * paragraphs. {@code lines} counts them, {@code bulleted} those that open with a bullet (-, •, *, –)
 * and {@code titleCase} those in Title Case; the word counts bound them. {@code proseAfter} is the
 * word count of the longest paragraph after the run that ends like a sentence (0 when none does)
 * and {@code bodyBefore} the number of body paragraphs before it. Found by {@link LineRuns}.
 */
public record HeadlineRun(
    String article, int line, int lastLine, int start, int end, int firstParagraph, int lastParagraph, int lines,
    int bulleted, int titleCase, int minWords, int maxWords, int proseAfter, int bodyBefore) {}
