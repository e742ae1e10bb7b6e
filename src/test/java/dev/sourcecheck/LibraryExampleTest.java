package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.report.JsonReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library as a Java program uses it: the README's example, and one Auditor shared by threads. */
class LibraryExampleTest {
  /** The first java block after "## Using it from Java" in README.md. */
  static String readmeExample() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## Using it from Java");
    assertTrue(section >= 0, "README.md has no '## Using it from Java' section");
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(section), "no java block in the README's library section");
    return m.group(1);
  }

  @Test
  void readmeExampleCompilesAndRunsAsDocumented(@TempDir Path dir) throws Exception {
    String source = readmeExample();
    Matcher cls = Pattern.compile("public class (\\w+)").matcher(source);
    assertTrue(cls.find(), "the example declares a public class");
    Path file = dir.resolve(cls.group(1) + ".java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, null, diagnostics, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
        file.toString());
    assertEquals(0, rc, "the README example does not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));

    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(cls.group(1)).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(stdout);
    }
    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    AuditReport seeds = Sourcecheck.audit(List.of(Path.of("seeds")));
    assertTrue(!seeds.findings().isEmpty(), "the seeds have findings");
    assertEquals(seeds.findings().size() + 1, lines.size(), String.join("\n", lines));
    Finding first = seeds.findings().get(0);
    assertTrue(lines.get(0).startsWith(first.location().article() + ":" + first.location().line() + ":"
        + first.location().column() + " " + first.severity().label() + " " + first.rule()), lines.get(0));
    assertEquals("1 finding(s) in the draft", lines.get(lines.size() - 1));
  }

  @Test
  void oneAuditorSharedByFourThreadsGivesIdenticalReports() throws Exception {
    Auditor auditor = Sourcecheck.auditor();
    List<String> inputs = new ArrayList<>(List.of("seeds", "fixtures"));
    String expected = JsonReport.render(auditor.audit(inputs, java.io.InputStream.nullInputStream()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> JsonReport.render(auditor.audit(inputs, java.io.InputStream.nullInputStream()))));
      }
      for (Future<String> f : runs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
