package dev.sourcecheck.engine;

import dev.sourcecheck.lexicon.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The text of a rule set: DRL files by category folder and lexicons, keyed by their path relative
 * to the rule set's root ({@code boilerplate/markers.drl}, {@code lexicons/vague-source.txt}), and
 * a hash of all of it. Immutable and thread-safe.
 */
public final class RuleSet {
  /** Where the build puts a copy of {@code rules/} on the class path. */
  static final String BUNDLED = "sourcecheck/rules";

  private final String origin;
  private final Map<String, String> drl;
  private final Map<String, Lexicon> lexicons;
  private final String hash;

  private RuleSet(String origin, Map<String, String> files) {
    this(origin, files, null);
  }

  /** {@code knownHash}, when not null, is the hash the build computed for these very files. */
  private RuleSet(String origin, Map<String, String> files, String knownHash) {
    this.origin = origin;
    Map<String, String> d = new TreeMap<>();
    Map<String, Lexicon> l = new TreeMap<>();
    for (var e : files.entrySet()) {
      String rel = e.getKey();
      if (rel.endsWith(".drl")) {
        d.put(rel, e.getValue());
      } else if (rel.startsWith("lexicons/") && rel.endsWith(".txt")) {
        String name = rel.substring("lexicons/".length(), rel.length() - 4);
        l.put(name, Lexicon.parse(name, e.getValue()));
      }
    }
    this.drl = java.util.Collections.unmodifiableMap(d);
    this.lexicons = java.util.Collections.unmodifiableMap(l);
    // SHA-256 costs a cold JVM a fifth of a second (provider set-up, interpreted digest): the
    // bundled rules take the hash the build wrote beside them
    this.hash = knownHash != null ? knownHash : hash(files);
  }

  /** Builds a rule set from in-memory files (relative path to text); for tests and embedders. */
  public static RuleSet of(String origin, Map<String, String> files) {
    return new RuleSet(origin, new TreeMap<>(files));
  }

  /** Reads every {@code *.drl} and {@code lexicons/*.txt} below {@code dir}. */
  public static RuleSet load(Path dir) throws RuleLoadException {
    if (!Files.isDirectory(dir)) {
      throw new RuleLoadException(List.of(dir + ": not a folder of rules"));
    }
    try {
      return new RuleSet(dir.toString(), read(dir));
    } catch (IOException e) {
      throw new RuleLoadException(List.of(dir + ": cannot read rules: " + e.getMessage()));
    }
  }

  /** The rules bundled in the jar (a copy of the project's {@code rules/}). */
  public static RuleSet bundled() throws RuleLoadException {
    Map<String, String> indexed = readIndexed();
    if (indexed != null) {
      String known = indexed.remove(HASH_KEY);
      return new RuleSet("<bundled>", indexed, known);
    }
    URL url = RuleSet.class.getClassLoader().getResource(BUNDLED + "/README.md");
    if (url == null) {
      throw new RuleLoadException(List.of(BUNDLED + ": the bundled rules are missing from the class path"));
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return new RuleSet("<bundled>", read(fs.getPath("/" + BUNDLED)));
      }
      return new RuleSet("<bundled>", read(Path.of(uri).getParent()));
    } catch (IOException | URISyntaxException e) {
      throw new RuleLoadException(List.of(BUNDLED + ": cannot read the bundled rules: " + e.getMessage()));
    }
  }

  /** Where the build lists the bundled rule files, so that they are read without opening the jar as a file system. */
  static final String INDEX = "sourcecheck/rulebase/bundled.index";
  /** The index's line holding the rule set's hash, as the build computed it. */
  static final String HASH_PREFIX = "#hash ";
  private static final String HASH_KEY = "\0hash";

  /** The text of {@link #INDEX} for this rule set: its hash, then its files. */
  String index() {
    return HASH_PREFIX + hash + "\n" + String.join("\n", files()) + "\n";
  }

  private static Map<String, String> readIndexed() {
    ClassLoader cl = RuleSet.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(INDEX)) {
      if (in == null) {
        return null;
      }
      Map<String, String> files = new TreeMap<>();
      for (String rel : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (rel.isBlank()) {
          continue;
        }
        try (InputStream f = cl.getResourceAsStream(BUNDLED + "/" + rel.strip())) {
          if (f == null) {
            return null; // the index is stale: fall back to listing the folder
          }
          files.put(rel.strip(), new String(f.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      return files;
    } catch (IOException e) {
      return null;
    }
  }

  /** The files of this rule set, relative paths sorted; the build writes them as {@link #INDEX}. */
  List<String> files() {
    List<String> l = new ArrayList<>(drl.keySet());
    lexicons.keySet().forEach(n -> l.add("lexicons/" + n + ".txt"));
    l.sort(null);
    return l;
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
      for (Path p : paths) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (rel.endsWith(".drl") || rel.startsWith("lexicons/") && rel.endsWith(".txt")) {
          files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  private static String hash(Map<String, String> files) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (var e : files.entrySet()) {
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the rules came from: a folder path or {@code <bundled>}. */
  public String origin() {
    return origin;
  }

  public Map<String, String> drl() {
    return drl;
  }

  public Map<String, Lexicon> lexicons() {
    return lexicons;
  }

  /** The first 16 hex digits of a SHA-256 over every file's path and text. */
  public String hash() {
    return hash;
  }
}
