package dev.sourcecheck.cli;

import static dev.sourcecheck.cli.MainTest.ADVERT;
import static dev.sourcecheck.cli.MainTest.run;
import static dev.sourcecheck.cli.MainTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourcecheck.config.Config;
import dev.sourcecheck.config.ConfigException;
import dev.sourcecheck.config.ConfigLoader;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.report.ReportSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sourcecheck.yaml: every key, errors with file, line and key (exit 2), discovery, and the command line winning. */
class ConfigFileTest {
  static final String VAGUE = "Title: Plant to close\nPublished: 2025-12-01\nBy: Jane Doe\n\n"
      + "The plant will close in May, the grapevine says.\n\nAdvertisement\n\nMayor Tom Hale said the town would help.\n";

  @Test
  void everyKeyIsReadWithItsValue(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("more/framing"));
    Path f = write(dir, "sourcecheck.yaml", "# house settings\nrules:\n  framing.puffery: off\n  attribution.vague-source: error\n"
        + "min-severity: warning\nfail-on: never\nformat: markdown\nlexicons:\n  vague-sources: [insiders said, people close to *]\n"
        + "extra-rules: more\n");
    Config c = ConfigLoader.load(f);
    assertEquals(java.util.Set.of("framing.puffery"), c.rules().off());
    assertEquals(Severity.ERROR, c.rules().severities().get("attribution.vague-source"));
    assertEquals(Severity.WARNING, c.minSeverity());
    assertEquals("never", c.failOn());
    assertEquals("markdown", c.format());
    assertEquals(List.of("insiders said", "people close to *"), c.lexicons().get("vague-sources"));
    assertEquals(dir.resolve("more").toAbsolutePath().normalize(), c.extraRules());
    assertEquals(3, c.lines().get("rules.framing.puffery"));
  }

  @Test
  void badFilesNameFileLineAndKey(@TempDir Path dir) throws IOException {
    assertError(dir, "min-severity: warning\ncolour: red\n", 2, "colour", "unknown key");
    assertError(dir, "rules:\n  framing.puffery: loud\n", 2, "rules.framing.puffery", "'loud' is not one of off, info");
    assertError(dir, "fail-on: sometimes\n", 1, "fail-on", "not one of info, warning, error, never");
    assertError(dir, "format: xml\n", 1, "format", "not one of text, json, jsonl, sarif, html, markdown");
    assertError(dir, "lexicons:\n  vague-sources: insiders\n", 2, "lexicons.vague-sources", "a list of entries");
    assertError(dir, "extra-rules: nowhere\n", 1, "extra-rules", "is not a folder");
    assertError(dir, "format: json\nformat: text\n", 2, "format", "set twice");
    assertError(dir, "- just\n- a list\n", 1, "", "must be a mapping");
    assertError(dir, "rules: {framing.puffery: off\n", -1, null, "not valid YAML");
  }

  private static void assertError(Path dir, String yaml, int line, String key, String says) throws IOException {
    Path f = write(dir, "sourcecheck.yaml", yaml);
    try {
      ConfigLoader.load(f);
      throw new AssertionError("accepted:\n" + yaml);
    } catch (ConfigException e) {
      if (line > 0) {
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(key, e.key(), e.getMessage());
      }
      assertTrue(e.getMessage().startsWith(f + ":" + e.line() + ": "), e.getMessage());
      assertTrue(e.getMessage().contains(says), e.getMessage());
    }
  }

  @Test
  void theNearestFileInTheFolderOrAParentIsFound(@TempDir Path dir) throws IOException {
    Path f = write(dir, "sourcecheck.yaml", "format: json\n");
    Path deep = Files.createDirectories(dir.resolve("a/b/c"));
    assertEquals(f.toAbsolutePath(), ConfigLoader.find(deep));
    Path nearer = write(dir, "a/b/sourcecheck.yaml", "format: html\n");
    assertEquals(nearer.toAbsolutePath(), ConfigLoader.find(deep));
    assertNull(ConfigLoader.find(Files.createTempDirectory("no-config")));
  }

  @Test
  void theFileTurnsRulesOffChangesSeveritiesAndAddsLexiconEntries(@TempDir Path dir) throws IOException {
    Path article = write(dir, "plant.txt", VAGUE);
    Run plain = run2("audit", "--no-config", "--format", "json", "--fail-on", "never", article.toString());
    JsonNode before = ReportSchema.assertValid(plain.out());
    assertTrue(rules(before).contains("boilerplate.advertisement"));
    assertTrue(!rules(before).contains("attribution.vague-source"), "'the grapevine says' is no vague source yet");
    Path cfg = write(dir, "sourcecheck.yaml", "rules:\n  boilerplate.advertisement: off\n  attribution.vague-source: error\n"
        + "lexicons:\n  vague-sources: [the grapevine says]\nformat: json\nfail-on: error\n");
    Run r = run2("audit", "--config", cfg.toString(), article.toString());
    JsonNode after = ReportSchema.assertValid(r.out());
    assertTrue(!rules(after).contains("boilerplate.advertisement"), "turned off");
    JsonNode vague = find(after, "attribution.vague-source");
    assertEquals("error", vague.get("severity").asText());
    assertEquals("the grapevine says", vague.get("text").asText());
    assertEquals(ExitCode.FINDINGS, r.code(), "fail-on error from the file judges the raised severity");
    Run cli = run2("audit", "--config", cfg.toString(), "--format", "text", "--fail-on", "never", article.toString());
    assertEquals(ExitCode.OK, cli.code());
    assertTrue(cli.out().contains("attribution.vague-source"), "the command line's --format wins: " + cli.out());
    assertTrue(!cli.out().startsWith("{"));
  }

  @Test
  void aBadFileOrAnUnknownRuleIsAUsageError(@TempDir Path dir) throws IOException {
    Path article = write(dir, "ad.txt", ADVERT);
    Path cfg = write(dir, "bad.yaml", "rules:\n  framing.pufery: off\n");
    Run r = run2("audit", "--config", cfg.toString(), article.toString());
    assertEquals(ExitCode.USAGE, r.code());
    assertEquals("sourcecheck: " + cfg + ":2: rules.framing.pufery: no rule 'framing.pufery' (sourcecheck rules list shows"
        + " them)\n", r.err());
    assertEquals("", r.out());
    assertEquals(ExitCode.USAGE, run2("audit", "--config", dir.resolve("none.yaml").toString(), article.toString()).code());
  }

  private record Run(int code, String out, String err) {}

  private static Run run2(String... args) {
    MainTest.Run r = run(args);
    return new Run(r.code(), r.out(), r.err());
  }

  private static List<String> rules(JsonNode root) {
    List<String> out = new java.util.ArrayList<>();
    root.get("findings").forEach(f -> out.add(f.get("rule").asText()));
    return out;
  }

  private static JsonNode find(JsonNode root, String rule) {
    for (JsonNode f : root.get("findings")) {
      if (f.get("rule").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no " + rule + " in " + root);
  }
}
