package dev.sourcecheck.engine;

import dev.sourcecheck.lexicon.LexiconMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A compiled rule set: the Drools {@link KieBase}, the catalog of rules with their metadata, and
 * the lexicons. Built once and shared: it is immutable and thread-safe, and each audit opens its
 * own session. Compiling DRL costs seconds, so a compiled rule base is kept as a KIE module keyed by
 * the rule set's hash: the bundled rules are precompiled by the build, and a {@code --rules} folder
 * is compiled once and cached on disk.
 */
public final class RuleBase {
  private static final Map<String, RuleBase> LOADED = new ConcurrentHashMap<>();
  static final String PRECOMPILED = "sourcecheck/rulebase/";
  /** A digest of the build's classes: compiled modules from another build may call methods that are gone. */
  static final String BUILD_ID = "sourcecheck/rulebase/build.id";

  private final RuleSet rules;
  private final KieBase kieBase;
  private final Map<String, RuleInfo> catalog;
  private final LexiconMatcher matcher;
  /** Idle sessions of {@link #kieBase}, shared by every rule base over it (see {@link #newSession()}). */
  private final Sessions sessions;

  /** Where a rule base's compiled form came from. */
  public enum Source {
    /** Compiled by the build and bundled in the jar. */
    PRECOMPILED,
    /** Compiled by an earlier run and read from the disk cache. */
    CACHE,
    /** Compiled from DRL by this JVM (seconds). */
    COMPILED
  }

  private final Source source;

  /**
   * Lexicons whose name starts with one of these are read by their own finders (the HTML extractor's
   * page-*, the glued-marker finder's glued-*, the word sets the parse, fact and story stages read as sets or
   * build patterns of, words-*) and never matched word by word in article text.
   */
  public static final java.util.List<String> UNMATCHED_PREFIXES = java.util.List.of("page-", "glued-", "words-");

  private RuleBase(RuleSet rules, KieBase kieBase, Map<String, RuleInfo> catalog, Source source, Sessions sessions) {
    this.source = source;
    this.sessions = sessions;
    this.rules = rules;
    this.kieBase = kieBase;
    this.catalog = Map.copyOf(catalog);
    this.matcher = new LexiconMatcher(rules.lexicons().values().stream()
        .filter(l -> UNMATCHED_PREFIXES.stream().noneMatch(l.name()::startsWith)).toList());
  }

  /** The rules bundled with sourcecheck. */
  public static RuleBase bundled() throws RuleLoadException {
    return of(RuleSet.bundled());
  }

  /** The rules in a folder laid out like the project's {@code rules/}. */
  public static RuleBase load(Path dir) throws RuleLoadException {
    return of(RuleSet.load(dir));
  }

  /** A rule base for the given rule set; the same rule set (by hash) is compiled once per JVM. */
  public static RuleBase of(RuleSet rules) throws RuleLoadException {
    RuleBase known = LOADED.get(rules.hash());
    if (known != null) {
      return known;
    }
    synchronized (LOADED) {
      known = LOADED.get(rules.hash());
      if (known == null) {
        known = build(rules);
        LOADED.put(rules.hash(), known);
      }
      return known;
    }
  }

  /** Builds a rule base without looking at the ones this JVM already holds; for tests of the cache. */
  static RuleBase build(RuleSet rules) throws RuleLoadException {
    KieBase kb = null;
    Source source = Source.COMPILED;
    byte[] module = precompiled(rules.hash());
    if (module != null) {
      kb = tryLoad(module);
      source = kb == null ? source : Source.PRECOMPILED;
    }
    Path cached = cacheFile(rules.hash());
    if (kb == null && cached != null && Files.isRegularFile(cached)) {
      try {
        kb = tryLoad(Files.readAllBytes(cached));
        source = kb == null ? source : Source.CACHE;
      } catch (IOException e) {
        kb = null; // an unreadable cache entry: compile instead
      }
    }
    if (kb == null) {
      RuleCompiler.Compiled compiled = RuleCompiler.compile(rules);
      kb = compiled.container().getKieBase();
      store(cached, compiled.module());
    }
    return new RuleBase(rules, kb, RuleCompiler.catalog(rules, kb.getKiePackages()), source, new Sessions(kb));
  }

