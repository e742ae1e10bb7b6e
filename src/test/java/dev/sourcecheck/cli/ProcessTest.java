package dev.sourcecheck.cli;

import static dev.sourcecheck.cli.MainTest.ADVERT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourcecheck.report.ReportSchema;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 through a real process: what only a JVM of its own shows (its exit code when it fails,
 * a closed or full standard output, the C locale, permissions that hold even for root).
 */
@Timeout(300)
class ProcessTest {
  record Result(int code, String out, String err) {}

  /** Runs {@code sourcecheck args} in a new JVM on the test class path. */
  static Result run(Map<String, String> env, List<String> prefix, ProcessBuilder.Redirect stdout, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    File out = File.createTempFile("sourcecheck-out", ".txt");
    File err = File.createTempFile("sourcecheck-err", ".txt");
    try {
      pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.to(out) : stdout);
      pb.redirectError(err);
      Process p = pb.start();
      if (!p.waitFor(240, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("sourcecheck did not finish: " + cmd);
      }
      return new Result(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    } finally {
      out.delete();
      err.delete();
    }
  }

  static Result run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), List.of(), null, args);
  }

  @Test
  void aFullStandardOutputIsAWriteError(@TempDir Path dir) throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full: skipped");
    Path ad = Files.writeString(dir.resolve("ad.txt"), ADVERT);
    Result r = run(Map.of(), List.of(), ProcessBuilder.Redirect.to(new File("/dev/full")), "audit", ad.toString());
    assertEquals(ExitCode.WRITE, r.code(), r.err());
    assertTrue(r.err().contains("sourcecheck: cannot write the report to standard output: No space left on device"), r.err());
  }

  @Test
  void aFullDiskUnderOutputIsAWriteError(@TempDir Path dir) throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full: skipped");
    Path ad = Files.writeString(dir.resolve("ad.txt"), ADVERT);
    Result r = run("audit", "--format", "json", "-o", "/dev/full", ad.toString());
    assertEquals(ExitCode.WRITE, r.code(), r.err());
    assertTrue(r.err().contains("cannot write the report to /dev/full: No space left on device"), r.err());
  }

  @Test
  void aClosedStandardOutputIsAWriteError(@TempDir Path dir) throws Exception {
    Path ad = Files.writeString(dir.resolve("ad.txt"), ADVERT);
    // the reader of the pipe has gone (as in: sourcecheck audit … | head -0)
    Result r = run(Map.of(), List.of("bash", "-c", "exec \"$@\" | true", "--"), ProcessBuilder.Redirect.DISCARD,
        "audit", ad.toString(), ad.toString(), ad.toString());
    // bash reports the pipeline's last command; the exit code travels in the message instead
    assertTrue(r.err().contains("sourcecheck: cannot write the report to standard output"), r.err());
    Result direct = run(Map.of(), List.of("bash", "-c", "\"$@\" >&-; echo \"exit $?\" >&2", "--"),
        ProcessBuilder.Redirect.DISCARD, "audit", ad.toString());
    assertTrue(direct.err().contains("exit " + ExitCode.WRITE), direct.err());
  }

  @Test
  void nonAsciiNamesAreReadUnderTheCLocale(@TempDir Path dir) throws Exception {
    Path named = Files.writeString(dir.resolve("café.txt"), ADVERT);
    Files.createDirectories(dir.resolve("crème"));
    Files.writeString(dir.resolve("crème/brûlée.txt"), ADVERT);
    Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "C");
    Result r = run(c, List.of(), null, "audit", "--format", "json", named.toString(), dir.resolve("crème").toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    JsonNode root = ReportSchema.assertValid(r.out());
    assertEquals(2, root.get("articles").size(), r.out());
    assertEquals("café", root.get("articles").get(0).get("id").asText());
    assertEquals(named.toString(), root.get("articles").get(0).get("path").asText());
    assertEquals("brûlée", root.get("articles").get(1).get("id").asText());
    List<String> adverts = new ArrayList<>();
    root.get("findings").forEach(f -> {
      if (f.get("rule").asText().equals("boilerplate.advertisement")) {
        adverts.add(f.get("article").asText());
      }
    });
    assertEquals(List.of("brûlée", "café"), adverts); // findings are sorted by article
  }

  @Test
  void anUnreadableSubfolderIsItsOwnErrorAndItsSiblingsAreAudited(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("story");
    Files.createDirectories(root.resolve("locked"));
    Files.writeString(root.resolve("locked/hidden-away.txt"), ADVERT);
    Files.writeString(root.resolve("a.txt"), ADVERT);
    Files.createDirectories(root.resolve("z"));
    Files.writeString(root.resolve("z/b.txt"), ADVERT);
    Files.writeString(root.resolve("unreadable.txt"), ADVERT);
    Files.setPosixFilePermissions(root.resolve("locked"), PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(root.resolve("unreadable.txt"), PosixFilePermissions.fromString("---------"));
    try {
      // root reads everything; in a user namespace of its own it keeps its files but loses that override
      List<String> prefix = "root".equals(System.getProperty("user.name")) ? List.of("unshare", "--user") : List.of();
      if (!prefix.isEmpty()) {
        assumeTrue(canUnshare(), "root without user namespaces cannot make a folder unreadable: skipped");
      }
      Result r = run(Map.of(), prefix, null, "audit", "--format", "json", root.toString());
      assertEquals(ExitCode.INPUT, r.code(), r.err());
      JsonNode json = ReportSchema.assertValid(r.out());
      List<String> ids = new ArrayList<>();
      json.get("articles").forEach(a -> ids.add(a.get("id").asText()));
      assertEquals(List.of("a", "b"), ids);
      assertTrue(r.err().contains("sourcecheck: " + root + "/locked: cannot list folder: permission denied"), r.err());
      assertTrue(r.err().contains("sourcecheck: " + root + "/unreadable.txt: cannot read: permission denied"), r.err());
    } finally {
      Files.setPosixFilePermissions(root.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(root.resolve("unreadable.txt"), PosixFilePermissions.fromString("rw-------"));
    }
  }

  private static boolean canUnshare() throws InterruptedException {
    try {
      Process p = new ProcessBuilder("unshare", "--user", "true").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aHugeOneSentenceArticleIsAuditedOrOneErrorAndNeverLosesTheReport(@TempDir Path dir) throws Exception {
    // 5.4 MB, one sentence of names and verbs of saying: ran out of memory, or for minutes (over
    // 200 s before issue 11), and every article's report was lost with it
    StringBuilder sb = new StringBuilder("Title: A long one\n\n");
    while (sb.length() < 5_400_000) {
      sb.append("John Smith said the council and Jane Doe of Acme Holdings met the Big River Authority and ");
    }
    Path big = Files.writeString(dir.resolve("big.txt"), sb.append(".\n"), StandardCharsets.UTF_8);
    Path ad = Files.writeString(dir.resolve("ad.txt"), ADVERT);
    Result r = run("audit", "--format", "json", "--fail-on", "never", ad.toString(), big.toString());
    assertTrue(r.code() == ExitCode.OK || r.code() == ExitCode.INPUT, r.code() + ": " + r.err());
    JsonNode root = ReportSchema.assertValid(r.out());
    assertEquals("ad", root.get("articles").get(0).get("id").asText());
    assertEquals(2, root.get("articles").size() + root.get("errors").size(), r.out());
  }
}
