package dev.sourcecheck.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entries led by {@code *} are indexed by their second word; matches keep the lexicons' order. */
class LexiconMatcherTest {
  private static List<String> find(LexiconMatcher m, String text) {
    return m.find(Tokens.of(text)).stream()
        .map(x -> x.list() + ":" + x.entry().term() + "@" + text.substring(x.start(), x.end())).toList();
  }

  @Test
  void aLeadingWildcardMatchesAnyWordBeforeItsSecondWord() {
    LexiconMatcher m = new LexiconMatcher(List.of(
        Lexicon.parse("a", "* comments\n* minutes ago\nco*\n"),
        Lexicon.parse("b", "* comments | heading\n* ago\n")));
    assertEquals(List.of("a:* comments@12 comments", "b:* comments@12 comments", "a:co*@comments"),
        find(m, "There are 12 comments."));
    assertEquals(List.of("a:* minutes ago@five minutes ago", "b:* ago@minutes ago"),
        find(m, "Posted five minutes ago"));
    // the possessive of the last word, as for any entry; a prefix entry keeps its place in the order
    assertEquals(List.of("a:* comments@readers' comments's", "b:* comments@readers' comments's", "a:co*@comments's"),
        find(m, "readers' comments's"));
  }
}
