package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourcecheck.cli.ExitCode;
import dev.sourcecheck.cli.Main;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.parse.InputKind;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.report.JsonReport;
import dev.sourcecheck.report.ReportSchema;
import dev.sourcecheck.report.TextReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets a one-line error naming the file and the problem, the good articles
 * beside it are still audited, and the report counts and names what failed.
 */
class BadInputTest {
  static final String GOOD = "Title: Council approves budget\nPublished: 2025-12-01\nBy: Jane Doe\nSource: https://example.com/council-budget\n\nThe council met on Monday.\n\nAdvertisement\n\nIt approved the budget.\n";

  /** Audits the bad input beside a good article and returns the one error it must produce. */
  static InputError errorFor(Path dir, Path bad) throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, GOOD);
    AuditReport r = TestRules.auditor().audit(List.of(good.toString(), bad.toString()), InputStream.nullInputStream());
    assertEquals(List.of("good"), r.articles().stream().map(a -> a.id()).toList(), "the good article is audited");
    assertEquals(1, r.findings().size(), "the good article's finding is reported");
    assertEquals(1, r.errors().size(), r.errors().toString());
    InputError e = r.errors().get(0);
    assertEquals(bad.toString(), e.path());
    assertTrue(!e.message().contains("\n") && !e.message().isBlank(), "one line: " + e.message());
    ReportSchema.assertValid(JsonReport.render(r));
    return e;
  }

  @Test
  void emptyFile(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("empty.txt"), "");
    assertEquals("empty file", errorFor(dir, bad).message());
  }

  @Test
  void whiteSpaceOnlyFile(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("blank.txt"), " \n\n\t\n");
    assertEquals("empty file (only white space)", errorFor(dir, bad).message());
  }

  @Test
  void binaryFile(@TempDir Path dir) throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path bad = Files.write(dir.resolve("image.txt"), png);
    assertTrue(errorFor(dir, bad).message().startsWith("binary file"));
  }

  @Test
  void invalidUtf8(@TempDir Path dir) throws IOException {
    byte[] latin1 = "Caf\u00e9 society met.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path bad = Files.write(dir.resolve("latin1.txt"), latin1);
    assertEquals("invalid UTF-8 at byte 3 (the file must be UTF-8 text)", errorFor(dir, bad).message());
  }

  @Test
  void fileOverTheSizeLimitIsNotRead(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(bad.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: costs no disk and no time
    }
    assertEquals("file is 52428800 bytes, over the limit of 10485760 (raise it with --max-bytes)",
        errorFor(dir, bad).message());
  }

  @Test
  void folderWithNoArticles(@TempDir Path dir) throws IOException {
    Path bad = Files.createDirectories(dir.resolve("empty-folder"));
    assertEquals("folder holds no articles (" + InputKind.NAMES + ")", errorFor(dir, bad).message());
  }

  @Test
  void unreadableFileInAFolder(@TempDir Path dir) throws IOException {
    // tests run as root in CI, where permissions do not stop reads: a folder named x.txt cannot be read as a file
    Path folder = Files.createDirectories(dir.resolve("story"));
    Files.writeString(folder.resolve("good.txt"), GOOD);
    Files.createDirectories(folder.resolve("x.txt"));
    AuditReport r = TestRules.auditor().audit(List.of(folder.toString()), InputStream.nullInputStream());
    assertEquals(1, r.articles().size());
    assertEquals(List.of(new InputError(folder + "/x.txt", "cannot read: is a folder, not a text file")), r.errors());
  }

  @Test
  void missingPath(@TempDir Path dir) throws IOException {
    assertEquals("no such file or folder", errorFor(dir, dir.resolve("nope.txt")).message());
  }

  @Test
  void emptyStandardInput() {
    AuditReport r = TestRules.auditor().audit(List.of("-"), new ByteArrayInputStream(new byte[0]));
    assertEquals(List.of(new InputError("<stdin>", "empty file")), r.errors());
  }

  @Test
  void nonTextFilesInFoldersAreListedAsSkippedNotErrors(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), GOOD);
    Files.writeString(dir.resolve("notes.md"), "# notes");
    Files.createDirectories(dir.resolve("img"));
    Files.write(dir.resolve("img/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8});
    Files.writeString(dir.resolve(".hidden"), "x");
    AuditReport r = TestRules.auditor().audit(List.of(dir.toString()), InputStream.nullInputStream());
    assertEquals(List.of(), r.errors());
    assertEquals(List.of(new Skipped(dir + "/img/photo.jpg", "not an article (" + InputKind.NAMES + ")"),
        new Skipped(dir + "/notes.md", "not an article (" + InputKind.NAMES + ")")), r.skipped());
    assertEquals(1, r.articles().size());
    assertTrue(TextReport.render(r).contains("skipped: " + dir + "/notes.md: not an article (" + InputKind.NAMES + ")\n"));
    JsonNode root = ReportSchema.assertValid(JsonReport.render(r));
    assertEquals(2, root.get("summary").get("skipped").asInt());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(ExitCode.OK, Main.run(new String[] {"audit", dir.toString()}, new PrintWriter(out), new PrintWriter(err)));
    assertEquals("", err.toString());
  }

  @Test
  void commandLineReportsEveryBadInputOnOneLineAndExitsFour(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
    Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});
    Files.createDirectories(dir.resolve("x.txt"));
    Files.createDirectories(dir.resolve("no-articles"));
    List<String> args = new ArrayList<>(List.of("audit", "--format", "json", dir.toString(),
        dir.resolve("no-articles").toString(), dir.resolve("missing.txt").toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertEquals(ExitCode.INPUT, code);
    List<String> lines = err.toString().lines().toList();
    List<String> expected = List.of(
        "sourcecheck: " + dir + "/binary.txt: binary file (NUL byte at offset 1), not text",
        "sourcecheck: " + dir + "/empty.txt: empty file",
        "sourcecheck: " + dir + "/latin1.txt: invalid UTF-8 at byte 3 (the file must be UTF-8 text)",
        "sourcecheck: " + dir + "/no-articles: folder holds no articles (" + InputKind.NAMES + ")",
        "sourcecheck: " + dir + "/missing.txt: no such file or folder",
        "sourcecheck: " + dir + "/x.txt: cannot read: is a folder, not a text file");
    assertEquals(expected.stream().sorted().toList(), lines.stream().sorted().toList());
    JsonNode root = ReportSchema.assertValid(out.toString());
    assertEquals(1, root.get("summary").get("audited").asInt());
    assertEquals(6, root.get("summary").get("failed").asInt());
    assertEquals(6, root.get("errors").size());
  }
}
