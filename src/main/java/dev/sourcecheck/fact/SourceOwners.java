package dev.sourcecheck.fact;

import dev.sourcecheck.attribution.Description;
import java.util.Locale;

/**
 * Whether a described source is owned by a possessive before its head ("his supporters", "Trump's
 * critics", "Obamacare's supporters", "Mr. Rubio's advisers"): a generic group that says whose it
 * is but not who in it speaks, unlike a definite back reference ("the critics", "those
 * Democrats") to people the story has named. Stateless.
 */
final class SourceOwners {
  private SourceOwners() {}

  /** True when the phrase of {@code d} opens with a possessive pronoun or holds a possessive "'s" before its head. */
  static boolean owned(String text, WordTags tags, Description d) {
    if (d.start() < 0 || d.end() > text.length() || d.head().isEmpty()) {
      return false;
    }
    String t = tags.tag(d.start(), WordTags.FUNCTION);
    if (t != null && t.startsWith("poss")) {
      return true;
    }
    String phrase = text.substring(d.start(), d.end()).replace('’', '\'');
    int head = phrase.toLowerCase(Locale.ROOT).lastIndexOf(d.head());
    if (head <= 0) {
      return false;
    }
    String before = phrase.substring(0, head);
    return before.contains("'s ") || before.contains("s' ");
  }

  /**
   * The verb at {@code cueStart} stands in a relative clause on the described phrase of {@code d},
   * one person described by what they did ("a Sanders supporter who has criticized Clinton",
   * "someone who had aggressively defended the ban"): the clause says who the person is, usually
   * someone the story names. A relative pronoun right after the phrase, then only auxiliaries and
   * adverbs before the verb; a singular head (a group's view in a relative clause, "liberals who
   * decried testing", is still the group's).
   */
  static boolean relative(String text, WordTags tags, Description d, int cueStart) {
    if (d.start() < 0 || d.end() > cueStart || d.head().endsWith("s") || d.head().equals("people")) {
      return false;
    }
    java.util.regex.Matcher m = WORD.matcher(text).region(d.end(), cueStart);
    if (!m.find() || !"rel".equals(tags.tag(m.start(), WordTags.FUNCTION))
        || !text.substring(d.end(), m.start()).matches("[ ,]*")) {
      return false;
    }
    while (m.find()) {
      String t = tags.tag(m.start(), WordTags.FUNCTION);
      if (!"aux".equals(t) && !"be".equals(t) && !"adv".equals(t) && !"degree".equals(t) && !"neg".equals(t)
          && !(t == null && m.group().endsWith("ly"))) { // "who has vociferously criticized"
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}’']+");
}
