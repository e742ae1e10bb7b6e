package dev.sourcecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.finding.AuditReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiling rules costs seconds, so the bundled rules come precompiled from the build and a
 * {@code --rules} folder is compiled once and then read from the disk cache.
 */
class RuleBaseLoadingTest {
  @Test
  void bundledRulesLoadPrecompiledWithoutCompiling() throws RuleLoadException {
    RuleBase rb = RuleBase.build(RuleSet.bundled());
    assertEquals(RuleBase.Source.PRECOMPILED, rb.source());
    assertEquals(TestRules.ruleBase().catalog(), rb.catalog());
  }

  @Test
  void aColdAuditWithTheBundledRulesLoadsNoCompiler() throws Exception {
    // A fresh JVM, as ./sourcecheck runs: if loading the precompiled module failed, RuleBase would
    // silently compile the DRL instead, loading ECJ and JavaParser classes.
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(javaBin.toString(), "-verbose:class", "-cp", System.getProperty("java.class.path"),
        "dev.sourcecheck.cli.Main", "audit", "--fail-on", "never", "seeds").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out.lines().filter(l -> !l.contains("class,load")).toList().toString());
    assertTrue(out.contains("5 articles audited"), "the audit ran");
    List<String> compiler = out.lines()
        .filter(l -> l.contains("class,load") && (l.contains(" org.eclipse.jdt.") || l.contains(" com.github.javaparser.")
            || l.contains(" org.drools.model.codegen.")))
        .limit(5).toList();
    assertEquals(List.of(), compiler, "a compiler was loaded: the bundled rules were compiled, not loaded");
  }

  @Test
  void bundledRulesAreTheProjectsRulesFolder() throws RuleLoadException {
    assertEquals(RuleSet.load(TestRules.RULES).hash(), RuleSet.bundled().hash());
  }

  @Test
  void aRulesFolderIsCompiledOnceThenReadFromTheCache(@TempDir Path dir, @TempDir Path cache) throws Exception {
    String before = System.getProperty("sourcecheck.cache");
    System.setProperty("sourcecheck.cache", cache.toString());
    try {
      Files.createDirectories(dir.resolve("boilerplate"));
      Files.createDirectories(dir.resolve("lexicons"));
      Files.writeString(dir.resolve("boilerplate/marker.drl"), MARKER_RULE);
      // a fresh word each run: a rule set with its own hash, which nothing has compiled yet
      Files.writeString(dir.resolve("lexicons/test-marker.txt"), "paid promotion\n# " + System.nanoTime() + "\n");
      RuleSet rules = RuleSet.load(dir);
      Path file = RuleBase.cacheFile(rules.hash());
      assertTrue(file.startsWith(cache), file.toString());

      RuleBase first = RuleBase.build(rules);
      assertEquals(RuleBase.Source.COMPILED, first.source());
      assertTrue(Files.isRegularFile(file), "no cache entry at " + file);

      RuleBase second = RuleBase.build(RuleSet.load(dir));
      assertEquals(RuleBase.Source.CACHE, second.source());
      assertEquals(first.catalog(), second.catalog());
      Map<String, String> text = Map.of("a", "First paragraph.\n\nPaid promotion\n\nSecond paragraph.");
      AuditReport a = new Auditor(first, AuditOptions.defaults()).auditTexts(text);
      AuditReport b = new Auditor(second, AuditOptions.defaults()).auditTexts(text);
      assertEquals(1, a.findings().size(), a.findings().toString());
      assertEquals(a.findings(), b.findings());
    } finally {
      if (before == null) {
        System.clearProperty("sourcecheck.cache");
      } else {
        System.setProperty("sourcecheck.cache", before);
      }
    }
  }

  @Test
  void damagedModuleIsRefusedSoTheRulesAreCompiledInstead() {
    assertThrows(IllegalArgumentException.class, () -> ModuleLoader.load("not a jar".getBytes()));
  }

  static final String MARKER_RULE = """
      package boilerplate;

      import dev.sourcecheck.fact.Cue;
      import dev.sourcecheck.fact.Flag;

      rule "boilerplate.test-marker"
        @severity("info")
        @summary("A test marker")
        // flag: One.\\n[[Paid promotion]]\\nTwo.
        // pass: A paid promotion ran.
      when
        $c : Cue( lexicon == "test-marker", wholeLine )
      then
        insertLogical(Flag.of(drools, $c.article(), $c.start(), $c.end(), "marker"));
      end
      """;
}
