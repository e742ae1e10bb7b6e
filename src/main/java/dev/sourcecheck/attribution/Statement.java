package dev.sourcecheck.attribution;

/**
 * An attributed sentence part: indirect speech ("Umerov said the talks …"), a direct quotation's
 * verb of saying, a vague word ("reportedly", "according to local reports") or an agentless
 * passive ("it is believed"). {@code sentence} is the sentence index, {@code person} the
 * speaker's key (null for a described or unresolved source), {@code cue} the cue's text with its
 * span. {@code vague} is true when the model found no one to name: a described source, a vague
 * word or an agentless passive. {@code kind} is the speaker's kind ({@link Source#kind()}, or
 * {@code hedge} for a vague word, {@code passive} for an agentless passive), {@code tag} the
 * cue's lexicon tag, {@code source} the description of the speaker's phrase. Immutable.
 */
public record Statement(int sentence, String person, String cue, int cueStart, int cueEnd, boolean vague,
    String kind, String tag, Description source) {}
