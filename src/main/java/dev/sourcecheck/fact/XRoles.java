package dev.sourcecheck.fact;

import java.util.List;

/**
 * Cross-source: one person described with a role in one source and another role in other
 * sources of the story. {@code kind} and {@code otherKind} are {@code office} or {@code function}
 * (from the roles lexicon's tag), {@code tag} and {@code otherTag} the office or function they
 * name. {@code related} holds the places giving the other role. Immutable.
 */
public record XRoles(
    String story, String person, String article, int start, int end, String role, String kind, String tag,
    String otherRole, String otherKind, String otherTag, int otherSources, List<Place> related) {
  public XRoles {
    related = List.copyOf(related);
  }
}
