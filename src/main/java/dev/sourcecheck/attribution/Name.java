package dev.sourcecheck.attribution;

/**
 * A name as written: words {@code [first, last]} of the article (the last may carry a possessive
 * 's), the role words before it {@code [roleFirst, roleLast]} (-1 when none), the gender its
 * honorific, given name or role word shows ({@code m}, {@code f} or null), and what it names.
 * {@code weak} names (a lone capitalised word that opens a sentence, a word of a headline) only
 * refer to people named elsewhere; they never make a person of their own.
 */
record Name(int first, int last, int roleFirst, int roleLast, String gender, Kind kind, boolean weak,
    boolean quoted) {
  enum Kind {
    PERSON,
    ORG,
  }

  int words() {
    return last - first + 1;
  }

  boolean titled() {
    return roleFirst >= 0;
  }
}
