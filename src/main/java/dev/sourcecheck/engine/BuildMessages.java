package dev.sourcecheck.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * How a Drools build message reads to a rule author: one {@code file:line: message}, with the file
 * named as the rule set names it and Drools' line -1 (a line of generated Java) mapped back to the
 * DRL line the message is about, found by searching the rule text for what the message names.
 * Messages that only repeat another error are dropped. Stateless.
 */
final class BuildMessages {
  private BuildMessages() {}

  private static int lineOf(String text, int offset) {
    int n = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Drools messages that only repeat another error. */
  private static final Pattern NOISE = Pattern.compile(
      "Parser returned a null Package|Java source of .* in error:?|Unable to build KieBaseModel.*|Error while generating.*");
  private static final Pattern ERR_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+\\s*");
  private static final Pattern GENERATED = Pattern.compile("(^|/)src/main/java/");
  /** What to search for in the DRL to place a message Drools reports without a line. */
  private static final List<Pattern> WHAT = List.of(
      Pattern.compile("Unable to find class:?\\s*'?([\\w.$]+)"),
      Pattern.compile("The method (\\w+)\\("),
      Pattern.compile("Method (\\w+) on class"),
      Pattern.compile("(\\w+) cannot be resolved"),
      Pattern.compile("(?:left part of expression|Unable to Analyse Expression|Unable to analyze expression)\\s*:?\\s*(.+?):?$"),
      Pattern.compile("[Ff]or input string: (\"[^\"]*\")"),
      Pattern.compile("\"([^\"]{2,})\""),
      Pattern.compile("'([^']{2,})'"));

  /** One {@code file:line: message} for a Drools build message, or null for a message that only repeats another. */
  static String describe(RuleSet rules, Message m) {
    String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
    return describe(rules, path, m.getLine(), m.getText() == null ? "" : m.getText());
  }

  static String describe(RuleSet rules, String path, int line, String text) {
    String first = ERR_PREFIX.matcher(oneLine(text)).replaceFirst("").replaceFirst("\\s*:$", "");
    if (NOISE.matcher(first).matches()) {
      return null;
    }
    String file = rules.drl().containsKey(path) ? path : null;
    if (file == null || line <= 0) {
      line = -1; // a line in generated Java means nothing to a rule author
      String[] found = locate(rules, first, file);
      if (found != null) {
        file = found[0];
        line = Integer.parseInt(found[1]);
      }
    }
    String shown = file != null ? file : GENERATED.matcher(path).find() || path.isEmpty() ? null : path;
    String origin = origin(rules);
    return shown == null
        ? origin + ": " + first
        : (file != null ? where(rules, file) : origin + "/" + shown) + ":" + Math.max(line, 1) + ": " + first;
  }

  /** How error messages name a file of the rule set: its folder (see {@link #origin}) and path. */
  static String where(RuleSet rules, String file) {
    return rules.pathOf(file);
  }

  /** How error messages name the rule set's folder: its path, or {@code rules} for the bundled copy. */
  static String origin(RuleSet rules) {
    return rules.origin().equals("<bundled>") ? "rules" : rules.origin().replaceAll("/+$", "");
  }

  /**
   * Finds the DRL file and line a message without a usable line is about, by searching the rule
   * text for the class, method, expression or literal it names; a class or method is searched as a
   * whole word.
   */
  static String[] locate(RuleSet rules, String message, String file) {
    for (Pattern what : WHAT) {
      Matcher m = what.matcher(message);
      while (m.find()) {
        String needle = m.group(1).strip();
        if (needle.isEmpty()) {
          continue;
        }
        boolean word = needle.matches("[\\w.$]+");
        Pattern p = word ? Pattern.compile("(?<![\\w$])" + Pattern.quote(needle) + "(?![\\w$])") : Pattern.compile(Pattern.quote(needle));
        for (var e : rules.drl().entrySet()) {
          if (file != null && !e.getKey().equals(file)) {
            continue;
          }
          Matcher at = p.matcher(e.getValue());
          while (at.find()) {
            if (!inComment(e.getValue(), at.start()) && !afterImport(e.getValue(), at.start())) {
              return new String[] {e.getKey(), String.valueOf(lineOf(e.getValue(), at.start()))};
            }
          }
        }
      }
    }
    return null;
  }

  private static boolean inComment(String text, int offset) {
    int bol = text.lastIndexOf('\n', offset - 1) + 1;
    return text.substring(bol, offset).contains("//");
  }

  private static boolean afterImport(String text, int offset) {
    int bol = text.lastIndexOf('\n', offset - 1) + 1;
    String head = text.substring(bol, offset).strip();
    return head.startsWith("import") || head.startsWith("package");
  }

  static String oneLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }
}
