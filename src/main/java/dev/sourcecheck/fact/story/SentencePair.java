package dev.sourcecheck.fact.story;

import dev.sourcecheck.fact.Place;
import java.util.List;

/**
 * Two sentences of different articles of a story that state one claim, aligned by shared content
 * words (each sentence with its best partner in the other article; emitted in both directions,
 * "this" first). {@code overlap} is the shared content words over the smaller sentence's, {@code
 * shared} their number. {@code hedge}/{@code otherHedge} are the hedge each sentence carries outside
 * quotations (lexicon {@code xs-hedges}: reportedly, is said to, may, could, is expected to, "is
 * also believed to"), or empty, and {@code hedgeShared}/{@code otherHedgeShared} how many content
 * words of the other sentence lie in each hedge's scope (the words it governs, to the end of its
 * clause: "a deal both sides might accept" hedges "accept", not the rest), {@code
 * hedgeScope}/{@code otherHedgeScope} how many content words each hedge's scope holds. {@code attributed} is true when the sentence names a source of its
 * own (a verb of saying outside quotations), {@code source} the key of the person or organisation
 * the attribution model gives it ("…, Diallo said": the person's key; empty when none is named),
 * {@code quoted} the share of it inside quotation marks, {@code question} whether this sentence asks (ends in a
 * question mark: it states nothing).
 * {@code negated}/{@code asserted} are the predicates the sentence negates ("will not attend",
 * "never signed") or states plainly, outside quotations, each as {@code stem|subject}: the verb's
 * stem and the key of the person or organisation named last before it (empty when none), so that
 * "Trump refused to endorse Ryan" and "Pence endorsed Ryan" are two subjects. {@code daysApart}
 * is the number of days between the two articles' publication dates, -1 when either is unknown.
 * {@code joinedOn} is empty for sentences aligned by shared words; otherwise the two were paired
 * because this one negates a predicate of a named subject and of an object ({@code joinedOn},
 * {@code joinedObject}: "did not pay a ransom" gives {@code pay|lumora} and {@code pay|~ranso})
 * that the other states plainly, whatever else they share ("paid a ransom to the group behind the
 * attack, two people familiar with the matter said"); such a pair says nothing of how much the two
 * sentences share beyond {@code overlap} and {@code shared}.
 * Immutable.
 */
public record SentencePair(
    String story, String article, int start, int end, String otherArticle, int otherStart, int otherEnd,
    double overlap, int shared, String hedge, String otherHedge, int hedgeShared, int otherHedgeShared,
    int hedgeScope, int otherHedgeScope,
    boolean attributed, boolean otherAttributed, String source, String otherSource,
    double quoted, double otherQuoted, boolean question, List<String> negated, List<String> asserted, List<String> otherNegated,
    List<String> otherAsserted, int daysApart, String joinedOn, String joinedObject) {
  public SentencePair {
    negated = List.copyOf(negated);
    asserted = List.copyOf(asserted);
    otherNegated = List.copyOf(otherNegated);
    otherAsserted = List.copyOf(otherAsserted);
  }

  /** The other sentence as a related place of a finding. */
  public Place otherPlace(String role) {
    return new Place(otherArticle, otherStart, otherEnd, role);
  }
}
