package dev.sourcecheck.score;

/**
 * One reason of one article's score, as the outlet pass sees it: the article's outlet and index
 * (its position in the run, for picking one of several), the rule, the points, and the rule's
 * summary, which outlet reasons quote.
 */
public record OutletPoints(String outlet, int index, String rule, int points, String summary) {}
