package dev.sourcecheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step: compiles the rules copied into {@code target/classes} and stores the compiled module
 * beside them as {@code sourcecheck/rulebase/<hash>.kjar}, so that the bundled rules load without
 * a compile. Run by Maven at {@code process-classes}; a broken rule fails the build here with
 * {@code file:line: message}. The module's generated classes call the project's classes (the
 * facts), so it is rebuilt when either the rules or the project's classes change, and skipped
 * (saving a compile) when neither did.
 */
public final class Precompile {
  private Precompile() {}

  public static void main(String[] args) throws Exception {
    Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
    RuleSet rules = RuleSet.load(classes.resolve(RuleSet.BUNDLED));
    Path out = classes.resolve(RuleBase.PRECOMPILED + rules.hash() + ".kjar");
    Path buildId = classes.resolve(RuleBase.BUILD_ID);
    String id = fingerprint(rules, classes);
    Path index = classes.resolve(RuleSet.INDEX);
    if (Files.isRegularFile(out) && Files.isRegularFile(buildId) && Files.isRegularFile(index)
        && Files.readString(buildId).strip().equals(id) && Files.readString(index).equals(rules.index())) {
      return;
    }
    byte[] module;
    try {
      module = RuleBase.compileToModule(rules);
    } catch (RuleLoadException e) {
      throw new IllegalStateException("the bundled rules do not compile:\n" + String.join("\n", e.errors()), e);
    }
    Files.createDirectories(out.getParent());
    try (var old = Files.list(out.getParent())) {
      for (Path p : old.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.write(out, module);
    Files.writeString(index, rules.index());
    Files.writeString(buildId, id + "\n");
  }

  /** A digest of the rules and of every project class the generated code may call. */
  static String fingerprint(RuleSet rules, Path classes) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(rules.hash().getBytes(StandardCharsets.UTF_8));
      md.update(org.drools.model.codegen.ExecutableModelProject.class.getPackage().toString()
          .getBytes(StandardCharsets.UTF_8));
      Path project = classes.resolve("dev/sourcecheck");
      if (Files.isDirectory(project)) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(project)) {
          files = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path p : files) {
          md.update(classes.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
          md.update(Files.readAllBytes(p));
        }
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
