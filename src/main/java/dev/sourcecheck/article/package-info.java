/** The parsed article: immutable records that know their place in the original text. */
package dev.sourcecheck.article;
