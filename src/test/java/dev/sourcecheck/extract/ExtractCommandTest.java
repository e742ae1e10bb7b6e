package dev.sourcecheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourcecheck.cli.ExitCode;
import dev.sourcecheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sourcecheck extract}: the documented JSON, the text form, and errors that exit 4. */
class ExtractCommandTest {
  static final String PAGE = """
      <html><head><title>Judge jails fraudster | Evening Post</title>
      <meta property="og:site_name" content="Evening Post">
      <meta property="article:published_time" content="2023-11-02T09:00:00Z">
      <link rel="canonical" href="https://post.example/court/fraud"></head>
      <body><nav><a href="/">Home</a> <a href="/courts">Courts</a></nav><article><h1>Judge jails fraudster</h1>
      <p class="byline">By <a rel="author" href="/staff/roe">John Roe</a></p>
      <p>A judge jailed the former accountant for four years on Tuesday for stealing from a charity he worked for.</p>
      <p>The defence had asked for a suspended sentence, but the judge said the thefts had been planned for months.</p>
      </article></body></html>
      """;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void jsonHoldsTheDocumentedFieldsInOrder(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("fraud.html"), PAGE);
    Run r = run("extract", page.toString(), "--format", "json");
    assertEquals(ExitCode.OK, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(List.of("schema", "articles", "errors"), names(root));
    assertEquals("sourcecheck.extract/1", root.get("schema").asText());
    JsonNode a = root.get("articles").get(0);
    assertEquals(List.of("id", "path", "url", "title", "published", "byline", "source", "text"), names(a));
    assertEquals(List.of("fraud", page.toString(), "https://post.example/court/fraud", "Judge jails fraudster",
        "2023-11-02", "John Roe", "Evening Post"), List.of(a.get("id").asText(), a.get("path").asText(),
        a.get("url").asText(), a.get("title").asText(), a.get("published").asText(), a.get("byline").asText(),
        a.get("source").asText()));
    assertEquals("A judge jailed the former accountant for four years on Tuesday for stealing from a charity he worked for."
        + "\n\nThe defence had asked for a suspended sentence, but the judge said the thefts had been planned for months.",
        a.get("text").asText());
  }

  @Test
  void textFormGivesTheMetadataThenTheMainTextOnly(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("fraud.html"), PAGE);
    Run r = run("extract", page.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.out().startsWith("==> " + page + " <==\ntitle: Judge jails fraudster\npublished: 2023-11-02\n"), r.out());
    assertTrue(!r.out().contains("Home Courts"), "left-out navigation is not printed: " + r.out());
  }

  @Test
  void theAuditedFormIsTheTextFindingsPointInto(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("fraud.html"), PAGE);
    List<String> lines = run("extract", page.toString(), "--format", "audited").out().lines().toList();
    assertEquals(List.of("==> " + page + " <==", "Judge jails fraudster", "Published: 2023-11-02", "By: John Roe",
        "Outlet: Evening Post", "Source: https://post.example/court/fraud", "", "Home Courts"), lines.subList(0, 8));
    Run audit = run("audit", page.toString(), "--format", "json", "--fail-on", "never");
    JsonNode nav = new ObjectMapper().readTree(audit.out()).get("findings").get(0);
    assertEquals("boilerplate.page-navigation", nav.get("rule").asText());
    assertEquals(7, nav.get("line").asInt()); // line 8 of the output above is line 7 of the audited text
    assertEquals(5, nav.get("input_line").asInt()); // and line 5 of the page's HTML
  }

  @Test
  void anUnreadableInputIsAnErrorAndTheOthersAreStillExtracted(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("fraud.html"), PAGE);
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"n1\", \"text\": \"The clinic opened on Monday.\"}\nnot json\n");
    Path out = dir.resolve("x.json");
    Run r = run("extract", dir.toString(), "--format", "json", "-o", out.toString());
    assertEquals(ExitCode.INPUT, r.code());
    assertTrue(r.err().startsWith("sourcecheck: " + dir + "/feed.jsonl:2: not JSON"), r.err());
    JsonNode root = new ObjectMapper().readTree(out.toFile());
    assertEquals(2, root.get("articles").size());
    assertEquals(dir + "/feed.jsonl:2", root.get("errors").get(0).get("path").asText());
  }

  static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
