package dev.sourcecheck.ruletest;

import dev.sourcecheck.Auditor;
import dev.sourcecheck.engine.RuleExample;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.Score;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputKind;
import dev.sourcecheck.parse.Stated;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Checks a rule against the examples it carries (LanguageTool style). A finding rule's {@code
 * flag:} example gives exactly one finding of the rule, at the span marked {@code [[...]]}, in the
 * article holding the mark; a {@code pass:} example gives none. A score rule's {@code flag:} gives
 * exactly one reason of the rule to the target article or its outlet (with {@code => N}, of N
 * points), its {@code pass:} gives none, and {@code score: ... => N} says the score the rule
 * computes for the target is N; the target is the article holding a {@code [[mark]]}, else the
 * first. An article that starts with {@code html } is a web page: its finding must hold exactly the
 * text of the marked HTML (the audited text of a page is not the page's source). Stateless and
 * thread-safe.
 */
public final class ExampleRunner {
  private ExampleRunner() {}

  /** A failed check: the DRL file and line of the rule or example, and why. */
  public record Failure(String file, int line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  /** An example made ready to audit: articles by id (a, b, c...), and where the mark was. */
  public record Prepared(Map<String, String> articles, String markedArticle, int start, int end) {
    /** The article an example is about: the marked one, else the first. */
    public String target() {
      return markedArticle != null ? markedArticle : "a";
    }
  }

  /** Every check of one rule: that it carries the examples it must, then each example. */
  public static List<Failure> run(Auditor auditor, RuleInfo rule) {
    List<Failure> out = new ArrayList<>();
    String missing = missingExamples(rule);
    if (missing != null) {
      out.add(new Failure(rule.file(), rule.line(), missing));
    }
    for (RuleExample ex : rule.examples()) {
      String why = check(auditor, rule, ex);
      if (why != null) {
        out.add(new Failure(rule.file(), ex.line(), why));
      }
    }
    return out;
  }

  /** Why the rule lacks the examples it must carry, or null. */
  public static String missingExamples(RuleInfo rule) {
    boolean flag = rule.examples().stream().anyMatch(e -> e.kind() == RuleExample.Kind.FLAG);
    boolean pass = rule.examples().stream().anyMatch(e -> e.kind() == RuleExample.Kind.PASS);
    boolean score = rule.examples().stream().anyMatch(e -> e.kind() == RuleExample.Kind.SCORE);
    if (rule.category() == Category.SCORE && score || flag && pass) {
      return null;
    }
    return "rule " + rule.id() + " carries no " + (flag ? "'// pass:'" : "'// flag:'") + " example"
        + (rule.category() == Category.SCORE ? " (a score rule carries flag and pass examples, or score examples)" : "");
  }

  /** Null when the example holds, else what went wrong. */
  public static String check(Auditor auditor, RuleInfo rule, RuleExample ex) {
    boolean scoring = rule.category() == Category.SCORE;
    Prepared p;
    try {
      p = prepare(ex, scoring);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (!scoring && (ex.kind() == RuleExample.Kind.SCORE || ex.expected() != null)) {
      return "'score:' examples and '=> N' are for score rules: " + ex.source();
    }
    if (ex.kind() == RuleExample.Kind.SCORE && ex.expected() == null) {
      return "a 'score:' example ends with '=> N', the score: " + ex.source();
    }
    AuditReport report = audit(auditor, p);
    if (!report.errors().isEmpty()) {
      return "input errors: " + report.errors();
    }
    return scoring ? ScoreCheck.check(report, rule, ex, p) : checkFindings(report, rule, ex, p);
  }

  static final String HTML = "html ";

  /** Audits the prepared articles; those that start with {@code html } as web pages. */
  static AuditReport audit(Auditor auditor, Prepared p) {
    if (p.articles().values().stream().noneMatch(t -> t.startsWith(HTML))) {
      return auditor.auditTexts(p.articles());
    }
    List<Input> inputs = new ArrayList<>();
    p.articles().forEach((id, text) -> inputs.add(text.startsWith(HTML)
        ? new Input(id + ".html", id, text.substring(HTML.length()).getBytes(StandardCharsets.UTF_8), InputKind.HTML,
            Stated.NONE)
        : new Input(id, id, text.getBytes(StandardCharsets.UTF_8))));
    return auditor.audit(inputs, List.of(), List.of());
  }

  private static String checkFindings(AuditReport report, RuleInfo rule, RuleExample ex, Prepared p) {
    List<Finding> mine = report.findings().stream().filter(f -> f.rule().equals(rule.id())).toList();
    if (!ex.flag()) {
      return mine.isEmpty() ? null : "pass example flagged by " + rule.id() + ": " + describe(mine);
    }
    if (mine.size() != 1) {
      return "expected exactly one finding of " + rule.id() + ", got " + describe(mine);
    }
    Finding f = mine.get(0);
    String page = p.articles().get(p.markedArticle());
    if (page.startsWith(HTML)) {
      String shown = p.markedArticle() + " \"" + Jsoup.parseBodyFragment(page.substring(p.start(), p.end())).text() + "\"";
      String actual = f.location().article() + " \"" + f.location().text() + "\"";
      return shown.equals(actual) ? null : "finding does not hold the marked page text: expected " + shown + ", got " + actual;
    }
    String expected = p.markedArticle() + "[" + p.start() + "," + p.end() + ") \""
        + p.articles().get(p.markedArticle()).substring(p.start(), p.end()) + "\"";
    String actual = describe(List.of(f));
    actual = actual.substring(1, actual.length() - 1);
    return expected.equals(actual) ? null : "finding not at the marked span: expected " + expected + ", got " + actual;
  }

  /**
   * Strips the {@code [[...]]} mark and names the articles a, b, c...; a flag example of a finding
   * rule must carry a mark, a score rule's may (it then names the target article).
   */
  public static Prepared prepare(RuleExample ex, boolean scoreRule) {
    Map<String, String> texts = new LinkedHashMap<>();
    String marked = null;
    int start = -1;
    int end = -1;
    for (int i = 0; i < ex.articles().size(); i++) {
      String id = String.valueOf((char) ('a' + i));
      String text = ex.articles().get(i);
      int open = text.indexOf("[[");
      if (open >= 0) {
        int close = text.indexOf("]]", open);
        if (close < 0 || marked != null || text.indexOf("[[", open + 2) >= 0) {
          throw new IllegalArgumentException("an example has at most one [[...]] mark: " + ex.source());
        }
        marked = id;
        start = open;
        end = close - 2;
        text = text.substring(0, open) + text.substring(open + 2, close) + text.substring(close + 2);
      }
      texts.put(id, text);
    }
    if (ex.kind() == RuleExample.Kind.FLAG && marked == null && !scoreRule) {
      throw new IllegalArgumentException("a flag example needs a [[marked span]]: " + ex.source());
    }
    if (ex.kind() == RuleExample.Kind.PASS && marked != null) {
      throw new IllegalArgumentException("a pass example has no [[mark]]: " + ex.source());
    }
    return new Prepared(texts, marked, start, end);
  }

  static String describe(List<Finding> fs) {
    return fs.stream().map(f -> f.location().article() + "[" + f.location().start() + "," + f.location().end() + ") \""
        + f.location().text() + "\"").toList().toString();
  }

  /** The target article's score and its outlet's, whichever exist. */
  static List<Score> scoresOf(AuditReport report, String article) {
    List<Score> out = new ArrayList<>();
    for (ArticleSummary a : report.articles()) {
      if (a.id().equals(article)) {
        if (a.score() != null) {
          out.add(a.score());
        }
        for (OutletScore o : report.outlets()) {
          if (o.outlet().equals(a.outlet())) {
            out.add(o.score());
          }
        }
      }
    }
    return out;
  }
}
