package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of fixtures/ (see fixtures/README.md): each folder's articles are audited
 * together and every line of its expect.tsv is one test. fixtures/holdout/ is kept aside for
 * measuring precision and recall and is not run here.
 */
class FixturesTest {
  /** One expectation line: flag or none, a rule id or category, an article id, a text, maybe a related article. */
  record Expect(String kind, String rule, String article, String text, String related, int line) {
    boolean matches(Finding f) {
      boolean rightRule = rule.contains(".") ? f.rule().equals(rule) : f.category().label().equals(rule);
      if (!rightRule || !f.location().article().equals(article)) {
        return false;
      }
      boolean textOk = text.equals("*") || f.location().text().contains(text)
          || f.related().stream().anyMatch(r -> r.text().contains(text));
      boolean relatedOk = related.isEmpty() || f.related().stream().anyMatch(r -> r.article().equals(related));
      return textOk && relatedOk;
    }
  }

  static List<Expect> read(Path file) throws IOException {
    List<Expect> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] c = l.split("\t");
      if (c.length < 4 || !(c[0].equals("flag") || c[0].equals("none"))) {
        throw new AssertionError(file + ":" + (i + 1) + ": expected 'flag|none<TAB>rule<TAB>article<TAB>text[<TAB>related]'");
      }
      out.add(new Expect(c[0], c[1], c[2], c[3], c.length > 4 ? c[4] : "", i + 1));
    }
    return out;
  }

  static List<Path> cases(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("expect.tsv"))).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicContainer> fixtures() throws IOException {
    Auditor auditor = TestRules.auditor();
    List<DynamicContainer> out = new ArrayList<>();
    for (Path dir : cases(Path.of("fixtures"))) {
      List<Expect> expects = read(dir.resolve("expect.tsv"));
      AuditReport report = auditor.audit(List.of(dir.toString()), InputStream.nullInputStream());
      List<DynamicTest> tests = new ArrayList<>();
      for (Expect e : expects) {
        String name = e.kind() + " " + e.rule() + " " + e.article() + " \"" + e.text() + "\" (line " + e.line() + ")";
        List<Finding> hits = report.findings().stream().filter(e::matches).toList();
        tests.add(DynamicTest.dynamicTest(name, () -> {
          assertTrue(report.errors().isEmpty(), "input errors: " + report.errors());
          if (e.kind().equals("flag")) {
            assertFalse(hits.isEmpty(), dir + ": expected a finding " + name + "; found: " + report.findings().stream()
                .filter(f -> f.location().article().equals(e.article())).map(FixturesTest::describe).toList());
          } else {
            assertTrue(hits.isEmpty(), dir + ": expected no finding " + name + "; found: "
                + hits.stream().map(FixturesTest::describe).toList());
          }
        }));
      }
      out.add(DynamicContainer.dynamicContainer(dir.getFileName().toString(), tests));
    }
    return out.stream();
  }

  static String describe(Finding f) {
    return f.rule() + "@" + f.location().line() + ":" + f.location().column() + " \"" + f.location().text() + "\"";
  }
}
