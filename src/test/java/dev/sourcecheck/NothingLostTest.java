package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Skipped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, nothing lost (in-process cases; the ones that need another process, a locale or
 * permissions are in cli.ProcessTest): hidden files and folders are skipped as the README says,
 * lone CR breaks lines, a file of only Unicode spaces is empty, control bytes anywhere make a
 * file binary.
 */
class NothingLostTest {
  static final String GOOD = BadInputTest.GOOD;

  static AuditReport audit(String... paths) {
    return TestRules.auditor().audit(List.of(paths), InputStream.nullInputStream());
  }

  @Test
  void hiddenFilesAndFoldersAreSkippedSilently(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), GOOD);
    Files.writeString(dir.resolve(".draft.txt"), GOOD);
    Files.createDirectories(dir.resolve(".git/refs"));
    Files.writeString(dir.resolve(".git/config"), "[core]\n");
    Files.writeString(dir.resolve(".git/refs/notes.txt"), GOOD);
    Files.createDirectories(dir.resolve("sub/.cache"));
    Files.writeString(dir.resolve("sub/.cache/old.txt"), GOOD);
    Files.writeString(dir.resolve("sub/b.txt"), GOOD);
    AuditReport r = audit(dir.toString());
    assertEquals(List.of("a", "b"), r.articles().stream().map(a -> a.id()).toList());
    assertEquals(List.of(), r.skipped());
    assertEquals(List.of(), r.errors());
    // named on the command line, a hidden file is audited: the user asked for it
    assertEquals(List.of(".draft"), audit(dir.resolve(".draft.txt").toString()).articles().stream().map(a -> a.id()).toList());
  }

  @Test
  void loneCarriageReturnsBreakLines() {
    String lf = GOOD;
    String cr = GOOD.replace("\n", "\r");
    String crlf = GOOD.replace("\n", "\r\n");
    List<String> expected = places(lf);
    assertTrue(expected.contains("boilerplate.advertisement 8:1 Advertisement"), expected.toString());
    assertEquals(expected, places(cr));
    assertEquals(expected, places(crlf));
  }

  private static List<String> places(String text) {
    AuditReport r = TestRules.auditor().auditTexts(java.util.Map.of("a", text));
    return r.findings().stream().map(NothingLostTest::place).toList();
  }

  private static String place(Finding f) {
    return f.rule() + " " + f.location().line() + ":" + f.location().column() + " " + f.location().text();
  }

  @Test
  void aFileOfOnlyUnicodeSpacesIsEmpty(@TempDir Path dir) throws IOException {
    Path spaces = Files.writeString(dir.resolve("spaces.txt"), "\u00a0\u2003\u3000\n\u202f\u200b\u2007\n\ufeff ");
    Files.writeString(dir.resolve("good.txt"), GOOD);
    AuditReport r = audit(dir.toString());
    assertEquals(List.of("good"), r.articles().stream().map(a -> a.id()).toList());
    assertEquals(List.of(new InputError(spaces.toString(), "empty file (only white space)")), r.errors());
  }

  @Test
  void controlBytesAreJudgedAnywhereInTheFile(@TempDir Path dir) throws IOException {
    byte[] text = (GOOD + "\n").repeat(200).getBytes(StandardCharsets.UTF_8); // about 38 KB of text
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (1 + i % 8); // control bytes, no NUL
    }
    byte[] file = Arrays.copyOf(text, text.length + junk.length);
    System.arraycopy(junk, 0, file, text.length, junk.length);
    Path bad = Files.write(dir.resolve("spliced.txt"), file);
    AuditReport r = audit(bad.toString());
    assertEquals(List.of(), r.articles());
    assertEquals(1, r.errors().size());
    assertTrue(r.errors().get(0).message().startsWith("binary file (") && r.errors().get(0).message().contains("at offset"),
        r.errors().get(0).message());
    // a stray control character in text is text
    Path ok = Files.writeString(dir.resolve("ok.txt"), GOOD.replace("met", "met\u0001"));
    assertEquals(1, audit(ok.toString()).articles().size());
  }

  @Test
  void aFolderNamedAsInputListsItsNonArticlesAsSkipped(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), GOOD);
    Files.writeString(dir.resolve("z.md"), "x");
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/b.txt"), GOOD);
    AuditReport r = audit(dir.toString());
    // path order as before: a.txt, then the folder a's article
    assertEquals(List.of(dir + "/a.txt", dir + "/a/b.txt"), r.articles().stream().map(a -> a.path()).toList());
    assertEquals(List.of(new Skipped(dir + "/z.md", "not an article (" + dev.sourcecheck.parse.InputKind.NAMES + ")")), r.skipped());
  }
}
