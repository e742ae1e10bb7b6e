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
        (facts, articles) -> RuleRun.run(auditor.rules(), facts).flags(), quiet, null);
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

  /** Feeds {@code docs} with a lookahead of all of them (as a run's first pass gives it); flags handed out early. */
  private static List<Flag> ahead(List<AuditedArticle> docs, List<Flag> out, int[] wrong) {
    Lookahead ahead = new Lookahead(auditor.rules().rules().lexicons());
    docs.forEach(d -> ahead.expect(d.article().metadata().published(), ahead.words(d.tokens())));
    CrossSourceWindow<Flag> w = new CrossSourceWindow<>(auditor.rules().rules().lexicons(), false, docs.size(),
        (facts, articles) -> RuleRun.run(auditor.rules(), facts).flags(), 6, ahead);
    List<Flag> early = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      ahead.passed(docs.get(i).article().metadata().published(), ahead.words(docs.get(i).tokens()));
      w.add(docs.get(i));
      if ((i + 1) % 6 == 0) {
        w.checkpoint();
        if (i + 1 < docs.size()) {
          early.addAll(w.closedFindings());
        }
      }
    }
    out.addAll(w.finish(docs::get));
    List<Flag> late = new ArrayList<>(w.closedFindings());
    late.addAll(w.openFindings());
    List<Flag> handed = new ArrayList<>(early);
    handed.addAll(late);
    assertEquals(sorted(out), sorted(handed), "every flag handed out once");
    assertTrue(ahead.settled(), "every input expected was passed with its words");
    wrong[0] = w.wrong();
    return early;
  }

  @Test
  void storiesNoLaterArticleCanJoinAreHandedOutAsTheyClose() {
    // the dated articles only: an undated one may join any story that shares words with it
    List<AuditedArticle> dated = audited.stream().filter(a -> a.article().metadata().published() != null).toList();
    List<Flag> got = new ArrayList<>();
    int[] wrong = {-1};
    List<Flag> early = ahead(dated, got, wrong);
    assertFalse(got.isEmpty(), "the dated articles' stories have contradictions");
    assertEquals(sorted(allAtEnd(dated)), sorted(got));
    assertEquals(0, wrong[0], "no story found final changed later");
    assertFalse(early.isEmpty(), "stories of generated articles, input story by story, close before the end");
    // with every article, the undated ones share the template's words with stories still to come
    List<Flag> all = new ArrayList<>();
    ahead(audited, all, wrong);
    assertEquals(sorted(allAtEnd(audited)), sorted(all));
    assertEquals(0, wrong[0]);
  }

  @Test
  void aStoryAnArticleToComeCanJoinIsNotHandedOutEarly() {
    List<AuditedArticle> docs = new ArrayList<>(audited.subList(1, audited.size()));
    docs.add(audited.get(0));
    List<Flag> got = new ArrayList<>();
    int[] wrong = {-1};
    List<Flag> early = ahead(docs, got, wrong);
    assertEquals(sorted(allAtEnd(docs)), sorted(got));
    assertEquals(0, wrong[0]);
    String first = audited.get(0).id();
    String story = first.substring(0, first.indexOf('-'));
    assertTrue(early.stream().noneMatch(f -> f.toString().contains(story + "-")),
        "the first story, whose first article comes last, is held to the end");
  }
}