  private static KieBase tryLoad(byte[] module) {
    try {
      return ModuleLoader.load(module);
    } catch (RuntimeException e) {
      return null; // a stale or damaged module (say, from another Drools version): compile instead
    }
  }

  /** Compiles a rule set to module bytes; the build uses this to precompile the bundled rules. */
  static byte[] compileToModule(RuleSet rules) throws RuleLoadException {
    RuleCompiler.Compiled c = RuleCompiler.compile(rules);
    RuleCompiler.catalog(rules, c.container().getKieBase().getKiePackages());
    return c.module();
  }

  private static byte[] precompiled(String hash) {
    try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(PRECOMPILED + hash + ".kjar")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Where a compiled rule set is cached: the folder named by the system property {@code
   * sourcecheck.cache}, else {@code $SOURCECHECK_CACHE}, else {@code $XDG_CACHE_HOME/sourcecheck},
   * else {@code ~/.cache/sourcecheck}.
   */
  static Path cacheFile(String hash) {
    String dir = System.getProperty("sourcecheck.cache");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("SOURCECHECK_CACHE");
    }
    if (dir == null || dir.isBlank()) {
      String xdg = System.getenv("XDG_CACHE_HOME");
      String home = System.getProperty("user.home");
      if (xdg != null && !xdg.isBlank()) {
        dir = Path.of(xdg, "sourcecheck").toString();
      } else if (home != null) {
        dir = Path.of(home, ".cache", "sourcecheck").toString();
      } else {
        return null;
      }
    }
    return Path.of(dir, "rulebase-" + hash + "-" + buildId() + ".kjar");
  }

  private static String buildId() {
    try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(BUILD_ID)) {
      return in == null ? "dev" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "dev";
    }
  }

  private static void store(Path file, byte[] module) {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "rulebase", ".tmp");
      Files.write(tmp, module);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // the cache is an optimisation: an unwritable cache folder only costs the next run a compile
    }
  }

  /**
   * This rule base with entries added to its lexicons: the compiled rules are shared (they do not
   * depend on word lists), the matcher and the hash are new.
   *
   * @throws IllegalArgumentException naming a lexicon the rule set does not have
   */
  public RuleBase withLexiconEntries(Map<String, List<String>> added) {
    return added.isEmpty() ? this : new RuleBase(rules.withLexiconEntries(added), kieBase, catalog, source, sessions);
  }

  /**
   * An empty session for one audit, from a pool: {@code dispose()} resets it and gives it back, so
   * the session's node memories are built once per concurrent user, not once per article. A session
   * whose run failed part-way goes to {@link #discard} instead.
   */
  public KieSession newSession() {
    return newSession("");
  }

  /** As {@link #newSession()}, from the pool of sessions of {@code pass} (see {@code Sessions}). */
  public KieSession newSession(Object pass) {
    return sessions.take(pass);
  }

  /**
   * Whether a fact of class {@code c} can reach any rule of this rule base (a pattern of its class
   * or a supertype). A run need not insert the others: no rule can match them.
   */
  public boolean reaches(Class<?> c) {
    return sessions.reaches(c);
  }

  /** Lets go of a session of {@link #newSession()} that a failed run left part-way: it is not reused. */
  public static void discard(KieSession session) {
    Sessions.discard(session);
  }

  /** Whether this rule base was precompiled, read from the cache, or compiled by this JVM. */
  public Source source() {
    return source;
  }

  public RuleSet rules() {
    return rules;
  }

  /** The rule set's hash, reported as the {@code rules} of the tool. */
  public String hash() {
    return rules.hash();
  }

  public Map<String, RuleInfo> catalog() {
    return catalog;
  }

  public RuleInfo rule(String id) {
    RuleInfo r = catalog.get(id);
    if (r == null) {
      throw new IllegalArgumentException("no rule '" + id + "' in " + rules.origin());
    }
    return r;
  }

  public LexiconMatcher matcher() {
    return matcher;
  }

  /** The rules sorted by id. */
  public List<RuleInfo> list() {
    List<RuleInfo> l = new ArrayList<>(catalog.values());
    l.sort(java.util.Comparator.comparing(RuleInfo::id));
    return l;
  }
}
