package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.sourcecheck.cli.ExitCode;
import dev.sourcecheck.cli.Main;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.report.ReportSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines feeds audited as articles: the same findings as the files they hold, broken lines named. */
class FeedsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> seeds() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** One feed line per seed: its id (the file name without .txt) and its text, nothing else. */
  static String seedFeed() throws IOException {
    StringBuilder b = new StringBuilder();
    for (Path p : seeds()) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", p.getFileName().toString().replace(".txt", ""));
      o.put("text", Files.readString(p, StandardCharsets.UTF_8));
      b.append(JSON.writeValueAsString(o)).append('\n');
    }
    return b.toString();
  }

  static List<String> findings(AuditReport r) {
    List<String> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      out.add(f.location().article() + " " + f.rule() + " " + f.location().start() + "-" + f.location().end() + " "
          + f.location().line() + ":" + f.location().column() + " " + f.message());
    }
    return out;
  }

  @Test
  void aFeedOfTheSeedsGivesTheSameFindingsRuleForRuleAsTheSeedFiles(@TempDir Path dir) throws IOException {
    Path feed = Files.writeString(dir.resolve("seeds.jsonl"), seedFeed());
    Auditor auditor = TestRules.auditor();
    AuditReport files = auditor.audit(List.of("seeds"), InputStream.nullInputStream());
    AuditReport lines = auditor.audit(List.of(feed.toString()), InputStream.nullInputStream());
    assertEquals(List.of(), lines.errors());
    assertEquals(files.articles().stream().map(a -> a.id()).toList(), lines.articles().stream().map(a -> a.id()).toList());
    assertTrue(files.findings().size() > 20, "the seeds have findings to compare");
    assertEquals(findings(files), findings(lines));
  }

  @Test
  void feedLinesFollowTheDocumentedSchema() throws IOException {
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(Path.of("docs/feed.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    for (String line : seedFeed().split("\n")) {
      assertEquals(Set.of(), schema.validate(JSON.readTree(line)), line);
    }
    assertEquals(Set.of(), schema.validate(JSON.readTree("{\"id\": 7, \"html\": \"<p>x</p>\", \"extra\": true}")));
    assertTrue(!schema.validate(JSON.readTree("{\"title\": \"No body\"}")).isEmpty(), "a line without text or html");
  }

  @Test
  void theFieldsAFeedStatesAreTheArticlesMetadata(@TempDir Path dir) throws IOException {
    Path feed = Files.writeString(dir.resolve("f.jsonl"), "{\"id\": \"x\", \"title\": \"Budget passes\", "
        + "\"published\": \"2024-03-12\", \"byline\": \"Jane Doe\", \"source\": \"The Courier\", "
        + "\"text\": \"The council approved the budget on Monday.\\n\\nIt did so by nine votes to two.\"}\n");
    AuditReport r = TestRules.auditor().audit(List.of(feed.toString()), InputStream.nullInputStream());
    var a = r.articles().get(0);
    assertEquals(List.of("x", "Budget passes", "2024-03-12", "Jane Doe", "The Courier"),
        List.of(a.id(), a.title(), a.published().toString(), a.byline(), a.source()));
    assertTrue(r.findings().stream().noneMatch(f -> f.rule().startsWith("provenance.")), r.findings().toString());
  }

  @Test
  void aBrokenLineIsNamedWithItsLineNumberTheRestIsAuditedAndTheRunExits4(@TempDir Path dir) throws IOException {
    String[] feed = seedFeed().split("\n");
    feed[2] = "{\"id\": \"broken\", \"text\": \"no closing quote}";
    Path f = Files.writeString(dir.resolve("seeds.jsonl"), String.join("\n", feed) + "\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"audit", f.toString(), "--format", "json", "--fail-on", "never"},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(ExitCode.INPUT, code);
    List<String> errLines = err.toString().lines().toList();
    assertEquals(1, errLines.size(), err.toString());
    assertTrue(errLines.get(0).startsWith("sourcecheck: " + f + ":3: not JSON: "), errLines.get(0));
    JsonNode root = ReportSchema.assertValid(out.toString());
    assertEquals(4, root.get("summary").get("audited").asInt());
    assertEquals(f + ":3", root.get("errors").get(0).get("path").asText());
  }

  @Test
  void standardInputIsReadAsAFeedWhenAsked() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(seedFeed().getBytes(StandardCharsets.UTF_8));
    int code = Main.run(new String[] {"audit", "--input-format", "jsonl", "-", "--format", "json", "--fail-on", "never"},
        in, new PrintWriter(out), new PrintWriter(err));
    assertEquals(ExitCode.OK, code, err.toString());
    JsonNode root = ReportSchema.assertValid(out.toString());
    assertEquals(5, root.get("summary").get("audited").asInt());
    assertEquals("<stdin>:1", root.get("articles").get(0).get("path").asText());
  }

  @Test
  void aFolderMayHoldTextPagesAndFeedsTogetherAndIdsStayUnique(@TempDir Path dir) throws IOException {
    Path story = Files.createDirectories(dir.resolve("story"));
    Files.writeString(story.resolve("a.txt"), BadInputTest.GOOD);
    Files.writeString(story.resolve("b.html"), BadPagesTest.GOOD);
    Files.writeString(story.resolve("c.jsonl"), "{\"id\": \"a\", \"text\": \"The council met on Monday.\"}\n"
        + "{\"id\": \"a\", \"html\": \"" + BadPagesTest.GOOD.replace("\"", "\\\"") + "\"}\n");
    AuditReport r = TestRules.auditor().audit(List.of(story.toString()), InputStream.nullInputStream());
    assertEquals(List.of(), r.errors());
    List<String> ids = r.articles().stream().map(a -> a.id()).toList();
    assertEquals(4, ids.size(), ids.toString());
    assertEquals(4, ids.stream().distinct().count(), ids.toString());
    assertTrue(ids.contains("b"), ids.toString());
  }
}
