package dev.sourcecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Validates a JSON report against docs/report.schema.json, plus what a schema cannot say: a
 * rule's id starts with its category, {@code text} is as long as its span, and the counts agree
 * with the lists. Every test that produces a JSON report passes it through {@link #assertValid}.
 */
public final class ReportSchema {
  private ReportSchema() {}

  public static final Path FILE = Path.of("docs/report.schema.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  private static synchronized JsonSchema schema() {
    if (schema == null) {
      try (InputStream in = Files.newInputStream(FILE)) {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  /** Parses the report, checks it against the schema and the cross-field rules, and returns it. */
  public static JsonNode assertValid(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
    }
    Set<ValidationMessage> problems = schema().validate(root);
    assertTrue(problems.isEmpty(), "report does not match " + FILE + ": " + problems + "\n" + json);
    Map<String, Integer> located = new HashMap<>();
    for (JsonNode f : root.get("findings")) {
      String rule = f.get("rule").asText();
      assertTrue(rule.startsWith(f.get("category").asText() + "."), "rule " + rule + " vs category " + f.get("category"));
      if (f.has("kind")) {
        assertEquals(rule.substring(rule.indexOf('.') + 1), f.get("kind").asText(), "kind of " + rule);
      }
      assertSpan(f);
      f.get("related").forEach(ReportSchema::assertSpan);
      located.merge(f.get("article").asText(), 1, Integer::sum);
    }
    for (JsonNode a : root.get("articles")) {
      assertEquals(located.getOrDefault(a.get("id").asText(), 0), a.get("findings").asInt(),
          "findings count of article " + a.get("id"));
    }
    if (root.has("summary")) {
      JsonNode s = root.get("summary");
      assertEquals(root.get("articles").size(), s.get("audited").asInt(), "summary.audited");
      assertEquals(root.get("errors").size(), s.get("failed").asInt(), "summary.failed");
      assertEquals(root.get("findings").size(), s.get("findings").asInt(), "summary.findings");
      if (root.has("skipped")) {
        assertEquals(root.get("skipped").size(), s.get("skipped").asInt(), "summary.skipped");
      }
    }
    return root;
  }

  private static void assertSpan(JsonNode p) {
    int start = p.get("start").asInt();
    int end = p.get("end").asInt();
    assertTrue(start <= end, "start > end in " + p);
    assertEquals(end - start, p.get("text").asText().length(), "text is not the span [start, end) in " + p);
  }
}
