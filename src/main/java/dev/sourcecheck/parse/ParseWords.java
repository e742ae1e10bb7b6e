package dev.sourcecheck.parse;

import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.lexicon.Lexicon;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the plain-text parse reads as sets or builds patterns of: the sentence splitter's
 * abbreviations ({@code words-splitter-titles}, {@code words-splitter-contextual}, {@code
 * words-before-number}), sentence starters ({@code words-sentence-starters}) and speech-tag verbs
 * ({@code words-speech-tag-verbs}), words that make a {@code By …} line prose ({@code
 * words-byline-not-names}), a lede's words a deck lacks ({@code words-deck-not}), a caption's first
 * words ({@code words-caption-openers}), upper-case words that are no dateline ({@code words-dateline-not-places}),
 * the roles of a credit line ({@code words-credit-roles}), the lower-case particles of a name
 * ({@code name-particles}) and the words of a byline ({@code words-byline-*}). Built once per rule set from its lexicons (a missing list is empty);
 * immutable and thread-safe.
 */
public final class ParseWords {
  final Set<String> beforeNumber;
  final Set<String> titles;
  final Set<String> contextual;
  final Set<String> starters;
  final Set<String> speechVerbs;
  final Set<String> notNames;
  /** As written: a lede's words a deck does not have ({@code words-deck-not}). */
  final Set<String> deckNot;
  /** Lower case: the first words of a caption or credit ({@code words-caption-openers}). */
  final Set<String> captionOpeners;
  /** As written, a typographic apostrophe read as a straight one. */
  private final Set<String> notPlaces;
  /** A credit role and {@code by} opening a credited name: {@code Additional reporting by}. */
  final Pattern creditRole;
  /** A credit line that opens with its role: {@code Reporting and editing by …}. */
  final Pattern roleCredit;
  /** A person's name in a credit line: capitalised words and the particles between them. */
  final Pattern person;
  /**
   * An outlet and a reporter's role before a credited name ({@code Associated Press writer}, {@code
   * Reuters correspondents}, {@code AP sports writers}): capitalised words, up to two lower-case
   * ones, then a role of {@code words-byline-roles}.
   */
  final Pattern outletRole;
  /** A byline ({@link MetadataPatterns#byline}) and one without "By" ({@link MetadataPatterns#nameAndOutlet}). */
  final Pattern byline;
  final Pattern nameAndOutlet;

  /** A rule set's lexicons, read into the parts of patterns. */
  record Lists(Map<String, Lexicon> lexicons) {
    /** A list's entries as an alternation, the words of an entry joined by any white space ({@link Lexicon#spacedAlternation}). */
    String spaced(String name) {
      return Lexicon.of(lexicons, name).spacedAlternation();
    }
  }

  private ParseWords(Map<String, Lexicon> lexicons) {
    beforeNumber = Lexicon.of(lexicons, "words-before-number").lowerTerms();
    titles = Lexicon.of(lexicons, "words-splitter-titles").lowerTerms();
    contextual = Lexicon.of(lexicons, "words-splitter-contextual").lowerTerms();
    starters = Lexicon.of(lexicons, "words-sentence-starters").lowerTerms();
    speechVerbs = Lexicon.of(lexicons, "words-speech-tag-verbs").lowerTerms();
    notNames = Lexicon.of(lexicons, "words-byline-not-names").lowerTerms();
    Set<String> deck = new HashSet<>();
    Lexicon.of(lexicons, "words-deck-not").entries().forEach(e -> deck.add(e.term()));
    deckNot = Set.copyOf(deck);
    captionOpeners = Lexicon.of(lexicons, "words-caption-openers").lowerTerms();
    Set<String> places = new HashSet<>();
    Lexicon.of(lexicons, "words-dateline-not-places").entries().forEach(e -> places.add(apostrophe(e.term())));
    notPlaces = Set.copyOf(places);
    String roles = Lexicon.of(lexicons, "words-credit-roles").alternation();
    creditRole = Pattern.compile("(?i)^[(\\[]?\\s*(?:with\\s+)?(?:additional\\s+)?(?:" + roles
        + ")(?:\\s+and\\s+\\w{1,12})?\\s+by\\s+");
    roleCredit = Pattern.compile("^[(\\[]?\\s*(?:additional\\s+)?(?:" + roles
        + ")(?:\\s+and\\s+(?:writing|editing|reporting))?\\s+by\\s+.{2,300}$", Pattern.CASE_INSENSITIVE);
    byline = MetadataPatterns.byline(new Lists(lexicons));
    nameAndOutlet = MetadataPatterns.nameAndOutlet(new Lists(lexicons));
    outletRole = Pattern.compile("^(?:\\p{Lu}[\\p{L}.&'’-]{0,30}\\s+){1,4}(?:\\p{Ll}{2,20}\\s+){0,2}(?i:"
        + Lexicon.of(lexicons, "words-byline-roles").spacedAlternation() + ")s?\\s+(?=\\p{Lu})");
    person = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]{0,30}(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]{0,30}|"
        + Lexicon.of(lexicons, "name-particles").alternation() + ")){0,4}$");
  }

  public static ParseWords of(Map<String, Lexicon> lexicons) {
    return new ParseWords(lexicons);
  }

  /** The bundled rule set's lists, loaded once: for a parse that is given no rule set (tools, tests). */
  public static ParseWords bundled() {
    return Bundled.WORDS;
  }

  private static final class Bundled {
    static final ParseWords WORDS = load();

    private static ParseWords load() {
      try {
        return of(RuleSet.bundled().lexicons());
      } catch (Exception e) {
        throw new IllegalStateException("the bundled rule set's word lists cannot be read", e);
      }
    }
  }

  /** Whether an upper-case word opens sentences or labels boxes rather than naming a place. */
  boolean notPlace(String caps) {
    return notPlaces.contains(apostrophe(caps));
  }

  private static String apostrophe(String s) {
    return s.replace('’', '\'');
  }
}
