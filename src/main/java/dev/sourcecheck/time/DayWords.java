package dev.sourcecheck.time;

import dev.sourcecheck.lexicon.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The relative day expressions the time stage reads ({@code words-relative-days}: "yesterday",
 * "last week"), as one pattern of whole words, case-insensitive, in the list's order, and each
 * expression's tag (how it resolves: {@code shift:-1}, {@code last-week} …). Built once per rule
 * set from its lexicons (a missing list finds nothing); immutable and thread-safe.
 */
public final class DayWords {
  public static final String LEXICON = "words-relative-days";

  /**
   * No relative expressions: for reading full dates without an anchor day, against which no relative
   * expression resolves anyway (the parse stage's year of an article's own dates).
   */
  public static final DayWords NONE = new DayWords(Pattern.compile("(?!)"), Map.of());

  final Pattern relative;
  private final Map<String, String> tags;

  private DayWords(Pattern relative, Map<String, String> tags) {
    this.relative = relative;
    this.tags = Map.copyOf(tags);
  }

  public static DayWords of(Map<String, Lexicon> lexicons) {
    Lexicon l = Lexicon.of(lexicons, LEXICON);
    Map<String, String> tags = new HashMap<>();
    l.entries().forEach(e -> tags.putIfAbsent(e.term().toLowerCase(Locale.ROOT), e.tag()));
    return new DayWords(Pattern.compile("(?i)\\b(" + l.alternation() + ")\\b"), tags);
  }

  /** The tag of a found expression, lower-cased ("" when the list has none). */
  String tag(String lower) {
    return tags.getOrDefault(lower, "");
  }
}
