package dev.sourcecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.cli.ExitCode;
import dev.sourcecheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken rule folder fails with exit code 3 and one {@code file:line: message} per error on
 * stderr, each pointing at the DRL line a rule author must fix: Drools' own lines for syntax
 * errors, and lines found in the rule text for errors Drools reports at line -1 or in generated
 * Java.
 */
class BrokenRulesTest {
  @TempDir static Path cache;

  @BeforeAll
  static void isolateCache() {
    System.setProperty("sourcecheck.cache", cache.toString());
  }

  static final String HEAD = "package boilerplate;\n\nimport dev.sourcecheck.fact.Cue;\nimport dev.sourcecheck.fact.Flag;\n\n";

  /** A rule whose lines are: 6 rule, 7 @severity, 8 @summary, 9 when, 10 pattern, 11 then, 12 consequence, 13 end. */
  static String rule(String id, String annotations, String pattern, String consequence) {
    return HEAD + "rule \"" + id + "\"\n" + annotations + "when\n  " + pattern + "\nthen\n  " + consequence + "\nend\n";
  }

  static final String ANN = "  @severity(\"info\")\n  @summary(\"A test rule\")\n";
  static final String PATTERN = "$c : Cue( lexicon == \"x\" )";
  static final String FLAG = "insertLogical(Flag.of(drools, $c.article(), $c.start(), $c.end(), \"m\"));";

  record Run(int code, String out, List<String> err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    List<String> lines = Arrays.stream(err.toString().split("\n")).filter(l -> !l.isBlank()).toList();
    return new Run(code, out.toString(), lines);
  }

