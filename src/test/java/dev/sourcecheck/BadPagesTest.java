package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.cli.ExitCode;
import dev.sourcecheck.cli.Main;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.report.JsonReport;
import dev.sourcecheck.report.ReportSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile web pages: each one that cannot be audited gets one clear line naming the
 * file, never a stack trace, and the good page beside it is still audited; pages that a browser
 * would show are repaired and audited.
 */
class BadPagesTest {
  static final String ARTICLE = "<p>The council approved the budget on Monday after a debate of six hours, with nine votes "
      + "for and two against the plan.</p><p>The mayor said the vote showed that the council could agree on spending, "
      + "and the opposition said it would review the plan next year.</p>";
  static final String GOOD = "<html><head><title>Council approves budget</title></head><body><article>" + ARTICLE
      + "</article></body></html>";

  /** Audits {@code bad} beside a good page; returns the report. */
  static AuditReport auditBeside(Path dir, Path bad) throws IOException {
    Path good = Files.writeString(dir.resolve("good.html"), GOOD);
    // a generous article budget: reading a 10 MB page takes seconds, more on a loaded machine, and
    // what is tested here is that it is read, not how fast (the budget has its own tests)
    Auditor auditor = new Auditor(TestRules.ruleBase(), AuditOptions.defaults().withArticleTimeout(java.time.Duration.ofMinutes(5)));
    AuditReport r = auditor.audit(List.of(good.toString(), bad.toString()), InputStream.nullInputStream());
    assertTrue(r.articles().stream().anyMatch(a -> a.id().equals("good")), "the good page is audited");
    ReportSchema.assertValid(JsonReport.render(r));
    return r;
  }

  /** The one error {@code bad} must produce: one line, naming the file, no exception class or stack frame. */
  static String errorFor(Path dir, Path bad) throws IOException {
    AuditReport r = auditBeside(dir, bad);
    assertEquals(1, r.errors().size(), r.errors().toString());
    InputError e = r.errors().get(0);
    assertEquals(bad.toString(), e.path());
    assertFalse(e.message().contains("\n") || e.message().contains("Exception") || e.message().contains("\tat "),
        "one plain line: " + e.message());
    return e.message();
  }

  @Test
  void unclosedTagsAreRepairedAsABrowserWould(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("unclosed.html"), "<html><body><article><div><p>The council approved "
        + "the budget on Monday after a debate of six hours, with nine votes for and two against.<p>The mayor said the "
        + "vote showed the council could agree on spending <b>and the opposition <i>said it would review the plan");
    AuditReport r = auditBeside(dir, page);
    assertEquals(List.of(), r.errors());
    assertEquals(2, r.articles().size());
  }

  @Test
  void a100000DeepNestingIsReadWithoutOverflowingTheStack(@TempDir Path dir) throws IOException {
    String deep = "<html><body>" + "<div>".repeat(100_000) + ARTICLE + "</div>".repeat(100_000) + "</body></html>";
    Path page = Files.writeString(dir.resolve("deep.html"), deep);
    AuditReport r = auditBeside(dir, page);
    assertEquals(List.of(), r.errors());
    assertEquals(2, r.articles().size());
  }

  @Test
  void aTenMegabytePageIsRead(@TempDir Path dir) throws IOException {
    StringBuilder b = new StringBuilder("<html><body><nav>");
    while (b.length() < 10_000_000) {
      b.append("<div class=\"menu-item\"><a href=\"/section/").append(b.length()).append("\">Section</a></div>\n");
    }
    b.append("</nav><article>").append(ARTICLE).append("</article></body></html>");
    Path page = Files.writeString(dir.resolve("big.html"), b);
    assertTrue(Files.size(page) > 10_000_000 && Files.size(page) <= AuditOptions.DEFAULT_MAX_BYTES);
    AuditReport r = auditBeside(dir, page);
    assertEquals(List.of(), r.errors());
    assertEquals(2, r.articles().size());
  }

  @Test
  void aPageOverTheLimitIsSkippedWithAnError(@TempDir Path dir) throws IOException {
    byte[] big = new byte[(int) AuditOptions.DEFAULT_MAX_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    Path page = Files.write(dir.resolve("huge.html"), big);
    assertEquals("file is 10485761 bytes, over the limit of 10485760 (raise it with --max-bytes)", errorFor(dir, page));
  }

  @Test
  void aPageWithNoText(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("empty.html"),
        "<html><head><title>Gallery</title><script>var x = 1;</script></head><body><img src=\"a.jpg\"></body></html>");
    assertEquals("the page holds no article text (no text at all)", errorFor(dir, page));
  }

  @Test
  void aBinaryFileNamedHtml(@TempDir Path dir) throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path page = Files.write(dir.resolve("photo.html"), png);
    assertEquals("binary data (NUL byte at offset 8), not an HTML page", errorFor(dir, page));
  }

  @Test
  void aPlainTextFileNamedHtml(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("notes.html"), "The council met on Monday.\n\nIt approved the budget.\n");
    assertEquals("no HTML markup, not a web page (name a plain-text article .txt)", errorFor(dir, page));
  }

  @Test
  void aTruncatedGzip(@TempDir Path dir) throws IOException {
    byte[] gz = gzip(GOOD.repeat(20));
    Path page = Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length / 2));
    assertEquals("truncated gzip: the compressed data ends early", errorFor(dir, page));
  }

  @Test
  void aGzipNameOnDataThatIsNotGzip(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("plain.html.gz"), GOOD);
    assertTrue(errorFor(dir, page).startsWith("not gzip data"));
  }

  @Test
  void aGzippedPageIsReadAndItsIdDropsBothExtensions(@TempDir Path dir) throws IOException {
    Path page = Files.write(dir.resolve("story.html.gz"), gzip(GOOD));
    AuditReport r = auditBeside(dir, page);
    assertEquals(List.of(), r.errors());
    assertTrue(r.articles().stream().anyMatch(a -> a.id().equals("story")), r.articles().toString());
  }

  @Test
  void theCommandLineNamesEachBadPageOnceAndExits4(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.html"), GOOD);
    Files.writeString(dir.resolve("empty.html"), "<html><body></body></html>");
    byte[] gz = gzip(GOOD);
    Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length - 10));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"audit", dir.toString(), "--format", "json"}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(ExitCode.INPUT, code);
    assertEquals(List.of("sourcecheck: " + dir + "/cut.html.gz: truncated gzip: the compressed data ends early",
        "sourcecheck: " + dir + "/empty.html: the page holds no article text (no text at all)"),
        err.toString().lines().sorted().toList());
    assertEquals(1, ReportSchema.assertValid(out.toString()).get("summary").get("audited").asInt());
    assertTrue(good.toFile().exists());
  }

  static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }
}
