package dev.sourcecheck.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A word list from {@code rules/lexicons/NAME.txt}: one entry a line, {@code #} starts a comment,
 * an optional tag after {@code |} ({@code defence minister | office}). Immutable.
 */
public record Lexicon(String name, List<Entry> entries) {
  public Lexicon {
    entries = List.copyOf(entries);
  }

  /**
   * By name and size only, consistent with {@link #equals}: a record's own hash would hash every
   * entry (32,000 in the first-name list) each time a lexicon match is a key in a set or map.
   */
  @Override
  public int hashCode() {
    return name.hashCode() * 31 + entries.size();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Lexicon l && name.equals(l.name) && entries.equals(l.entries);
  }

  /** The entries' terms, lower-cased ({@link Locale#ROOT}): a list read as a set of words. */
  public Set<String> lowerTerms() {
    Set<String> out = new HashSet<>();
    entries.forEach(e -> out.add(e.term().toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }

  /**
   * A regular-expression alternation of the entries' terms, each quoted ({@code \Qfrom\E|\Qby\E}),
   * in file order; {@code (?!)} (which matches nothing) when the list is empty.
   */
  public String alternation() {
    return alternation(false);
  }

  /**
   * The same, with the words of an entry joined by any white space ({@code \s+}) rather than the
   * entry's own spaces: for a pattern read across line breaks ("Staff  Writer").
   */
  public String spacedAlternation() {
    return alternation(true);
  }

  private String alternation(boolean spaced) {
    if (entries.isEmpty()) {
      return "(?!)";
    }
    StringJoiner j = new StringJoiner("|");
    for (Entry e : entries) {
      if (!spaced) {
        j.add(Pattern.quote(e.term()));
        continue;
      }
      StringJoiner words = new StringJoiner("\\s+");
      for (String word : e.term().split("\\s+")) {
        words.add(Pattern.quote(word));
      }
      j.add(words.toString());
    }
    return j.toString();
  }

  /** {@code lexicons}' list {@code name}, or an empty list of that name when the rule set has none. */
  public static Lexicon of(Map<String, Lexicon> lexicons, String name) {
    Lexicon l = lexicons.get(name);
    return l != null ? l : new Lexicon(name, List.of());
  }

  /** One entry: the phrase as written, its tag (empty if none), and its 1-based line in the file. */
  public record Entry(String term, String tag, int line) {}

  public static Lexicon parse(String name, String text) {
    List<Entry> out = new java.util.ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      int hash = l.indexOf('#');
      if (hash >= 0) {
        l = l.substring(0, hash);
      }
      l = l.strip();
      if (l.isEmpty()) {
        continue;
      }
      int bar = l.indexOf('|');
      String term = bar < 0 ? l : l.substring(0, bar).strip();
      String tag = bar < 0 ? "" : l.substring(bar + 1).strip();
      if (!term.isEmpty()) {
        out.add(new Entry(term, tag, i + 1));
      }
    }
    return new Lexicon(name, out);
  }
}
