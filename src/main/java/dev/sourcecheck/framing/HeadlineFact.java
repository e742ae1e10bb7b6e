package dev.sourcecheck.framing;

/**
 * A headline or deck of an article. {@code part} numbers them from 0 in reading order; {@code
 * kind} is {@code HEADLINE} or {@code DECK}; {@code source} says where it was found: {@code title}
 * (a {@code Title:} header or the article's title metadata), {@code headline} and {@code deck}
 * (the paragraphs the parser took for them) or {@code first-line} (the first line of the text,
 * and a second line after a {@code ;}, when the parser found no headline). {@code start}/{@code
 * end} are its offsets in the article text, both 0 when the title is not in the text. {@code
 * question} is true when it ends with a question mark.
 */
public record HeadlineFact(
    String article, int part, String kind, String source, int start, int end, int line, String text,
    boolean question) {}
