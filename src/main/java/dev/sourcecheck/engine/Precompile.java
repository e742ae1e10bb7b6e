package dev.sourcecheck.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: compiles the rules copied into {@code target/classes} and stores the compiled module
 * beside them as {@code sourcecheck/rulebase/<hash>.kjar}, so that the bundled rules load without
 * a compile. Run by Maven at {@code process-classes}; a broken rule fails the build here with
 * {@code file:line: message}.
 */
public final class Precompile {
  private Precompile() {}

  public static void main(String[] args) throws Exception {
    Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
    RuleSet rules = RuleSet.load(classes.resolve(RuleSet.BUNDLED));
    byte[] module;
    try {
      module = RuleBase.compileToModule(rules);
    } catch (RuleLoadException e) {
      throw new IllegalStateException("the bundled rules do not compile:\n" + String.join("\n", e.errors()), e);
    }
    Path out = classes.resolve(RuleBase.PRECOMPILED + rules.hash() + ".kjar");
    Files.createDirectories(out.getParent());
    try (var old = Files.list(out.getParent())) {
      for (Path p : old.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.write(out, module);
    Files.writeString(classes.resolve(RuleSet.INDEX), String.join("\n", rules.files()) + "\n");
  }
}
