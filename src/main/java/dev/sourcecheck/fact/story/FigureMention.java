package dev.sourcecheck.fact.story;

import dev.sourcecheck.fact.Place;
import java.util.List;

/**
 * A figure one article gives: a quantity of something counted or measured. {@code counts} is what
 * it counts, as a key ("jobs|cut", "people|killed", "doses", "fine", "inflation"), {@code owner}
 * whose it is (a story person key or a folded organisation name; empty when the text names none),
 * {@code measure} its unit ({@code count}, {@code money:USD}, {@code percent}, {@code points}, {@code
 * hectares} …). {@code value} is the figure as written, normalised (3.4 million = 3400000; "4.2million"
 * and "4.2 million" are one value); {@code low}..{@code high} the range it stands for: its
 * qualifier ("about", "nearly", "at least", "more than", "up to") and its rounding (a figure
 * written to two significant digits covers half a unit of the last one). {@code qualifier} is the
 * qualifier's kind ({@code about}, {@code nearly}, {@code at-least}, {@code more-than}, {@code
 * up-to}, {@code less-than}, {@code change}), {@code vague} for a vague count ("dozens",
 * "hundreds"), or empty; {@code change} is true for a figure written as a new level
 * ("rose to", "climbed to", "has reached"). {@code nth} is its position among the article's
 * figures with the same key (0 = the first). {@code shown} is the figure as written (with its
 * counted noun: "1,200 jobs"), {@code label} what else a message needs to say what it counts ("cut",
 * "aid", "inflation rise"), maybe empty. {@code published} is the article's publication date
 * as an epoch day, or {@link EventMention#NONE}. {@code listed} is true when what it counts comes
 * from the counted-things lexicon (or it is money, a percentage, a tally), false for any other
 * plural noun. {@code context} are the content words (stems) of its sentence outside the figure:
 * what the count is about ("airstrikes", "Damascus"), and {@code names} the keys of the people,
 * organisations and places its sentence names (places by country), to tell one event's count from
 * another's. {@code lead} is true for a figure in the article's headline or lead (its first two
 * prose sentences): what the story reports, where a figure deeper in the text may be background.
 * {@code span} is true when its measure is a length of time (a unit the {@code span:} tags of
 * {@code xs-numbers} name: years, months, weeks, days). Immutable.
 */
public record FigureMention(
    String story, String article, int start, int end, String counts, String owner, String measure, double value,
    double low, double high, String qualifier, boolean change, String shown, String label, int nth,
    long published, int order, boolean listed, List<String> context, List<String> names, boolean lead,
    boolean span) {
  public FigureMention {
    context = List.copyOf(context);
    names = List.copyOf(names);
  }

  /** This figure as a related place of a finding. */
  public Place place(String role) {
    return new Place(article, start, end, role);
  }
}
