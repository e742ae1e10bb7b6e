package dev.sourcecheck.attribution;

/**
 * What a speaker's noun phrase says about the speaker, for the rules to judge (AP and NYT style
 * describe an anonymous source by position and basis of knowledge): {@code head} is the head noun
 * folded ("officials"), {@code headTag} its tag in {@code source-heads} ({@code person},
 * {@code group}, {@code document}) or {@code role}/{@code org}/{@code name}/{@code pronoun};
 * {@code quantity} the quantity word ("two", "some", "" when none); {@code definite} for "the",
 * "this" or a possessive; {@code capitalised} when a capitalised modifier stands before the head
 * ("White House officials", "a Quinnipiac poll"); {@code basis} the anonymity or basis phrase
 * ("familiar with", "on condition of anonymity", "" when none); {@code named} when a name stands
 * in apposition to it ("an aide, John Smith,") or a document is attributed ("a poll by Gallup").
 * {@code text} is the phrase as written, {@code [start, end)} its offsets (-1 when there is none).
 * Immutable.
 */
public record Description(String text, int start, int end, String head, String headTag, String quantity,
    boolean definite, boolean capitalised, String basis, boolean named) {
  public static final Description NONE = new Description("", -1, -1, "", "", "", false, false, "", false);
}
