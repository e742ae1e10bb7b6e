package dev.sourcecheck.framing;

/**
 * The shape of a direct quotation as a phrase (for {@code framing.scare-quote}): {@code quote} is
 * its index, {@code start}/{@code end} its span with the marks. {@code before} and {@code after}
 * are the first non-blank characters outside its marks on its line (empty at the line's edge):
 * {@code =} before it means markup ({@code author="…"}). {@code titleCase}: every content word
 * inside starts with a capital letter (a title or a name). {@code echo}: its words stand, in the
 * same order, inside a longer quotation of the article (a partial quotation repeating a speaker).
 * {@code listed}: a neighbouring quotation is separated from it only by punctuation and at most
 * one short word (a list of terms or slogans). {@code headline}: it is in a headline or deck.
 * {@code owned}: earlier in its clause a possessive owns a noun of speech ({@code speech-nouns}:
 * "Sanders' call for", "Trump's claim that", "by her own admission"): the words are that owner's.
 */
public record QuotedPhrase(
    String article, int quote, int start, int end, int sentence, int words, String before, String after,
    boolean titleCase, boolean echo, boolean listed, boolean headline, boolean owned) {}
