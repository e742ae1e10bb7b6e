package dev.sourcecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.TestRules;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.parse.TextArticleParser;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The story stage's view of an article ({@link AuditedArticle#lean}) keeps what compare/ reads and nothing else. */
class AuditedArticleTest {
  private static final String TEXT = "Club signs striker\n\n"
      + "The club said on Monday it had signed the striker for 40 million pounds, the chief executive, "
      + "Ann Lee, told reporters. \"We are delighted,\" she said. Fans reportedly queued overnight.\n";

  @Test
  void leanKeepsTheStoryStagesCuesAndLetsGoOfFactsAndMatches() {
    AuditedArticle full = TestRules.auditor().auditArticle(TextArticleParser.parse("a", "a.txt", TEXT));
    AuditedArticle lean = full.lean();
    assertFalse(full.facts().isEmpty());
    assertTrue(lean.facts().isEmpty());
    assertTrue(lean.matches().isEmpty());
    assertSame(full.tokens(), lean.tokens());
    assertSame(full.speakers(), lean.speakers());
    assertEquals(full.prose(), lean.prose());
    assertEquals(full.boilerplate(), lean.boilerplate());
    assertSame(lean, lean.lean());
    Set<String> kept = new TreeSet<>();
    Set<String> dropped = new TreeSet<>();
    for (Object f : full.facts()) {
      if (f instanceof Cue c) {
        (AuditedArticle.storyReads(c.lexicon()) ? kept : dropped).add(c.lexicon());
      }
    }
    for (String lexicon : kept) {
      assertEquals(full.cues(lexicon), lean.cues(lexicon), lexicon);
    }
    assertEquals(full.cues("xs-reporting"), lean.cues("xs-reporting"));
    assertFalse(lean.cues("xs-reporting").isEmpty(), "the text has verbs of saying");
    assertFalse(dropped.isEmpty(), "first-pass lexicons matched: " + dropped);
    for (String lexicon : dropped) {
      assertThrows(IllegalStateException.class, () -> lean.cues(lexicon), lexicon);
      full.cues(lexicon); // the full article still answers
    }
  }
}
