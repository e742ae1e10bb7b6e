package dev.sourcecheck.engine;

import java.util.List;

/**
 * An example a rule carries in a comment: {@code // flag: text with [[marked span]]} must give
 * exactly one finding of the rule at the marked span, {@code // pass: text} none. In the text,
 * {@code \n} is a line break. Multi-article examples separate articles with {@code ||} and may
 * start each with {@code date YYYY-MM-DD}. Immutable.
 */
public record RuleExample(boolean flag, String source, int line, List<String> articles) {
  public RuleExample {
    articles = List.copyOf(articles);
  }

  /** Parses the text after {@code flag:} or {@code pass:}. */
  static RuleExample parse(boolean flag, String raw, int line) {
    List<String> arts = new java.util.ArrayList<>();
    for (String a : raw.split("\\s\\|\\|\\s")) {
      arts.add(a.strip().replace("\\n", "\n"));
    }
    return new RuleExample(flag, raw.strip(), line, arts);
  }
}
