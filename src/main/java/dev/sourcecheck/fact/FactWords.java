package dev.sourcecheck.fact;

import dev.sourcecheck.lexicon.Lexicon;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the fact stage reads as sets or builds patterns of rather than as cues: the small
 * words a Title-Case line leaves in lower case ({@code words-title-small}) and the prepositions
 * that name a critic after a criticism word ({@code words-critic-links}) and the number words of a
 * figure ({@code words-number-words}), and the words that mark a quotation as a term held at a
 * distance ({@code words-mention-markers}: "so-called"). Built once per rule set
 * from its lexicons (a missing list is empty); immutable and thread-safe.
 */
public record FactWords(Set<String> smallWords, int smallLongest, Pattern criticAfter, Pattern number,
    String numberInitials, Pattern mentionMarker) {
  public static final String SMALL = "words-title-small";
  public static final String CRITIC_LINKS = "words-critic-links";
  public static final String NUMBER_WORDS = "words-number-words";
  public static final String MENTION_MARKERS = "words-mention-markers";

  public FactWords {
    smallWords = Set.copyOf(smallWords);
  }

  public static FactWords of(Map<String, Lexicon> lexicons) {
    Set<String> small = Lexicon.of(lexicons, SMALL).lowerTerms();
    Lexicon numbers = Lexicon.of(lexicons, NUMBER_WORDS);
    return new FactWords(small, small.stream().mapToInt(String::length).max().orElse(0),
        Pattern.compile("^\\s+(?:\\w+\\s+){0,3}?(" + Lexicon.of(lexicons, CRITIC_LINKS).alternation()
            + ")\\s+((?:[^\\s,.;]+\\s*){1,6})"),
        ClaimNumbers.number(numbers.alternation()),
        ClaimNumbers.initials(numbers.entries().stream().map(Lexicon.Entry::term).toList()),
        Pattern.compile("(?s).*(?:" + Lexicon.of(lexicons, MENTION_MARKERS).alternation() + ")\\s*$"));
  }
}
