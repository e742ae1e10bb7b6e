package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed articles against the project's own copy of their expectations
 * (src/test/resources/seeds-expected.tsv): every must row found, no trap fired, for each category
 * the rule set has rules for. Matching follows ../shared/acceptance/check-seeds: a single-article
 * row matches a finding of its category on that line; a cross-source row matches a finding whose
 * places (its own and its related ones, at most 6) include WHERE and one of OTHERS, each
 * cross-source must by a different finding.
 */
class SeedsTest {
  private static AuditReport report;

  @BeforeAll
  static void audit() {
    List<String> seeds;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      seeds = s.map(Path::toString).filter(p -> p.endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    report = TestRules.auditor().audit(seeds, InputStream.nullInputStream());
  }

  record Row(String level, Category category, String where, String others, String note) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/seeds-expected.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = (line + "\t\t\t\t").split("\t", -1);
      rows.add(new Row(c[0], Category.valueOf(c[1].toUpperCase(Locale.ROOT)), c[2], c[3], c[4]));
    }
    return rows;
  }

  @TestFactory
  Stream<DynamicTest> seedExpectations() throws IOException {
    Set<Category> enforced = new HashSet<>();
    TestRules.ruleBase().list().forEach(r -> enforced.add(r.category()));
    List<Row> rows = rows().stream().filter(r -> enforced.contains(r.category())).toList();
    Map<Row, List<Integer>> hits = new HashMap<>();
    for (Row r : rows) {
      List<Integer> h = new ArrayList<>();
      for (int i = 0; i < report.findings().size(); i++) {
        if (hit(report.findings().get(i), r)) {
          h.add(i);
        }
      }
      hits.put(r, h);
    }
    List<Row> cross = rows.stream().filter(r -> r.level().equals("must") && !r.others().isEmpty()).toList();
    Map<Integer, Row> owner = new HashMap<>();
    for (Row r : cross) {
      assign(r, hits, owner, new HashSet<>());
    }
    Set<Integer> expectedHits = new HashSet<>();
    rows.stream().filter(r -> !r.level().equals("trap")).forEach(r -> expectedHits.addAll(hits.get(r)));
    List<DynamicTest> tests = new ArrayList<>();
    for (Row r : rows) {
      String name = r.level() + " " + r.category().label() + " " + r.where()
          + (r.others().isEmpty() ? "" : " ~ " + r.others()) + ": " + r.note();
      if (r.level().equals("must")) {
        boolean found = cross.contains(r) ? owner.containsValue(r) : !hits.get(r).isEmpty();
        tests.add(DynamicTest.dynamicTest(name, () -> assertTrue(found, "missing: " + name)));
      } else if (r.level().equals("trap")) {
        List<Integer> fired = hits.get(r).stream()
            .filter(i -> r.others().isEmpty() || !expectedHits.contains(i)).toList();
        tests.add(DynamicTest.dynamicTest(name, () -> assertTrue(fired.isEmpty(),
            "trap fired: " + name + " by " + fired.stream().map(i -> report.findings().get(i)).toList())));
      }
    }
    return tests.stream();
  }

  private static boolean assign(Row r, Map<Row, List<Integer>> hits, Map<Integer, Row> owner, Set<Integer> seen) {
    for (int i : hits.get(r)) {
      if (seen.add(i) && (!owner.containsKey(i) || assign(owner.get(i), hits, owner, seen))) {
        owner.put(i, r);
        return true;
      }
    }
    return false;
  }

  static boolean hit(Finding f, Row r) {
    if (f.category() != r.category()) {
      return false;
    }
    if (r.others().isEmpty()) {
      return matches(f.location(), r.where());
    }
    List<Location> places = new ArrayList<>();
    places.add(f.location());
    places.addAll(f.related());
    Set<String> distinct = new HashSet<>();
    places.forEach(p -> distinct.add(p.article() + ":" + p.line()));
    if (distinct.size() > 6 || places.stream().noneMatch(p -> matches(p, r.where()))) {
      return false;
    }
    for (String o : r.others().split("\\|")) {
      if (places.stream().anyMatch(p -> matches(p, o))) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(Location l, String spec) {
    String[] s = spec.split(":");
    return l.article().split("_")[0].equals(s[0]) && (s[1].equals("*") || Integer.parseInt(s[1]) == l.line());
  }
}
