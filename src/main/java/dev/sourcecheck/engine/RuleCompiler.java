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

  static final Set<String> ANNOTATIONS = Set.of("severity", "summary", "help");
  private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern EXAMPLE = Pattern.compile("^\\s*//\\s*(flag|pass):\\s?(.*)$");
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
      throw new RuleLoadException(List.of(rules.origin() + ": rules failed to compile: " + oneLine(e.toString())));
    }
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      errors.add(describe(rules, m));
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
    for (var e : rules.drl().entrySet()) {
      String text = e.getValue();
      Matcher m = RULE.matcher(text);
      while (m.find()) {
        String id = m.group(1);
        int line = lineOf(text, m.start(1));
        if (where.containsKey(id)) {
          errors.add(e.getKey() + ":" + line + ": rule \"" + id + "\" is defined twice (also in " + where.get(id)[0] + ")");
        }
        where.put(id, new String[] {e.getKey(), String.valueOf(line)});
        examples.put(id, examples(text, m.end()));
      }
    }
    Map<String, RuleInfo> out = new java.util.TreeMap<>();
    for (KiePackage p : packages) {
      for (Rule r : p.getRules()) {
        String id = r.getName();
        String[] w = where.getOrDefault(id, new String[] {"?", "1"});
        String at = w[0] + ":" + w[1] + ": rule \"" + id + "\": ";
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
        }
        Map<String, Object> meta = r.getMetaData();
        for (String key : meta.keySet()) {
          if (!ANNOTATIONS.contains(key)) {
            errors.add(at + "unknown annotation @" + key + " (known: @severity, @summary, @help)");
          }
        }
        String severity = unquote(meta.get("severity"));
        String summary = unquote(meta.get("summary"));
        Severity sev = null;
        if (severity == null) {
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
          out.put(id, new RuleInfo(id, category, sev, summary, w[0], Integer.parseInt(w[1]),
              examples.getOrDefault(id, List.of())));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new RuleLoadException(errors);
    }
    return out;
  }

  private static List<RuleExample> examples(String text, int from) {
    int end = text.indexOf("\nend", from);
    String body = text.substring(from, end < 0 ? text.length() : end);
    List<RuleExample> out = new ArrayList<>();
    int base = lineOf(text, from);
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXAMPLE.matcher(lines[i]);
      if (m.matches()) {
        out.add(RuleExample.parse(m.group(1).equals("flag"), m.group(2), base + i));
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

  private static int lineOf(String text, int offset) {
    int n = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static final Pattern IN_RULE = Pattern.compile("rule \"?([^\"\\s]+)\"?");
  private static final Pattern QUOTED = Pattern.compile("(?:Expression|expression|class|Class|method|field)\\s*:?\\s*([^\\n]+)");

  /** One {@code file:line: message} for a Drools build message. */
  static String describe(RuleSet rules, Message m) {
    String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
    String text = m.getText() == null ? "" : m.getText();
    String first = oneLine(text);
    int line = m.getLine();
    String file = rules.drl().containsKey(path) ? path : null;
    if (line <= 0 || file == null) {
      int[] found = locate(rules, text, file);
      if (found != null) {
        if (file == null) {
          file = rules.drl().keySet().stream().toList().get(found[0]);
        }
        line = found[1];
      }
    }
    if (file == null) {
      file = path.isEmpty() ? rules.origin() : path;
    }
    String origin = rules.origin().equals("<bundled>") ? "rules" : rules.origin();
    return origin + "/" + file + ":" + Math.max(line, 1) + ": " + first;
  }

  /** Finds the DRL file and line an unlocated message is about: its expression, class, or rule. */
  private static int[] locate(RuleSet rules, String text, String file) {
    List<String> needles = new ArrayList<>();
    Matcher q = QUOTED.matcher(text);
    while (q.find()) {
      String n = q.group(1).strip().replaceAll("[:;]+$", "");
      for (String part : n.split("\\s*[:;]\\s+")) {
        if (part.length() >= 3) {
          needles.add(part.strip());
        }
      }
    }
    Matcher r = IN_RULE.matcher(text);
    List<String> ruleNames = new ArrayList<>();
    while (r.find()) {
      ruleNames.add("rule \"" + r.group(1) + "\"");
    }
    List<String> files = new ArrayList<>(rules.drl().keySet());
    for (List<String> group : List.of(needles, ruleNames)) {
      for (String needle : group) {
        for (int i = 0; i < files.size(); i++) {
          if (file != null && !files.get(i).equals(file)) {
            continue;
          }
          String drl = rules.drl().get(files.get(i));
          int at = drl.indexOf(needle);
          if (at >= 0) {
            return new int[] {i, lineOf(drl, at)};
          }
        }
      }
    }
    return null;
  }

  static String oneLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }
}
