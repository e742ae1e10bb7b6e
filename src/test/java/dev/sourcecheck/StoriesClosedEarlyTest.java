package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.bench.Corpus;
import dev.sourcecheck.bench.StoryGenerator;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 5: a story whose window of dates has closed is compared and its cross-source
 * findings handed out (to JSON Lines, through {@link Progress#findings}) while the run goes on,
 * not at its end; a story that an input still to come may join is not; either way the run's
 * findings are those of the all-at-end stage.
 */
class StoriesClosedEarlyTest {
  private static final int FILLER = Auditor.BATCH + 50;
  private static Auditor auditor;
  private static List<Corpus.Doc> story;
  private static LocalDate last;

  @BeforeAll
  static void setUp() {
    auditor = TestRules.auditor();
    story = StoryGenerator.fromRepo(Path.of("."), false, 11).generate(6, 6).get(0).articles();
    for (Corpus.Doc d : story) {
      LocalDate p = TextArticleParser.parse(d.id(), d.id(), d.text()).metadata().published();
      last = last == null || p != null && p.isAfter(last) ? p : last;
    }
  }

  /** Short articles of other stories, all dated a month or more after the generated story's last. */
  private static Input filler(int i) {
    String text = "Title: Council vote " + i + "\nPublished: " + last.plusDays(30 + i % 7) + "\n\nOfficials said the plan"
        + " for district " + i + " would pass. \"We will see,\" said Mayor Ana Lima of Brandvik.\n";
    return new Input("f" + i + ".txt", "f" + i, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Input of(Corpus.Doc d) {
    return new Input(d.id() + ".txt", d.id(), d.text().getBytes(StandardCharsets.UTF_8));
  }

  /** The findings handed to a run's progress, in the order handed, and the number of calls before each. */
  private static final class Seen implements Progress {
    final List<Finding> findings = new ArrayList<>();
    final List<Integer> call = new ArrayList<>();
    int calls;

    @Override
    public void findings(List<Finding> fs) {
      calls++;
      for (Finding f : fs) {
        findings.add(f);
        call.add(calls);
      }
    }
  }

  private static boolean acrossIn(Finding f, Set<String> ids) {
    return !f.related().isEmpty() && ids.contains(f.location().article());
  }

  private static List<String> sorted(List<Finding> fs) {
    return fs.stream().map(Finding::toString).sorted().toList();
  }

  @Test
  void aStoryWhoseWindowClosedIsHandedOutBeforeTheLaterArticles() {
    List<Input> inputs = new ArrayList<>();
    story.forEach(d -> inputs.add(of(d)));
    for (int i = 0; i < FILLER; i++) {
      inputs.add(filler(i));
    }
    Seen seen = new Seen();
    AuditReport r = auditor.audit(inputs, List.of(), List.of(), seen);
    Set<String> ids = story.stream().map(Corpus.Doc::id).collect(Collectors.toSet());
    int firstAcross = Integer.MAX_VALUE;
    int firstSecondBatch = Integer.MAX_VALUE;
    for (int k = 0; k < seen.findings.size(); k++) {
      Finding f = seen.findings.get(k);
      if (acrossIn(f, ids)) {
        firstAcross = Math.min(firstAcross, k);
      }
      String a = f.location().article();
      if (a.startsWith("f") && Integer.parseInt(a.substring(1)) >= Auditor.BATCH - story.size()) {
        firstSecondBatch = Math.min(firstSecondBatch, k);
      }
    }
    assertTrue(firstAcross < Integer.MAX_VALUE, "the generated story has cross-source findings");
    assertTrue(firstAcross < firstSecondBatch, "the story's findings (" + firstAcross
        + ") come before the findings of the second batch (" + firstSecondBatch + ")");
    assertEquals(sorted(r.findings()), sorted(seen.findings), "every finding handed out once, as the report has them");
  }

  @Test
  void aStoryAnInputToComeMayJoinIsHeldToTheEnd() {
    // the story's last article comes after the filler: its window stays open until it is read
    List<Input> inputs = new ArrayList<>();
    story.subList(0, story.size() - 1).forEach(d -> inputs.add(of(d)));
    for (int i = 0; i < FILLER; i++) {
      inputs.add(filler(i));
    }
    inputs.add(of(story.get(story.size() - 1)));
    Seen seen = new Seen();
    AuditReport r = auditor.audit(inputs, List.of(), List.of(), seen);
    Set<String> ids = story.stream().map(Corpus.Doc::id).collect(Collectors.toSet());
    String lastId = story.get(story.size() - 1).id();
    int lastOwn = 0;
    List<Integer> calls = new ArrayList<>();
    for (int k = 0; k < seen.findings.size(); k++) {
      Finding f = seen.findings.get(k);
      if (acrossIn(f, ids)) {
        calls.add(seen.call.get(k));
      } else if (f.location().article().equals(lastId)) {
        lastOwn = Math.max(lastOwn, seen.call.get(k));
      }
    }
    assertFalse(calls.isEmpty(), "the generated story has cross-source findings");
    assertTrue(lastOwn > 0, "the story's last article has findings of its own");
    int handed = lastOwn;
    assertTrue(calls.stream().allMatch(c -> c > handed), "all of them after the story's last article was audited");
    assertEquals(sorted(r.findings()), sorted(seen.findings));
  }
}
