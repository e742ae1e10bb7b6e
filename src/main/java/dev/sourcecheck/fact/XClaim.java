package dev.sourcecheck.fact;

import java.util.List;

/**
 * Cross-source: two aligned sentences of different sources that state one claim ({@code overlap}:
 * shared content words over the shorter sentence's; {@code shared}: their number). {@code kind}
 * says what differs: {@code hedge} (this sentence states plainly what the other hedges, {@code
 * cue} the other's hedge) or {@code negation} (one negates the verb {@code cue} the other
 * affirms). {@code attributed} is true when this sentence names a source itself. Immutable.
 */
public record XClaim(
    String story, String kind, String article, int start, int end, String otherArticle, String cue,
    double overlap, int shared, boolean attributed, List<Place> related) {
  public XClaim {
    related = List.copyOf(related);
  }
}
