package dev.sourcecheck.attribution;

/**
 * Who the model found behind a cue: a {@code kind} of speaker, the person or organisation key when
 * it resolved to one (else null), the words {@code [first, last]} of the speaker's phrase (-1
 * when none), and the phrase's description. Kinds: {@code name} (a person named), {@code pronoun}
 * (resolved to the person it refers to, or not), {@code role} (a role noun: "a spokeswoman for the
 * ministry", kept as the speaker when no name goes with it), {@code org} (an organisation or a
 * document: "the ministry", "the statement"), {@code described} (a source described, not named:
 * "two senior officials", "critics"), {@code none}.
 */
record Source(String kind, String person, int first, int last, Description description) {
  static final Source NONE = new Source("none", null, -1, -1, Description.NONE);

  boolean found() {
    return !kind.equals("none");
  }

  /** A speaker the reader can identify: a named or resolved person, an organisation, a role. */
  boolean identified() {
    return person != null;
  }
}
