package dev.sourcecheck.report.markdown;

import dev.sourcecheck.report.SafeText;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.BaselineStatus;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.Score;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.ReportHeader;
import dev.sourcecheck.report.ReportView;
import dev.sourcecheck.report.ReportTail;
import dev.sourcecheck.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the Markdown report for a pull-request or CMS comment: a one-line summary, a table of
 * articles by category with the score, the outlets, then per article a collapsed table of its
 * findings (GitHub's {@code <details>}), and the input problems and baseline status. Everything
 * from an article goes through {@link #cell}. As a {@link ReportWriter} it keeps the run until
 * {@link #finish}; {@link #write(ReportView, Writer)} reads a view in passes and keeps nothing.
 * One use, one thread.
 */
public final class MarkdownReportWriter implements ReportWriter {
  private static final int CLIP = 100;

  private final Writer out;
  private ReportHeader header;
  private final List<ArticleSummary> articles = new ArrayList<>();
  private final Map<String, List<Finding>> byArticle = new LinkedHashMap<>();

  public MarkdownReportWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ReportHeader h) {
    header = h;
  }

  @Override
  public void article(ArticleSummary a) {
    articles.add(a);
  }

  @Override
  public void finding(Finding f) {
    byArticle.computeIfAbsent(f.location().article(), k -> new ArrayList<>()).add(f);
  }

  @Override
  public void finish(ReportTail tail) throws IOException {
    List<Finding> all = new ArrayList<>();
    byArticle.values().forEach(all::addAll);
    write(ReportView.of(new AuditReport(header.version(), header.rules(), articles, all, tail.errors(), tail.skipped(),
        tail.outlets(), tail.baseline()), header), out);
  }

  /**
   * Writes the report of {@code v} to {@code out} in three passes over the run (the counts, the
   * summary table, the articles' tables), each article written as it is read: nothing of the run is
   * held but the counts. Does not close {@code out}.
   */
  public static void write(ReportView v, Writer out) throws IOException {
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    int[] findings = {0};
    v.eachFinding((f, n) -> {
      findings[0]++;
      bySeverity.merge(f.severity(), 1, Integer::sum);
    });
    int articles = v.articles();
    StringBuilder b = new StringBuilder();
    b.append("### sourcecheck: ").append(articles).append(articles == 1 ? " article, " : " articles, ")
        .append(findings[0]).append(findings[0] == 1 ? " finding" : " findings");
    List<String> sev = new ArrayList<>();
    for (int i = Severity.values().length - 1; i >= 0; i--) {
      sev.add(bySeverity.getOrDefault(Severity.values()[i], 0) + " " + Severity.values()[i].label());
    }
    b.append(" (").append(String.join(", ", sev)).append(")\n\n");
    b.append("| article | score |");
    Category.ofFindings().forEach(c -> b.append(' ').append(c.label()).append(" |"));
    b.append("\n|---|---:|");
    Category.ofFindings().forEach(c -> b.append("---:|"));
    b.append('\n');
    v.eachArticle((a, fs, first) -> {
      row(b, a, fs);
      flush(b, out);
    });
    ReportTail tail = v.tail();
    outlets(b, tail.outlets());
    v.eachArticle((a, fs, first) -> {
      article(b, a, fs);
      flush(b, out);
    });
    problems(b, tail);
    b.append("\n<sub>sourcecheck ").append(cell(v.header().version())).append(", rules ").append(cell(v.header().rules()))
        .append(". The score is a triage aid, not a verdict on an article or an outlet.</sub>\n");
    out.append(b);
    out.flush();
  }

  private static void flush(StringBuilder b, Writer out) throws IOException {
    if (b.length() > 1 << 16) {
      out.append(b);
      b.setLength(0);
    }
  }

  private static void row(StringBuilder b, ArticleSummary a, List<Finding> fs) {
    Map<Category, Integer> n = new EnumMap<>(Category.class);
    fs.forEach(f -> n.merge(f.category(), 1, Integer::sum));
    b.append("| ").append(cell(name(a))).append(" | ").append(a.score() == null ? "–" : a.score().value()).append(" |");
    Category.ofFindings().forEach(c -> b.append(' ').append(n.getOrDefault(c, 0) == 0 ? "·" : n.get(c)).append(" |"));
    b.append('\n');
  }

  private static void outlets(StringBuilder b, List<OutletScore> outlets) {
    if (outlets.isEmpty()) {
      return;
    }
    b.append("\n| outlet | articles | score | recurring reasons |\n|---|---:|---:|---|\n");
    for (OutletScore o : outlets) {
      b.append("| ").append(cell(o.outlet())).append(" | ").append(o.articles()).append(" | ").append(o.score().value())
          .append(" | ").append(reasons(o.score())).append(" |\n");
    }
  }

  private static void article(StringBuilder b, ArticleSummary a, List<Finding> fs) {
    b.append("\n<details><summary><b>").append(cell(name(a))).append("</b>")
        .append(a.score() == null ? "" : " · score " + a.score().value()).append(" · ").append(fs.size())
        .append(fs.size() == 1 ? " finding" : " findings").append("</summary>\n\n");
    b.append(cell(a.path()));
    if (a.score() != null && !a.score().reasons().isEmpty()) {
      b.append(" · ").append(reasons(a.score()));
    }
    b.append("\n\n");
    if (!fs.isEmpty()) {
      b.append("| where | severity | rule | text | message |\n|---|---|---|---|---|\n");
      for (Finding f : fs) {
        var l = f.location();
        b.append("| ").append(l.line()).append(':').append(l.column()).append(" | ").append(f.severity().label())
            .append(" | `").append(f.rule()).append("` | ")
            .append(l.text().isEmpty() ? "(whole article)" : cell(clip(l.text()))).append(" | ")
            .append(cell(clip(f.message()))).append(" |\n");
      }
      b.append('\n');
    }
    b.append("</details>\n");
  }

  private static void problems(StringBuilder b, ReportTail tail) {
    BaselineStatus base = tail.baseline();
    if (tail.errors().isEmpty() && tail.skipped().isEmpty() && base == null) {
      return;
    }
    b.append('\n');
    for (InputError e : tail.errors()) {
      b.append("- error: ").append(cell(e.path())).append(": ").append(cell(e.message())).append('\n');
    }
    for (Skipped s : tail.skipped()) {
      b.append("- skipped: ").append(cell(s.path())).append(": ").append(cell(s.reason())).append('\n');
    }
    if (base != null) {
      b.append("- baseline ").append(cell(base.file())).append(": ").append(base.known())
          .append(" known finding(s) not shown; ").append(base.fixed().size()).append(" fixed since\n");
      for (BaselineStatus.Entry e : base.fixed()) {
        b.append("  - fixed: `").append(e.rule()).append("` in ").append(cell(e.article())).append(": ")
            .append(cell(clip(e.text()))).append('\n');
      }
    }
  }

  private static String reasons(Score s) {
    List<String> out = new ArrayList<>();
    for (Score.Reason r : s.reasons()) {
      out.add((r.points() > 0 ? "+" : "") + r.points() + " " + cell(r.text()));
    }
    return String.join("; ", out);
  }

  private static String name(ArticleSummary a) {
    return a.title() == null ? a.id() : clip(a.title());
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= CLIP ? one : one.substring(0, CLIP - 1) + "…";
  }

  /**
   * Text from an article, a file name or a message made safe for a Markdown table cell: on one
   * line; HTML and Markdown punctuation escaped, so no link, image, emphasis or tag is formed;
   * control characters and bidirectional overrides escaped by {@link SafeText}, the one helper
   * the text report and the CLI use too. The one place the Markdown report escapes.
   */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    String safe = SafeText.line(s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    StringBuilder sb = new StringBuilder(safe.length() + 8);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if (c == '<') {
        sb.append("&lt;");
      } else if (c == '>') {
        sb.append("&gt;");
      } else if (c == '&') {
        sb.append("&amp;");
      } else if ("\\`*_[]|~".indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
