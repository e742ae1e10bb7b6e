package dev.sourcecheck.text;

/**
 * One word of a text as a value: its index among the text's words, offsets {@code [start, end)},
 * the word as written, folded ({@link Tokens#fold}), and its shape bits ({@link Tokens#CAPITALISED}
 * …). Immutable.
 */
public record Token(int index, int start, int end, String word, String folded, int flags) {
  public boolean is(int flag) {
    return (flags & flag) != 0;
  }

  public boolean capitalised() {
    return is(Tokens.CAPITALISED);
  }
}
