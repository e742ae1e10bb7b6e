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
}
