package dev.sourcecheck.fact;

/**
 * An attribution cue outside quotations (see {@link dev.sourcecheck.attribution.Statement}): a
 * verb of saying with its speaker, or a vague attribution. {@code person} is the speaker's key
 * (null when vague or unresolved); {@code tag} is the cue's word-list tag ({@code neutral},
 * {@code judgement} for verbs; {@code hedge}, {@code reports}, {@code unnamed}, {@code believed},
 * {@code impersonal} for vague sources). {@code speech} is true when the verb introduces speech
 * (a clause, "that", a quotation, a colon) rather than an object ("claimed victory", "territory he
 * claims and").
 */
public record StatementFact(
    String article, int sentence, String person, boolean vague, String cue, String tag, int start, int end,
    int line, boolean speech) {
  public boolean named() {
    return person != null && !vague;
  }
}
