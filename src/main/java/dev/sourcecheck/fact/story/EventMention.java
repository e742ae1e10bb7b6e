package dev.sourcecheck.fact.story;

import dev.sourcecheck.fact.Place;
import java.util.List;

/**
 * An event placed on a day by one article: a predicate of a class from the event lexicon ({@code
 * xs-events}: talks, announcement, dismissal, vote, signing, arrival, verdict …) with a participant
 * (a person of the story, an organisation or a place named in its clause; one fact per
 * participant) and the day its clause gives. {@code event} is the join key, {@code predicate + "|"
 * + participant}; {@code participants} are the keys of all its participants (to tell one meeting of
 * an envoy from another: the same predicate with other people is another event). The day: {@code first}..{@code last} are epoch days when resolved to dates (one
 * day, or a span such as "earlier this week"), else {@link #NONE}; {@code monthDay} is {@code
 * month * 100 + day} when a calendar day is written without a known year, else 0; {@code weekday}
 * is 1 (Monday) to 7 when the day is known as a weekday, else 0. {@code expression} is the day as
 * written, {@code day} as resolved (for messages). {@code quoted} is true for an event told inside
 * a quotation (its days count from the day of saying). Immutable.
 */
public record EventMention(
    String story, String article, int start, int end, String event, String predicate, String participant,
    List<String> participants, String expression, String day, long first, long last, int monthDay, int weekday,
    boolean quoted, int order) {
  public static final long NONE = Long.MIN_VALUE;

  public EventMention {
    participants = List.copyOf(participants);
  }

  /** This mention as a related place of a finding. */
  public Place place(String role) {
    return new Place(article, start, end, role);
  }
}
