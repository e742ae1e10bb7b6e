package dev.sourcecheck.attribution;

/**
 * An attributed sentence part: indirect speech ("Umerov said the talks …"), a direct quotation's
 * verb of saying, or a vague attribution ("reportedly", "according to local reports", "officials
 * said"). {@code sentence} is the sentence index, {@code person} the speaker's key (null for a
 * vague or unresolved source), {@code cue} the cue's text with its span. Immutable.
 */
public record Statement(int sentence, String person, String cue, int cueStart, int cueEnd, boolean vague) {}
