/**
 * What the rules see: flat, immutable fact records extracted from an {@link dev.sourcecheck.article.Article}
 * (lines, sentences, quotations, lexicon cues, metadata) and the facts rules derive (boilerplate
 * spans, flags). Every fact carries its article id and offsets so rules join on {@code ==} keys.
 */
package dev.sourcecheck.fact;
