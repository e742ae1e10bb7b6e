/** Readers that turn raw input into {@link dev.sourcecheck.article.Article}s: decoding, metadata, blocks, sentences, quotes. */
package dev.sourcecheck.parse;