  static Path folder(Path root, Map<String, String> files) throws IOException {
    for (var e : files.entrySet()) {
      Path p = root.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue());
    }
    return root;
  }

  /** The errors on stderr: every line but the closing summary. */
  static List<String> errors(Run r) {
    assertEquals(ExitCode.RULES, r.code(), "exit code; stderr: " + r.err());
    assertTrue(r.err().get(r.err().size() - 1).startsWith("sourcecheck: rules failed to load"), r.err().toString());
    return r.err().subList(0, r.err().size() - 1);
  }

  static void assertOneError(Path dir, String fileLine, String messagePart) {
    List<String> errs = errors(cli("rules", "list", "--rules", dir.toString()));
    assertEquals(1, errs.size(), "one error expected: " + errs);
    assertTrue(errs.get(0).startsWith(dir + "/" + fileLine + ": "), "expected " + fileLine + ", got " + errs.get(0));
    assertTrue(errs.get(0).contains(messagePart), "expected '" + messagePart + "' in " + errs.get(0));
    assertTrue(!errs.get(0).contains("src/main/java") && !errs.get(0).contains("[ERR"), "generated noise: " + errs.get(0));
  }

  @Test
  void syntaxErrorNamesTheDrlLine(@TempDir Path dir) throws IOException {
    folder(dir, Map.of("boilerplate/x.drl", rule("boilerplate.a", ANN, "$c : Cue( lexicon == \"x\"", FLAG)));
    assertOneError(dir, "boilerplate/x.drl:11", "mismatched input 'then'");
  }

  @Test
  void unknownFieldReportedAtLineMinusOneIsMappedToItsLine(@TempDir Path dir) throws IOException {
    folder(dir, Map.of("boilerplate/x.drl", rule("boilerplate.a", ANN, "$c : Cue( lexicn == \"x\" )", FLAG)));
    assertOneError(dir, "boilerplate/x.drl:10", "lexicn");
  }

  @Test
  void unknownClassIsMappedToItsLine(@TempDir Path dir) throws IOException {
    folder(dir, Map.of("boilerplate/x.drl", rule("boilerplate.a", ANN, "$c : Cu( lexicon == \"x\" )", FLAG)));
    assertOneError(dir, "boilerplate/x.drl:10", "Unable to find class: Cu");
  }

  @Test
  void errorInAConsequenceIsMappedFromGeneratedJavaToTheDrlLine(@TempDir Path dir) throws IOException {
    folder(dir, Map.of("boilerplate/x.drl", rule("boilerplate.a", ANN, PATTERN,
        "insertLogical(Flag.of(drools, $c.artcle(), 0, 1, \"m\"));")));
    assertOneError(dir, "boilerplate/x.drl:12", "artcle()");
  }

  @Test
  void comparingANumberWithTextIsReportedNotThrown(@TempDir Path dir) throws IOException {
    folder(dir, Map.of("boilerplate/x.drl", rule("boilerplate.a", ANN, "$c : Cue( line > \"abc\" )", FLAG)));
    assertOneError(dir, "boilerplate/x.drl:10", "not a number");
  }

  @Test
  void misspelledAnnotationNamesFileAndRule(@TempDir Path dir) throws IOException {
    folder(dir, Map.of("boilerplate/x.drl", rule("boilerplate.a",
        "  @sevrity(\"info\")\n  @summary(\"A test rule\")\n", PATTERN, FLAG)));
    List<String> errs = errors(cli("rules", "list", "--rules", dir.toString()));
    assertEquals(List.of(
        dir + "/boilerplate/x.drl:7: rule \"boilerplate.a\": unknown annotation @sevrity (known: @severity, @summary, @help, @weight)",
        dir + "/boilerplate/x.drl:6: rule \"boilerplate.a\": missing @severity(\"info|warning|error\")"), errs);
  }

  @Test
  void missingSummaryNamesFileAndRule(@TempDir Path dir) throws IOException {
    folder(dir, Map.of("boilerplate/x.drl", rule("boilerplate.a", "  @severity(\"info\")\n", PATTERN, FLAG)));
    assertOneError(dir, "boilerplate/x.drl:6", "rule \"boilerplate.a\": missing @summary");
  }

  @Test
  void unknownSeverityIsRejected(@TempDir Path dir) throws IOException {
    folder(dir, Map.of("boilerplate/x.drl", rule("boilerplate.a",
        "  @severity(\"fatal\")\n  @summary(\"A test rule\")\n", PATTERN, FLAG)));
    assertOneError(dir, "boilerplate/x.drl:6", "unknown severity 'fatal'");
  }

  @Test
  void ruleInTheWrongFolderIsRejected(@TempDir Path dir) throws IOException {
    folder(dir, Map.of("boilerplate/x.drl", rule("framing.loaded-word", ANN, PATTERN, FLAG)));
    assertOneError(dir, "boilerplate/x.drl:6", "a framing rule must live in rules/framing/");
  }

  @Test
  void duplicateIdsAreRejected(@TempDir Path dir) throws IOException {
    folder(dir, Map.of(
        "boilerplate/x.drl", rule("boilerplate.a", ANN, PATTERN, FLAG),
        "boilerplate/y.drl", rule("boilerplate.a", ANN, PATTERN, FLAG)));
    List<String> errs = errors(cli("rules", "list", "--rules", dir.toString()));
    assertTrue(errs.stream().anyMatch(e -> e.startsWith(dir + "/boilerplate/") && e.contains("boilerplate.a")),
        errs.toString());
  }

  @Test
  void packageMustNameTheFolder(@TempDir Path dir) throws IOException {
    folder(dir, Map.of("boilerplate/x.drl", rule("boilerplate.a", ANN, PATTERN, FLAG).replace("package boilerplate;",
        "package framing;")));
    assertOneError(dir, "boilerplate/x.drl:6", "must declare 'package boilerplate;', not 'framing'");
  }

  @Test
  void everyErrorOfSeveralFilesIsListed(@TempDir Path dir) throws IOException {
    folder(dir, Map.of(
        "boilerplate/x.drl", rule("boilerplate.a", "  @severity(\"info\")\n", PATTERN, FLAG),
        "boilerplate/y.drl", rule("boilerplate.b", "  @summary(\"A test rule\")\n", PATTERN, FLAG)));
    List<String> errs = errors(cli("audit", "--rules", dir.toString(), "-"));
    assertEquals(2, errs.size(), errs.toString());
    assertTrue(errs.get(0).startsWith(dir + "/boilerplate/x.drl:6: ") && errs.get(0).contains("missing @summary"), errs.toString());
    assertTrue(errs.get(1).startsWith(dir + "/boilerplate/y.drl:6: ") && errs.get(1).contains("missing @severity"), errs.toString());
  }

  @Test
  void missingRulesFolderIsARulesError(@TempDir Path dir) {
    List<String> errs = errors(cli("rules", "list", "--rules", dir.resolve("nope").toString()));
    assertEquals(List.of(dir.resolve("nope") + ": not a folder of rules"), errs);
  }
}
