package dev.sourcecheck.fact;

/**
 * An attribution cue outside quotations (see {@link dev.sourcecheck.attribution.Statement}): a
 * verb of saying or believing with its speaker, a vague word ("reportedly"), or an agentless
 * passive ("it is believed"). {@code person} is the speaker's key (null when the speaker is
 * described, not named, or unresolved); {@code vague} is true when the model found no one to
 * name. {@code tag} is the cue's word-list tag ({@code neutral}, {@code judgement}, {@code belief},
 * {@code view} for verbs; {@code hedge}, {@code reports}, {@code legal}, {@code impersonal} for
 * vague words; {@code believed} for a passive). {@code speech} is true when the verb introduces
 * speech (a clause, "that", a quotation, a colon) rather than an object ("claimed victory").
 *
 * <p>The speaker's phrase, described for the rules to judge: {@code kind} ({@code name},
 * {@code pronoun}, {@code role}, {@code org}, {@code described}, {@code none}, {@code hedge},
 * {@code passive}), {@code source} the phrase as written with its span {@code [sourceStart,
 * sourceEnd)} (-1 when there is none), {@code head} its head noun,
 * {@code headTag} the head's tag ({@code person}, {@code group}, {@code document} from
 * {@code source-heads}, or {@code role}, {@code org}, {@code pronoun}), {@code quantity} ("two",
 * "some", "" when none), {@code definite}, {@code capitalised} (a capitalised modifier before the
 * head: "White House officials"), {@code basis} ("familiar with", "on condition of anonymity", ""
 * when none) and {@code sourceNamed} (a name in apposition: "an aide, John Smith,"; a document's
 * named author: "a poll by Gallup"). {@code participle} is true for a cue in -ing right after its
 * noun phrase ("Democrats urging him"; not "…, adding that …"), {@code quantity} is {@code share}
 * for a share of a group ("67 percent of voters say": a poll's result). {@code closing} is true
 * when the attribution follows a comma and closes its sentence ("…, officials said."): it is the
 * source of the words before it, even of another speaker's indirect speech there. {@code aside}
 * is true when the attribution stands between commas, dashes or parentheses inside its sentence
 * ("Mr. Obama, officials said, has become …"): the writer's aside, even inside another
 * speaker's indirect speech. {@code act} is true for a verb that names a speech act with an
 * object or complement (lexicon {@code clause-acts}: "accused the council of", "vowed to", "called
 * for", "deny any links"): a claim of its speaker's even without a reported clause. {@code
 * appositive} is true for a described phrase that only closes a name's appositive, set off by a
 * comma from its verb ("Peter T. King, Republican of New York, said": {@link SourceAppositives}).
 * {@code owned} is true for a described phrase with a possessive before its head ("his supporters",
 * "Obamacare's supporters": {@link SourceOwners}); {@code definite} is true for it too. {@code
 * relative} is true for a cue in a relative clause on its described source ("a supporter who has
 * criticized Clinton", "officials who said").
 */
public record StatementFact(
    String article, int sentence, String person, boolean vague, String cue, String tag, int start, int end,
    int line, boolean speech, String kind, String source, int sourceStart, int sourceEnd, String head,
    String headTag, String quantity, boolean definite, boolean capitalised, String basis, boolean sourceNamed,
    boolean participle, boolean closing, boolean aside, boolean act, boolean appositive, boolean owned,
    boolean relative) {
  public boolean named() {
    return person != null && !vague;
  }

  /** Where a finding about this attribution starts: the source phrase or the cue, whichever is first. */
  public int flagStart() {
    return sourceStart >= 0 ? Math.min(start, sourceStart) : start;
  }

  /** Where a finding about this attribution ends: the source phrase or the cue, whichever ends last. */
  public int flagEnd() {
    return sourceEnd >= 0 ? Math.max(end, sourceEnd) : end;
  }
}
