package dev.sourcecheck.attribution;

/**
 * Who a direct quotation ({@code quote} = {@link dev.sourcecheck.article.Quote#index()}) is
 * attributed to: {@code person} is a {@link Person#key()} or null. {@code how} is one of
 * <ul>
 *   <li>{@code after}: the speaker follows the quotation ("…," said Peskov / Peskov said);
 *   <li>{@code before}: the speaker precedes it (Leavitt told reporters "…");
 *   <li>{@code pronoun}: "She said …", resolved to the last named person before it;
 *   <li>{@code continuation}: a quotation standing alone in its paragraph, or following its
 *       speaker's quotation in the same paragraph, continues the previous speaker;
 *   <li>{@code according-to}: "according to X";
 *   <li>{@code statement}: "in a statement", with the statement's author;
 *   <li>{@code partial}: a short quoted phrase inside a sentence about a named subject
 *       (calling the talks “pointless”; campaigned on ending it “on day one”);
 *   <li>{@code vague}: a source described, not named ("officials said …"), person null;
 *   <li>{@code nearest}: the last sieve, the person named nearest before the quotation (a guess);
 *   <li>{@code none}: no speaker found (person null, cue -1).
 * </ul>
 * {@code [cueStart, cueEnd)} is the cue: the verb of saying or the speaker phrase. Immutable.
 */
public record Attribution(int quote, String person, String how, int cueStart, int cueEnd) {
  public boolean attributed() {
    return !how.equals("none");
  }
}
