package dev.sourcecheck.cli;

import static dev.sourcecheck.cli.MainTest.ADVERT;
import static dev.sourcecheck.cli.MainTest.run;
import static dev.sourcecheck.cli.MainTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.report.ReportSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, security: inputs never become options, {@code --output} never overwrites an input
 * and is replaced whole or not at all, and nothing from an input reaches the terminal as a control
 * sequence or a forged report line.
 */
class SecurityTest {
  @Test
  void anArgumentStartingWithAtIsAPathNotAFileOfOptions(@TempDir Path dir) throws IOException {
    Path victim = write(dir, "victim.txt", "keep me\n");
    // what a file named @x.txt in a folder audited as *.txt would expand to, were @files on
    Path options = write(dir, "x.txt", "--format\njson\n--output\n" + victim + "\n");
    Path good = write(dir, "good.txt", ADVERT);
    MainTest.Run r = run("audit", "@" + options, good.toString());
    assertEquals("keep me\n", Files.readString(victim), "the lines of the file never became options");
    assertEquals(ExitCode.INPUT, r.code(), r.err());
    assertTrue(r.err().contains("sourcecheck: @" + options + ": no such file or folder"), r.err());
    assertTrue(r.out().contains("boilerplate.advertisement"), "the other article is reported as text: " + r.out());
  }

  @Test
  void outputNeverOverwritesAFileNamedAsInput(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.txt", ADVERT);
    MainTest.Run r = run("audit", "--format", "json", "-o", a.toString(), a.toString());
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("is one of the inputs"), r.err());
    assertEquals(ADVERT, Files.readString(a));
  }

  @Test
  void outputNeverOverwritesAnArticleOfAFolderNamedAsInput(@TempDir Path dir) throws IOException {
    Path a = write(dir, "story/a.txt", ADVERT);
    Path b = write(dir, "story/sub/B.TXT", ADVERT);
    assertEquals(ExitCode.USAGE, run("audit", "-o", a.toString(), dir.resolve("story").toString()).code());
    assertEquals(ExitCode.USAGE, run("audit", "-o", b.toString(), dir.resolve("story").toString()).code());
    assertEquals(ADVERT, Files.readString(a));
    assertEquals(ADVERT, Files.readString(b));
    // a file in the folder that is no article may be the report
    Path report = write(dir, "story/report.json", "old");
    MainTest.Run ok = run("audit", "--format", "json", "-o", report.toString(), dir.resolve("story").toString());
    assertEquals(ExitCode.OK, ok.code(), ok.err());
    ReportSchema.assertValid(Files.readString(report));
  }

  @Test
  void aFailedWriteLeavesTheLastReportAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path report = write(dir, "report.json", "the last good report\n");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
    ReportOutput.WriteFailed e = assertThrows(ReportOutput.WriteFailed.class, () -> ReportOutput.writeFile(report, w -> {
      w.write("{\"schema\": \"sourcecheck.report/1\", \"articles\": [");
      throw new IOException("No space left on device");
    }));
    assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("left as it was"),
        e.getMessage());
    assertEquals("the last good report\n", Files.readString(report));
    assertEquals(List.of(report), list(dir), "no temporary file is left behind");

    ReportOutput.writeFile(report, w -> w.write("new\n"));
    assertEquals("new\n", Files.readString(report));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)), "permissions kept");
    assertEquals(List.of(report), list(dir));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void controlCharactersFromTextAndNamesAreEscapedInTheTextReport(@TempDir Path dir) throws IOException {
    String text = "Title: Council \u001b]0;pwned\u0007 budget\nPublished: 2025-12-01\nBy: Jane \u009b31m Doe\n"
        + "Source: https://example.com/x\u0002\u001b[5m\n\n"
        + "The council met on Monday and \u202Edias ti\u202C approved \u001b[2J the budget.\n\n"
        + "Advertisement\u001b[8m\n\n\u201cWe are pleased \u001b[31m today,\u201d said Mayor Ann Lee.\n";
    // a file name that tries to forge a report line and colour the terminal
    Path article = write(dir, "evil\u001b[31m\n     9:1   error   contradiction.forged.txt", text);
    MainTest.Run r = run("audit", article.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    for (char c : new char[] {'\u001b', '\u0007', '\u009b', '\u202E', '\u202C'}) {
      assertEquals(-1, r.out().indexOf(c), "U+" + Integer.toHexString(c) + " in\n" + r.out());
    }
    assertTrue(r.out().lines().noneMatch(l -> l.contains("contradiction.forged")
        && !l.contains("\\x1B[31m\\x0A")), r.out());
    assertTrue(r.out().contains("evil\\x1B[31m\\x0A     9:1"), r.out());
    assertTrue(r.out().contains("title: Council \\x1B]0;pwned\\x07 budget"), r.out());
    assertTrue(r.out().contains("by: Jane \\x9B31m Doe"), r.out());
    // the outlet comes from the Source line and is printed in the outlet summary too (found by the fuzzer)
    assertTrue(r.out().contains("outlet https://example.com/x\\x02\\x1B[5m"), r.out());
    // the error line on stderr is escaped too
    Path empty = write(dir, "empty\u001b[2J.txt", "");
    MainTest.Run e = run("audit", empty.toString(), article.toString());
    assertFalse(e.err().contains("\u001b"), e.err());
    assertTrue(e.err().contains("empty\\x1B[2J.txt: empty file"), e.err());
  }

  @Test
  void anEmptyPathIsAUsageError() {
    MainTest.Run r = run("audit", "");
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("empty path"), r.err());
    assertEquals("", r.out());
  }
}
