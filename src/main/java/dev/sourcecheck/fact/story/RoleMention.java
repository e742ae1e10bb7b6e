package dev.sourcecheck.fact.story;

import dev.sourcecheck.fact.Place;

/**
 * A role one article gives a person of the story, one per article, person and role: a title before
 * the name ("Deputy Mayor Ines Carr"), an appositive after it ("Dana Whitlock, the firm's head of
 * procurement,") or before it ("The firm's head of procurement, Dana Whitlock,"). {@code person} is
 * the story-wide person key; {@code role} the canonical role of the role lexicon ({@code
 * xs-roles}, e.g. {@code chief-executive}), {@code kind} its kind ({@code office}: a post one
 * person holds at a time; {@code function}: what someone does). {@code modifier} is a word that
 * makes it another post ({@code deputy}, {@code vice}, {@code assistant}, {@code acting}, {@code
 * interim}), else empty; {@code former} is true for "former" or "ex-" (no longer held now); {@code
 * past} for a role at an earlier time ("then-treasurer", "treasurer at the time"). {@code org} is
 * the organisation the role belongs to when the text names it (folded), else empty. {@code form}
 * is {@code title} for a title before the name (which may be a courtesy title kept after the post
 * was left: "Gov. Mike Huckabee"), {@code after} for a description right after the name ("Dana
 * Whitlock, the chief executive,"), {@code before} for one right before it ("its first-term
 * secretary of state, Clinton", often about another time). {@code order}
 * ranks the story's articles by publication date, then input order; {@code published} is the
 * article's publication date as an epoch day, or {@link EventMention#NONE}. {@code kind} may also
 * be {@code seat} (a member's seat in a body: councillor, senator) or {@code rank} (a military or
 * police rank, kept along with any office and as a courtesy after it). {@code level} places the role
 * in its organisation when the lexicon says so: {@code head} for a post that heads it (chief
 * executive, director of public health), {@code staff} for a job on its staff below the head
 * (spokesperson, consultant, press officer), else empty. {@code base} is the role without the field
 * of lower-case words that made it a post of its own ({@code director} for "airport director",
 * {@code officer} for "environmental officer"), else the role itself. Immutable.
 */
public record RoleMention(
    String story, String person, String name, String article, int start, int end, String written, String role,
    String base, String kind, String level, String modifier, boolean former, boolean past, String org, String form, int order, long published) {

  /** This role mention as a related place of a finding. */
  public Place place(String role) {
    return new Place(article, start, end, role);
  }

  /**
   * Whether this role and {@code other} may describe the same time: their articles were published
   * within {@code days} of each other, or a date is unknown. Roles change over months (a general
   * becomes CIA director; a minister is reshuffled), rarely within a news cycle.
   */
  public boolean sameTime(RoleMention other, int days) {
    return published == EventMention.NONE || other.published == EventMention.NONE
        || Math.abs(published - other.published) <= days;
  }

  /** The role with its modifier and time, as a key: "deputy chief-executive", "former mayor". */
  public String title() {
    return (former ? "former " : "") + (modifier.isEmpty() ? "" : modifier + " ") + role;
  }
}
