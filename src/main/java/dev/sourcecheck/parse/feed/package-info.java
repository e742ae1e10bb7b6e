/** JSON Lines feeds: one article a line, read as a stream into inputs, broken lines reported with their line numbers. */
package dev.sourcecheck.parse.feed;
