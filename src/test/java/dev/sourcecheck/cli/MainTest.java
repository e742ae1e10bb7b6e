package dev.sourcecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.report.ReportSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through {@link Main#run}: every exit code, their precedence, and the output of each format. */
class MainTest {
  record Run(int code, String out, String err) {}

  static Run run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, stdin, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  /** An article with one boilerplate (info) finding: an advertisement line. */
  static final String ADVERT = "Title: Council approves budget\nPublished: 2025-12-01\nBy: Jane Doe\nSource: https://example.com/council-budget\n\nThe council met on Monday.\n\nAdvertisement\n\nIt approved the budget.\n";
  static final String CLEAN = "Title: Council approves budget\nPublished: 2025-12-01\nBy: Jane Doe\nSource: https://example.com/council-budget\n\nThe council met on Monday.\n\nIt approved the budget.\n";

  static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void cleanArticleExitsZero(@TempDir Path dir) throws IOException {
    Run r = run("audit", write(dir, "clean.txt", CLEAN).toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.out().contains("no findings"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void infoFindingsPassTheDefaultFailOnError(@TempDir Path dir) throws IOException {
    Run r = run("audit", write(dir, "ad.txt", ADVERT).toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.out().contains("boilerplate.advertisement"), r.out());
  }

  @Test
  void findingsAtOrAboveFailOnExitOne(@TempDir Path dir) throws IOException {
    Path ad = write(dir, "ad.txt", ADVERT);
    assertEquals(ExitCode.FINDINGS, run("audit", "--fail-on", "info", ad.toString()).code());
    assertEquals(ExitCode.OK, run("audit", "--fail-on", "warning", ad.toString()).code());
    assertEquals(ExitCode.OK, run("audit", "--fail-on", "never", ad.toString()).code());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(ExitCode.USAGE, run("audit").code(), "no path");
    assertEquals(ExitCode.USAGE, run("audit", "--format", "xml", "seeds").code());
    assertEquals(ExitCode.USAGE, run("audit", "--fail-on", "sometimes", "seeds").code());
    assertEquals(ExitCode.USAGE, run("audit", "--min-severity", "fatal", "seeds").code());
    assertEquals(ExitCode.USAGE, run("audit", "--max-bytes", "0", "seeds").code());
    assertEquals(ExitCode.USAGE, run("audit", "--story", "some", "seeds").code());
    assertEquals(ExitCode.USAGE, run("audit", "--bogus", "seeds").code());
    assertEquals(ExitCode.USAGE, run("frobnicate").code());
    assertEquals(ExitCode.USAGE, run().code(), "no command");
    Run r = run("audit", "--format", "xml", "seeds");
    assertTrue(r.err().startsWith("sourcecheck: "), r.err());
    assertEquals("", r.out());
  }

  @Test
  void unreadableInputExitsFourAndTheRestIsStillAudited(@TempDir Path dir) throws IOException {
    Path ad = write(dir, "ad.txt", ADVERT);
    Run r = run("audit", "--format", "json", ad.toString(), dir.resolve("missing.txt").toString());
    assertEquals(ExitCode.INPUT, r.code());
    assertEquals("sourcecheck: " + dir.resolve("missing.txt") + ": no such file or folder\n", r.err());
    JsonNode root = ReportSchema.assertValid(r.out());
    assertEquals(1, root.get("articles").size());
    assertEquals("ad", root.get("articles").get(0).get("id").asText());
    assertEquals(dir.resolve("missing.txt").toString(), root.get("errors").get(0).get("path").asText());
  }

  @Test
  void precedenceIsUsageThenRulesThenInputThenFindings(@TempDir Path dir) throws IOException {
    Path ad = write(dir, "ad.txt", ADVERT);
    String missing = dir.resolve("missing.txt").toString();
    Path broken = write(dir, "rules/boilerplate/x.drl", "package boilerplate;\nrule \"boilerplate.x\"\nwhen\nthen\n");
    Path rules = broken.getParent().getParent();
    assertEquals(ExitCode.INPUT, run("audit", "--fail-on", "info", ad.toString(), missing).code(), "4 over 1");
    assertEquals(ExitCode.RULES, run("audit", "--rules", rules.toString(), ad.toString(), missing).code(), "3 over 4");
    assertEquals(ExitCode.USAGE,
        run("audit", "--min-severity", "fatal", "--rules", rules.toString(), ad.toString(), missing).code(), "2 over 3");
    assertEquals(ExitCode.USAGE,
        run("audit", "--output", dir.resolve("no/such/folder/r.json").toString(), "--rules", rules.toString(), missing)
            .code(), "2 over 3 for an unwritable --output");
  }

  @Test
  void textFormatGroupsByArticleAndEndsWithASummary(@TempDir Path dir) throws IOException {
    Path ad = write(dir, "ad.txt", ADVERT);
    Run r = run("audit", ad.toString());
    assertTrue(r.out().startsWith(ad + "  [ad]\n"), r.out());
    assertTrue(r.out().contains("\n     8:1   info    boilerplate.advertisement "), r.out());
    assertTrue(r.out().endsWith("1 article audited, 0 failed, 0 skipped; 1 finding (boilerplate 1; info 1)\n"), r.out());
  }

  @Test
  void jsonFormatFollowsTheSchema() {
    Run r = run("audit", "--format", "json", "seeds");
    // the seeds disagree with each other (error-level contradictions) and --fail-on defaults to error
    assertEquals(ExitCode.FINDINGS, r.code(), r.err());
    JsonNode root = ReportSchema.assertValid(r.out());
    assertEquals(5, root.get("articles").size());
    assertEquals(TestRules.ruleBase().hash(), root.get("tool").get("rules").asText());
  }

  @Test
  void outputGoesToTheNamedFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.json");
    Run r = run("audit", "--format", "json", "--output", out.toString(), write(dir, "ad.txt", ADVERT).toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertEquals("", r.out());
    JsonNode root = ReportSchema.assertValid(Files.readString(out));
    assertEquals("boilerplate.advertisement", root.get("findings").get(0).get("rule").asText());
  }

  @Test
  void minSeverityHidesLowerFindings(@TempDir Path dir) throws IOException {
    Run r = run("audit", "--format", "json", "--min-severity", "warning", write(dir, "ad.txt", ADVERT).toString());
    JsonNode root = ReportSchema.assertValid(r.out());
    assertEquals(0, root.get("findings").size());
    assertEquals(0, root.get("articles").get(0).get("findings").asInt());
  }

  @Test
  void dashReadsStandardInput() {
    Run r = run(new ByteArrayInputStream(ADVERT.getBytes(StandardCharsets.UTF_8)), "audit", "--format", "json", "-");
    assertEquals(ExitCode.OK, r.code(), r.err());
    JsonNode root = ReportSchema.assertValid(r.out());
    assertEquals("stdin", root.get("articles").get(0).get("id").asText());
    assertEquals("<stdin>", root.get("articles").get(0).get("path").asText());
    assertEquals("Advertisement", root.get("findings").get(0).get("text").asText());
  }

  @Test
  void rulesListShowsEveryRule() {
    Run r = run("rules", "list");
    assertEquals(ExitCode.OK, r.code(), r.err());
    List<RuleInfo> rules = TestRules.ruleBase().list();
    assertEquals(rules.size(), r.out().lines().count(), r.out());
    for (RuleInfo info : rules) {
      assertTrue(r.out().lines().anyMatch(l -> l.startsWith(info.id() + " ") && l.contains(info.category().label())
          && l.contains(info.severity().label()) && l.endsWith(info.summary())), info.id() + " in\n" + r.out());
    }
  }

  @Test
  void versionAndHelp() {
    Run v = run("--version");
    assertEquals(ExitCode.OK, v.code());
    assertTrue(v.out().matches("sourcecheck \\S+\n"), v.out());
    Run h = run("audit", "--help");
    assertEquals(ExitCode.OK, h.code());
    for (String option : List.of("--format", "--output", "--rules", "--fail-on", "--min-severity", "--max-bytes", "--story",
        "--config", "--no-config", "--baseline", "--write-baseline", "--no-progress", "sarif", "html", "markdown",
        "Examples:")) {
      assertTrue(h.out().contains(option), option + " in\n" + h.out());
    }
    assertTrue(run("--help").out().contains("Exit codes"));
  }
}
