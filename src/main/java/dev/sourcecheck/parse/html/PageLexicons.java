package dev.sourcecheck.parse.html;

import dev.sourcecheck.lexicon.Lexicon;
import dev.sourcecheck.parse.ParseWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the HTML extractor reads: {@code page-stopwords} (function words of running
 * prose) and {@code page-hints} (class, id, role and tag tokens and what they say an element
 * holds), and the word lists the text parse after it reads ({@link ParseWords}). Words are data in
 * {@code rules/lexicons}, never Java. Built once per rule set; immutable and thread-safe.
 */
public final class PageLexicons {
  /** The hint that says an element likely holds the article's text. */
  public static final String CONTENT = "content";

  private final Set<String> stopWords;
  private final Map<String, String> hints;
  private final List<String[]> prefixHints;

  private final ParseWords words;

  private PageLexicons(Set<String> stopWords, Map<String, String> hints, List<String[]> prefixHints, ParseWords words) {
    this.words = words;
    this.stopWords = Set.copyOf(stopWords);
    this.hints = Map.copyOf(hints);
    this.prefixHints = List.copyOf(prefixHints);
  }

  /** From a rule set's lexicons; a missing list is empty (the extractor then goes without it). */
  public static PageLexicons of(Map<String, Lexicon> lexicons) {
    Set<String> stop = new HashSet<>();
    Lexicon sw = lexicons.get("page-stopwords");
    if (sw != null) {
      sw.entries().forEach(e -> stop.add(e.term().toLowerCase(Locale.ROOT)));
    }
    Map<String, String> hints = new HashMap<>();
    List<String[]> prefixes = new ArrayList<>();
    Lexicon h = lexicons.get("page-hints");
    if (h != null) {
      for (Lexicon.Entry e : h.entries()) {
        String term = e.term().toLowerCase(Locale.ROOT);
        String tag = e.tag().isEmpty() ? CONTENT : e.tag().toLowerCase(Locale.ROOT);
        if (term.endsWith("*")) {
          prefixes.add(new String[] {term.substring(0, term.length() - 1), tag});
        } else {
          hints.putIfAbsent(term, tag);
        }
      }
    }
    return new PageLexicons(stop, hints, prefixes, ParseWords.of(lexicons));
  }

  /** The word lists of the text parse ({@code words-*}, {@code name-particles}). */
  public ParseWords words() {
    return words;
  }

  /** Whether a lower-case word is a stop word. */
  public boolean stopWord(String lower) {
    return stopWords.contains(lower);
  }

  /** Whether the stop-word list is empty (then stop-word density says nothing). */
  public boolean noStopWords() {
    return stopWords.isEmpty();
  }

  /** What a lower-case token says an element holds, or null. */
  public String hint(String token) {
    String h = hints.get(token);
    if (h != null) {
      return h;
    }
    for (String[] p : prefixHints) {
      if (token.startsWith(p[0])) {
        return p[1];
      }
    }
    return null;
  }
}
