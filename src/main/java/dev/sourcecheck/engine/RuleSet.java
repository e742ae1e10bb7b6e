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
  /** Where files came from when they did not all come from {@link #origin} (a merged set); else empty. */
  private final Map<String, String> origins;

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
    this.origins = Map.of();
  }

  private RuleSet(String origin, Map<String, String> drl, Map<String, Lexicon> lexicons, String hash,
      Map<String, String> origins) {
    this.origin = origin;
    this.drl = java.util.Collections.unmodifiableMap(new TreeMap<>(drl));
    this.lexicons = java.util.Collections.unmodifiableMap(new TreeMap<>(lexicons));
    this.hash = hash;
    this.origins = Map.copyOf(origins);
  }

  /**
   * This rule set with the rules and lexicons of {@code extra} added (a configured extra rules
   * folder): a file of {@code extra} with the same path as one of these replaces it. Errors in a
   * file name the folder it came from.
   */
  public RuleSet with(RuleSet extra) {
    Map<String, String> d = new TreeMap<>(drl);
    Map<String, Lexicon> l = new TreeMap<>(lexicons);
    Map<String, String> from = new TreeMap<>();
    drl.keySet().forEach(f -> from.put(f, originOf(f)));
    lexicons.keySet().forEach(n -> from.put("lexicons/" + n + ".txt", originOf("lexicons/" + n + ".txt")));
    d.putAll(extra.drl);
    l.putAll(extra.lexicons);
    extra.drl.keySet().forEach(f -> from.put(f, extra.originOf(f)));
    extra.lexicons.keySet().forEach(n -> from.put("lexicons/" + n + ".txt", extra.originOf("lexicons/" + n + ".txt")));
    return new RuleSet(origin, d, l, digest(hash + "+" + extra.hash), from);
  }

  /**
   * This rule set with entries added to its lexicons (a configuration's {@code lexicons:}), each
   * parsed as a line of the lexicon file; the DRL is unchanged, the hash is not.
   *
   * @throws IllegalArgumentException naming a lexicon the set does not have
   */
  public RuleSet withLexiconEntries(Map<String, List<String>> added) {
    if (added.isEmpty()) {
      return this;
    }
    Map<String, Lexicon> l = new TreeMap<>(lexicons);
    StringBuilder key = new StringBuilder(hash);
    for (var e : new TreeMap<>(added).entrySet()) {
      Lexicon old = l.get(e.getKey());
      if (old == null) {
        throw new IllegalArgumentException("no lexicon '" + e.getKey() + "' (known: " + String.join(", ", lexicons.keySet())
            + ")");
      }
      List<Lexicon.Entry> entries = new ArrayList<>(old.entries());
      entries.addAll(Lexicon.parse(e.getKey(), String.join("\n", e.getValue())).entries());
      l.put(e.getKey(), new Lexicon(e.getKey(), entries));
      key.append('\0').append(e.getKey()).append('\0').append(String.join("\0", e.getValue()));
    }
    Map<String, String> from = new TreeMap<>(origins);
    return new RuleSet(origin, drl, l, digest(key.toString()), from);
  }

  /** How messages name a file of this set: its folder ({@code rules} for the jar's copy) and path. */
  public String pathOf(String file) {
    String o = originOf(file);
    return (o.equals("<bundled>") ? "rules" : o.replaceAll("/+$", "")) + "/" + file;
  }

  /** The folder a file of this set came from ({@code <bundled>} for the jar's copy). */
  public String originOf(String file) {
    return origins.getOrDefault(file, origin);
  }

  private static String digest(String s) {
    return hash(Map.of("", s));
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
