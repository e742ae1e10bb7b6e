package dev.sourcecheck.compare;

import dev.sourcecheck.lexicon.Lexicon;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.time.DayWords;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the cross-source stage reads as sets rather than as cues: places to their country
 * ({@code xs-gazetteer}), function words that carry no content ({@code xs-function-words}), and
 * the head nouns of unnamed sources ({@code source-heads}), the openers of a place phrase after a counted
 * noun ({@code words-place-openers}) and the words of a vote ({@code words-vote}). Built once per audit from the rule set's lexicons.
 * Immutable after construction and thread-safe.
 */
final class Vocab {
  /** Folded place word to the country or region it lies in (every word of a multi-word place). */
  final Map<String, String> places = new HashMap<>();
  final Set<String> functionWords = new HashSet<>();
  /** Function words tagged {@code joiner} ("and", "or"): they join the words of one phrase. */
  final Set<String> joiners = new HashSet<>();
  /** Function words tagged {@code determiner} ("the", "any", "its") or {@code partitive} ("of"). */
  final Set<String> determiners = new HashSet<>();
  final Set<String> partitives = new HashSet<>();
  /** Function words tagged {@code relative} ("who", "which"): they open a relative clause. */
  final Set<String> relatives = new HashSet<>();
  /** Function words tagged {@code auxiliary} ("has", "were", "will"): a verb phrase opens with them. */
  final Set<String> auxiliaries = new HashSet<>();
  /** Words before the day an event lasts until ("runs until Friday"): not its day. */
  final Set<String> bounds = new HashSet<>();
  /** Head nouns of sources described rather than named ({@code source-heads}: "official", "spokesman"). */
  final Set<String> unnamedHeads = new HashSet<>();
  /** The words that open a phrase of where or whose after a counted noun ({@code words-place-openers}: "of", "in"). */
  final Set<String> placeOpeners = new HashSet<>();
  /** A word that says a sentence is about a vote ({@code words-vote}), as a whole word, case-insensitive. */
  final Pattern voteWord;
  /** The relative day expressions of {@code words-relative-days} ("yesterday", "last week"). */
  final DayWords days;
  /** What a counted thing is a part of ({@code xs-count-classes}: passengers and patients are people). */
  final Map<String, String> countClasses = new HashMap<>();

  Vocab(Map<String, Lexicon> lexicons) {
    Lexicon g = lexicons.get("xs-gazetteer");
    if (g != null) {
      for (Lexicon.Entry e : g.entries()) {
        String term = Tokens.norm(e.term());
        String country = e.tag().isEmpty() ? term : e.tag().toLowerCase(Locale.ROOT);
        for (String w : term.split("\\s+")) {
          places.put(w, country);
        }
      }
    }
    Lexicon h = lexicons.get("source-heads");
    if (h != null) {
      for (Lexicon.Entry e : h.entries()) {
        unnamedHeads.add(e.term().toLowerCase(Locale.ROOT));
      }
    }
    Lexicon.of(lexicons, "words-place-openers").entries().forEach(e -> placeOpeners.add(Tokens.norm(e.term())));
    voteWord = Pattern.compile("(?i)\\b(" + Lexicon.of(lexicons, "words-vote").alternation() + ")\\b");
    days = DayWords.of(lexicons);
    Lexicon.of(lexicons, "xs-count-classes").entries().forEach(e -> countClasses.put(e.term().strip(), e.tag()));
    Lexicon f = lexicons.get("xs-function-words");
    if (f != null) {
      for (Lexicon.Entry e : f.entries()) {
        functionWords.add(Tokens.norm(e.term()));
        switch (e.tag()) {
          case "joiner" -> joiners.add(Tokens.norm(e.term()));
          case "determiner" -> determiners.add(Tokens.norm(e.term()));
          case "partitive" -> partitives.add(Tokens.norm(e.term()));
          case "relative" -> relatives.add(Tokens.norm(e.term()));
          case "auxiliary" -> auxiliaries.add(Tokens.norm(e.term()));
          case "bound" -> bounds.add(Tokens.norm(e.term()));
          default -> { }
        }
      }
    }
  }

  /** A word that says something: not a function word, longer than one letter. */
  boolean content(String norm) {
    return norm.length() > 1 && !functionWords.contains(norm);
  }

  /** A function word that joins the words of one phrase ("bank or card details"). */
  boolean joiner(String norm) {
    return joiners.contains(norm);
  }

  /** The words before a noun phrase's words: "the", "any of its" (a partitive only after a determiner). */
  int determinersFrom(String[] norms, int k, int end) {
    int j = k;
    while (j < end && (determiners.contains(norms[j]) || j > k && partitives.contains(norms[j]) && determiners.contains(norms[j - 1]))) {
      j++;
    }
    return j;
  }

  /**
   * A verb's stem, its inflection dropped first (signed, signing, signs and sign meet; approved and
   * approve; participate and party do not): for comparing what two sentences negate and state.
   */
  static String predicate(String norm) {
    String w = norm;
    for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
      if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
        w = w.substring(0, w.length() - suffix.length());
        break;
      }
    }
    if (w.length() > 4 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    return w.length() <= 7 ? w : w.substring(0, 7);
  }

  /** A crude stem for overlap: the first five letters (territory/territories meet, cede/ceding stay apart). */
  static String stem(String norm) {
    return norm.length() <= 5 ? norm : norm.substring(0, 5);
  }
}
