package dev.sourcecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.sourcecheck.report.ReportSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit --format jsonl}: one JSON object a line, each valid against
 * docs/finding-line.schema.json; the finding lines are the JSON report's findings, the input errors
 * are lines too, the end line carries the report's summary; to standard output and with {@code -o}.
 */
class JsonLinesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SCHEMA = Path.of("docs/finding-line.schema.json");
  private static JsonSchema schema;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String l : out.split("\n", -1)) {
      if (l.isEmpty()) {
        continue;
      }
      JsonNode n = MAPPER.readTree(l);
      var problems = schema.validate(n);
      assertTrue(problems.isEmpty(), "line does not match " + SCHEMA + ": " + problems + "\n" + l);
      lines.add(n);
    }
    assertTrue(out.endsWith("}\n"), "every line ends with a newline");
    return lines;
  }

  private static List<JsonNode> ofType(List<JsonNode> lines, String type) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : lines) {
      if (n.get("type").asText().equals(type)) {
        ObjectNode copy = ((ObjectNode) n).deepCopy();
        copy.remove("type");
        out.add(copy);
      }
    }
    return out;
  }

  private static List<String> sorted(Iterable<JsonNode> nodes) {
    List<String> out = new ArrayList<>();
    nodes.forEach(n -> out.add(n.toString()));
    out.sort(null);
    return out;
  }

  @Test
  void theLinesHoldTheJsonReportsFindingsErrorsAndSummary() throws IOException {
    Path missing = dir.resolve("missing.txt");
    MainTest.Run json = MainTest.run("audit", "seeds", missing.toString(), "--format", "json", "--fail-on", "never");
    MainTest.Run jsonl = MainTest.run("audit", "seeds", missing.toString(), "--format", "jsonl", "--fail-on", "never");
    assertEquals(json.code(), jsonl.code());
    assertEquals(ExitCode.INPUT, jsonl.code());
    JsonNode report = ReportSchema.assertValid(json.out());
    List<JsonNode> lines = lines(jsonl.out());
    assertEquals("start", lines.get(0).get("type").asText());
    assertEquals("sourcecheck.finding-line/1", lines.get(0).get("schema").asText());
    assertEquals(report.get("tool"), lines.get(0).get("tool"));
    assertEquals("end", lines.get(lines.size() - 1).get("type").asText());
    assertEquals(report.get("summary"), lines.get(lines.size() - 1).get("summary"));
    assertEquals(sorted(report.get("findings")), sorted(ofType(lines, "finding")));
    assertTrue(report.get("findings").size() > 10);
    assertEquals(List.of(report.get("errors").get(0)), ofType(lines, "error"));
  }

  @Test
  void minSeverityAndOutputFileApply() throws IOException {
    Path out = dir.resolve("run.jsonl");
    MainTest.Run r = MainTest.run("audit", "seeds", "--format", "jsonl", "--fail-on", "never", "--min-severity",
        "warning", "-o", out.toString());
    assertEquals(ExitCode.OK, r.code());
    assertEquals("", r.out());
    List<JsonNode> findings = ofType(lines(Files.readString(out)), "finding");
    assertTrue(!findings.isEmpty());
    findings.forEach(f -> assertTrue(!f.get("severity").asText().equals("info"), f.toString()));
  }

  @Test
  void theLineSchemaCopiesTheReportSchemasDefinitions() throws IOException {
    JsonNode lines = MAPPER.readTree(SCHEMA.toFile());
    JsonNode report = MAPPER.readTree(ReportSchema.FILE.toFile());
    assertEquals(report.get("$defs"), lines.get("$defs"));
  }

  @Test
  void aStorysFindingsComeOnceLaterDatedArticlesCloseItsWindow() throws IOException {
    // story A (six generated articles) first, then 300 articles dated a month or more later:
    // A's cross-source lines come after the first batch (256 inputs), before the second's lines
    java.util.Set<String> story = new java.util.HashSet<>();
    java.time.LocalDate last = null;
    for (var d : dev.sourcecheck.bench.StoryGenerator.fromRepo(Path.of("."), false, 11).generate(6, 6).get(0).articles()) {
      Files.writeString(dir.resolve("a-" + d.id() + ".txt"), d.text());
      story.add("a-" + d.id());
      var p = dev.sourcecheck.parse.TextArticleParser.parse(d.id(), d.id(), d.text()).metadata().published();
      last = last == null || p != null && p.isAfter(last) ? p : last;
    }
    for (int i = 0; i < 300; i++) {
      Files.writeString(dir.resolve(String.format("f%03d.txt", i)), "Title: Council vote " + i + "\nPublished: "
          + last.plusDays(30 + i % 7) + "\n\nOfficials said the plan for district " + i
          + " would pass. \"We will see,\" said Mayor Ana Lima of Brandvik.\n");
    }
    MainTest.Run jsonl = MainTest.run("audit", dir.toString(), "--format", "jsonl", "--fail-on", "never");
    List<JsonNode> lines = lines(jsonl.out());
    int firstAcross = -1;
    int firstSecondBatch = -1;
    for (int k = 0; k < lines.size(); k++) {
      JsonNode n = lines.get(k);
      if (!n.get("type").asText().equals("finding")) {
        continue;
      }
      String a = n.get("article").asText();
      if (firstAcross < 0 && story.contains(a) && n.get("related").size() > 0) {
        firstAcross = k;
      }
      if (firstSecondBatch < 0 && a.startsWith("f") && Integer.parseInt(a.substring(1)) >= 250) {
        firstSecondBatch = k;
      }
    }
    assertTrue(firstAcross >= 0 && firstSecondBatch >= 0, "story A has cross-source findings, the filler its own");
    assertTrue(firstAcross < firstSecondBatch, "A's findings (line " + firstAcross
        + ") come before the second batch's (line " + firstSecondBatch + ")");
    MainTest.Run json = MainTest.run("audit", dir.toString(), "--format", "json", "--fail-on", "never");
    assertEquals(sorted(MAPPER.readTree(json.out()).get("findings")), sorted(ofType(lines, "finding")));
  }
}
