package dev.sourcecheck.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.bench.Corpus;
import dev.sourcecheck.bench.StoryGenerator;
import dev.sourcecheck.engine.RuleRun;
import dev.sourcecheck.fact.Flag;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The windowed story stage gives, story for story, what the all-at-end stage gives: on stories
 * that it releases early, and on a story that grows after its group was released (it is then
 * compared again, its released articles read again).
 */
class CrossSourceWindowTest {
  private static Auditor auditor;
  private static List<AuditedArticle> audited;

  @BeforeAll
  static void audit() {
    auditor = TestRules.auditor();
    audited = new ArrayList<>();
    // eight stories of six generated articles each, in input order story by story
    for (StoryGenerator.Story s : StoryGenerator.fromRepo(Path.of("."), false, 11).generate(48, 6)) {
      for (Corpus.Doc d : s.articles()) {
        audited.add(auditor.auditArticle(TextArticleParser.parse(d.id(), d.id(), d.text())).lean());
      }
    }
  }

  /** Flags in a fixed order: the report sorts findings, and one story's rules may fire in any order. */
  private static List<String> sorted(List<Flag> flags) {
    return flags.stream().map(Flag::toString).sorted().toList();
  }

  private static List<Flag> allAtEnd(List<AuditedArticle> docs) {
    return auditor.crossSource(docs);
  }

  /** Feeds {@code docs} to a window (checkpoint every {@code every} articles); its flags, and the most it held. */
  private static int[] windowed(List<AuditedArticle> docs, int every, int quiet, List<Flag> out, int[] reread) {
    CrossSourceWindow<Flag> w = new CrossSourceWindow<>(auditor.rules().rules().lexicons(), false, docs.size(),
        (facts, articles) -> RuleRun.run(auditor.rules(), facts).flags(), quiet);
    int most = 0;
    for (int i = 0; i < docs.size(); i++) {
      w.add(docs.get(i));
      most = Math.max(most, w.held());
      if ((i + 1) % every == 0) {
        w.checkpoint();
      }
    }
    out.addAll(w.finish(docs::get));
    reread[0] = w.reread();
    return new int[] {most};
  }

  @Test
  void storiesReleasedEarlyGiveTheFlagsOfTheAllAtEndStage() {
    List<Flag> expected = allAtEnd(audited);
    assertFalse(expected.isEmpty(), "the generated stories have contradictions to find");
    List<Flag> got = new ArrayList<>();
    int[] reread = {0};
    int most = windowed(audited, 6, 6, got, reread)[0];
    assertEquals(sorted(expected), sorted(got));
    assertTrue(most < audited.size() / 2, "stories were let go of as the run went: at most " + most + " held");
    assertTrue(reread[0] < audited.size(), "some released groups were their story: " + reread[0] + " read again");
  }

  @Test
  void aStoryThatGrowsAfterItsReleaseIsComparedAgainWhole() {
    // the first story's first article comes last, long after its story was released without it
    List<AuditedArticle> docs = new ArrayList<>(audited.subList(1, audited.size()));
    docs.add(audited.get(0));
    List<Flag> expected = allAtEnd(docs);
    List<Flag> got = new ArrayList<>();
    int[] reread = {0};
    windowed(docs, 6, 6, got, reread);
    assertEquals(sorted(expected), sorted(got));
    assertTrue(reread[0] > 0, "the released articles of the grown story were read again");
  }
}
