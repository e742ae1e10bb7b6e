package dev.sourcecheck.fact.story;

import dev.sourcecheck.fact.Place;

/**
 * A direct quotation of a story, one per quotation (parts split around a speech tag joined into
 * one: "'We will,' she said, 'rebuild it.'"). {@code id} is unique in the story and the key of
 * {@link QuotePair}s; {@code [start, end)} spans the quoted words (with the tag, for a joined
 * quotation). {@code speaker} is the story-wide person key (people of the attribution model merged
 * across articles) or empty when nobody was found; {@code person} is false for a speaking
 * institution. {@code how} is how the attribution model found the speaker ({@code after}, {@code
 * before}, {@code according-to}, {@code statement}, {@code pronoun}, {@code partial}, {@code
 * continuation}, {@code none}). {@code saidOn} is the day of saying the attribution names (an ISO
 * date or a weekday name), empty when it names none. {@code order} ranks the story's articles by
 * publication date, then input order. Immutable.
 */
public record StoryQuote(
    String story, String id, String article, int start, int end, String text, int words, String speaker,
    String speakerName, boolean person, String how, String saidOn, int order) {

  /** This quotation as a related place of a finding. */
  public Place place(String role) {
    return new Place(article, start, end, role);
  }
}
