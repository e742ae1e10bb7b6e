package dev.sourcecheck.engine;

import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a {@link RuleSet}'s DRL with Drools' executable model, reports every error as {@code
 * file:line: message} (mapping Drools' line -1 back to the DRL line), and validates each rule's id,
 * folder and annotations. Thread-safe: each build has its own release id.
 */
final class RuleCompiler {
  private RuleCompiler() {}

  static final Set<String> ANNOTATIONS = Set.of("severity", "summary", "help", "weight");
  private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern EXAMPLE = Pattern.compile("^\\s*//\\s*(flag|pass|score):\\s?(.*)$");
  private static final AtomicInteger BUILDS = new AtomicInteger();

  /** A compiled rule base, as bytes of a KIE module and the container loaded from it. */
  record Compiled(KieContainer container, ReleaseId releaseId, byte[] module) {}

  static Compiled compile(RuleSet rules) throws RuleLoadException {
    KieServices ks = KieServices.Factory.get();
    ReleaseId rid = ks.newReleaseId("dev.sourcecheck.rules", "rules-" + rules.hash() + "-" + BUILDS.incrementAndGet(),
        "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(rid);
    for (var e : rules.drl().entrySet()) {
      kfs.write("src/main/resources/" + e.getKey(), e.getValue());
    }
    List<String> errors = new ArrayList<>();
    KieBuilder builder;
    try {
      builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    } catch (RuntimeException e) {
      // some errors (a type mismatch such as line > "abc") are thrown rather than reported
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String why = root instanceof NumberFormatException
          ? "not a number where a number is expected: " + BuildMessages.oneLine(String.valueOf(root.getMessage()))
          : BuildMessages.oneLine(String.valueOf(root.getMessage() == null ? root : root.getMessage()));
      throw new RuleLoadException(List.of(BuildMessages.describe(rules, "", -1, why)));
    }
    List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
    for (Message m : messages) {
      String d = BuildMessages.describe(rules, m);
      if (d != null) {
        errors.add(d);
      }
    }
    if (errors.isEmpty() && !messages.isEmpty()) {
      errors.add(BuildMessages.origin(rules) + ": rules failed to compile: " + BuildMessages.oneLine(messages.get(0).getText()));
    }
    if (!errors.isEmpty()) {
      throw new RuleLoadException(errors.stream().distinct().toList());
    }
    byte[] module = ((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule()).getBytes();
    KieContainer container = ks.newKieContainer(rid);
    return new Compiled(container, rid, module);
  }

  /** Validates ids, folders and annotations against the compiled rules, and collects examples. */
  static Map<String, RuleInfo> catalog(RuleSet rules, Iterable<KiePackage> packages) throws RuleLoadException {
    Map<String, String[]> where = new LinkedHashMap<>(); // id -> {file, line}
    List<String> errors = new ArrayList<>();
    Map<String, List<RuleExample>> examples = new LinkedHashMap<>();
    Map<String, List<String>> lexiconsUsed = new LinkedHashMap<>();
    for (var e : rules.drl().entrySet()) {
      String text = e.getValue();
      Matcher m = RULE.matcher(text);
      int counted = 0; // lines are counted once per file, not from the top for every rule
      int line = 1;
      while (m.find()) {
        String id = m.group(1);
        line += newlines(text, counted, m.start(1));
        counted = m.start(1);
        if (where.containsKey(id)) {
          errors.add(BuildMessages.where(rules, e.getKey()) + ":" + line + ": rule \"" + id + "\" is defined twice (also in "
              + where.get(id)[0] + ")");
        }
        where.put(id, new String[] {e.getKey(), String.valueOf(line)});
        examples.put(id, examples(text, m.end(), line));
        lexiconsUsed.put(id, RuleAnnotations.lexiconsUsed(rules, text, m.end()));
      }
    }
    Map<String, RuleInfo> out = new java.util.TreeMap<>();
    for (KiePackage p : packages) {
      for (Rule r : p.getRules()) {
        String id = r.getName();
        String[] w = where.getOrDefault(id, new String[] {"?", "1"});
        String at = BuildMessages.where(rules, w[0]) + ":" + w[1] + ": rule \"" + id + "\": ";
        if (!ID.matcher(id).matches()) {
          errors.add(at + "the name must be a rule id 'category.slug' in lower-case kebab case");
          continue;
        }
        Category category = Category.ofRuleId(id);
        String folder = w[0].contains("/") ? w[0].substring(0, w[0].indexOf('/')) : "";
        if (category == null) {
          errors.add(at + "unknown category '" + id.substring(0, id.indexOf('.')) + "'");
          continue;
        }
        if (!category.label().equals(folder)) {
          errors.add(at + "a " + category.label() + " rule must live in rules/" + category.label() + "/");
        } else if (!p.getName().equals(folder)) {
          errors.add(at + "a rule in rules/" + folder + "/ must declare 'package " + folder + ";', not '"
              + p.getName() + "'");
        }
        Map<String, Object> meta = r.getMetaData();
        for (String key : meta.keySet()) {
          if (!ANNOTATIONS.contains(key)) {
            int line = annotationLine(rules.drl().get(w[0]), Integer.parseInt(w[1]), key);
            errors.add(BuildMessages.where(rules, w[0]) + ":" + line + ": rule \"" + id + "\": unknown annotation @" + key
                + " (known: @severity, @summary, @help, @weight)");
          }
        }
        String severity = unquote(meta.get("severity"));
        String summary = unquote(meta.get("summary"));
        Integer weight = RuleAnnotations.weight(meta, category, at, errors);
        Severity sev = null;
        if (severity == null && !category.raisesFindings()) {
          sev = Severity.INFO; // a score rule raises no finding: its severity is never shown
        } else if (severity == null) {
          errors.add(at + "missing @severity(\"info|warning|error\")");
        } else {
          try {
            sev = Severity.parse(severity);
          } catch (IllegalArgumentException ex) {
            errors.add(at + "@severity: " + ex.getMessage());
          }
        }
        if (summary == null || summary.isBlank()) {
          errors.add(at + "missing @summary(\"...\")");
        }
        if (sev != null && summary != null) {
          out.put(id, new RuleInfo(id, category, sev, summary, unquote(meta.get("help")), w[0],
              Integer.parseInt(w[1]), examples.getOrDefault(id, List.of()), lexiconsUsed.getOrDefault(id, List.of()),
              weight));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new RuleLoadException(errors);
    }
    return out;
  }

  /** The line of {@code @key} in the rule starting at {@code ruleLine}, else the rule's line. */
  private static int annotationLine(String text, int ruleLine, String key) {
    if (text == null) {
      return ruleLine;
    }
    String[] lines = text.split("\n", -1);
    for (int i = ruleLine - 1; i < lines.length; i++) {
      if (lines[i].strip().startsWith("@" + key)) {
        return i + 1;
      }
      if (lines[i].strip().equals("when")) {
        break;
      }
    }
    return ruleLine;
  }

  private static int newlines(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The examples in the rule whose name ends at {@code from}, on line {@code base}. */
  private static List<RuleExample> examples(String text, int from, int base) {
    int end = text.indexOf("\nend", from);
    String body = text.substring(from, end < 0 ? text.length() : end);
    List<RuleExample> out = new ArrayList<>();
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXAMPLE.matcher(lines[i]);
      if (m.matches()) {
        out.add(RuleExample.parse(RuleExample.Kind.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)), m.group(2),
            base + i));
      }
    }
    return out;
  }

  static String unquote(Object o) {
    if (o == null) {
      return null;
    }
    String s = o.toString().strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}
