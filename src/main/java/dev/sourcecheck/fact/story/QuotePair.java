package dev.sourcecheck.fact.story;

/**
 * Two quotations of a story from different articles, aligned word by word (case, marks,
 * punctuation and spacing never count): emitted for each candidate pair in both directions, {@code
 * quote} being "this" one. Candidates are the quotations of one speaker and quotations sharing a
 * run of five words. {@code overlap} is their word LCS over the shorter one's words, {@code
 * longestRun} the longest run of words they share, {@code changed} the words substituted, inserted
 * or dropped inside the shorter one's extent (a cut at either end or at an ellipsis changes none),
 * {@code cut} whether the shorter is the longer with words left out at its ends or at an ellipsis
 * (identical wordings are a cut), {@code overlapping} whether they quote different extents of one
 * passage (the longest shared run reaches the start of one and the end of one: one goes on where
 * the other stops), and {@code diff} the word-level diff from {@code other} to this
 * one ({@code [-removed-] {+added+}}). Immutable.
 */
public record QuotePair(
    String story, String quote, String other, String article, String otherArticle, int words, int otherWords,
    double overlap, int longestRun, int changed, boolean cut, boolean overlapping, String diff) {}
