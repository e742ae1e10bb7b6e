package dev.sourcecheck.lexicon;

import java.util.List;

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
