package dev.sourcecheck.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An example a rule carries in a comment: {@code // flag: text with [[marked span]]} must give
 * exactly one finding of the rule at the marked span, {@code // pass: text} none. In the text,
 * {@code \n} is a line break. Multi-article examples separate articles with {@code ||} and may
 * start each with {@code date YYYY-MM-DD}. Score rules ({@code rules/score/}) use the same
 * {@code flag:} and {@code pass:} for "gives this article points" and "gives none", may end a
 * flag example with {@code => N} for the points, and carry {@code // score: text => N} for the
 * article's whole score. Immutable.
 *
 * @param expected the number after {@code =>}, or null
 */
public record RuleExample(Kind kind, String source, int line, List<String> articles, Integer expected) {
  /** What an example asserts. */
  public enum Kind { FLAG, PASS, SCORE }

  private static final Pattern EXPECT = Pattern.compile("\\s=>\\s*(-?\\d+)\\s*$");

  public RuleExample {
    articles = List.copyOf(articles);
  }

  public boolean flag() {
    return kind == Kind.FLAG;
  }

  /** Parses the text after {@code flag:}, {@code pass:} or {@code score:}. */
  public static RuleExample parse(Kind kind, String raw, int line) {
    String text = raw;
    Integer expected = null;
    Matcher m = EXPECT.matcher(raw);
    if (m.find()) {
      expected = Integer.parseInt(m.group(1));
      text = raw.substring(0, m.start());
    }
    List<String> arts = new java.util.ArrayList<>();
    for (String a : text.split("\\s\\|\\|\\s")) {
      arts.add(a.strip().replace("\\n", "\n"));
    }
    return new RuleExample(kind, raw.strip(), line, arts, expected);
  }
}
