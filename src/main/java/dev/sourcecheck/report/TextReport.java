package dev.sourcecheck.report;

import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.BaselineStatus;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.Score;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.finding.QuoteSummary;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.finding.SourceCounts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for people: per article its metadata and source counts, its findings one line each
 * ({@code line:col severity rule "text" message}, related places indented under cross-source
 * findings) and who is quoted where; then the input errors and a summary. Stateless and thread-safe.
 */
public final class TextReport {
  private TextReport() {}

  private static final int TEXT_WIDTH = 70;

  public static String render(AuditReport r) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(r, w);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  /** Writes the report to {@code out} article by article, never holding it as one string; does not close {@code out}. */
  public static void write(AuditReport r, java.io.Writer out) throws java.io.IOException {
    write(ReportView.of(r, ReportHeader.of(r, List.of())), out);
  }

  /**
   * Writes the report of {@code v} to {@code out} in one pass over its articles, each written with
   * its findings as it is read: nothing but the counts of the summary is kept. Does not close {@code out}.
   */
  public static void write(ReportView v, java.io.Writer out) throws java.io.IOException {
    StringBuilder sb = new StringBuilder();
    Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    int[] findings = {0};
    v.eachArticle((a, fs, first) -> {
      for (Finding f : fs) {
        byCategory.merge(f.category(), 1, Integer::sum);
        bySeverity.merge(f.severity(), 1, Integer::sum);
      }
      findings[0] += fs.size();
      article(sb, a, fs);
      out.append(sb);
      sb.setLength(0);
    });
    ReportTail t = v.tail();
    for (InputError e : t.errors()) {
      sb.append("error: ").append(safe(e.path())).append(": ").append(safe(e.message())).append('\n');
    }
    for (Skipped s : t.skipped()) {
      sb.append("skipped: ").append(safe(s.path())).append(": ").append(safe(s.reason())).append('\n');
    }
    for (OutletScore o : t.outlets()) {
      sb.append("outlet ").append(safe(o.outlet())).append(" (").append(o.articles())
          .append(o.articles() == 1 ? " article" : " articles").append("): score ").append(o.score().value())
          .append(score(o.score())).append('\n');
    }
    sb.append(summary(v.articles(), t, findings[0], byCategory, bySeverity)).append('\n');
    BaselineStatus b = t.baseline();
    if (b != null) {
      sb.append("baseline ").append(safe(String.valueOf(b.file()))).append(": ").append(b.known()).append(" known finding(s) not shown, ")
          .append(b.fixed().size()).append(" fixed since\n");
      for (BaselineStatus.Entry e : b.fixed()) {
        sb.append("  fixed: ").append(safe(e.rule())).append(" in ").append(e.article()).append(" \"").append(clip(e.text()))
            .append("\"\n");
      }
    }
    out.append(sb);
    out.flush();
  }

  private static void article(StringBuilder sb, ArticleSummary a, List<Finding> fs) {
    sb.append(safe(a.path())).append("  [").append(safe(a.id())).append("]\n");
    List<String> meta = new ArrayList<>();
    if (a.title() != null) {
      meta.add("title: " + clip(a.title()));
    }
    meta.add("published: " + (a.published() == null ? "unknown" : safe(String.valueOf(a.published()))));
    if (a.byline() != null) {
      meta.add("by: " + safe(a.byline()));
    }
    if (!a.contributors().isEmpty()) {
      meta.add("contributors: " + safe(String.join(", ", a.contributors())));
    }
    if (a.source() != null) {
      meta.add("source: " + safe(a.source()));
    }
    sb.append("  ").append(String.join(" · ", meta)).append('\n');
    SourceCounts sc = a.sources();
    sb.append("  sources: ").append(sc.named()).append(" named, ").append(sc.vague()).append(" vague, ")
        .append(sc.none()).append(" none\n");
    if (a.score() != null) {
      sb.append("  score: ").append(a.score().value()).append(score(a.score())).append('\n');
    }
    if (fs.isEmpty()) {
      sb.append("  no findings\n");
    }
    for (Finding f : fs) {
      Location l = f.location();
      sb.append(String.format(Locale.ROOT, "  %4d:%-3d %-7s %-34s %s%n", l.line(), l.column(), f.severity().label(), safe(f.rule()),
          l.text().isEmpty() ? "(whole article)" : "\"" + clip(l.text()) + "\""));
      sb.append("            ").append(safe(f.message())).append('\n');
      for (Location o : f.related()) {
        sb.append("            ").append(o.role() == null ? "see" : safe(o.role())).append(' ')
            .append(safe(o.article())).append(':').append(o.line()).append(':').append(o.column())
            .append(" \"").append(clip(o.text())).append("\"\n");
      }
    }
    if (!a.quotes().isEmpty()) {
      sb.append("  quoted:\n");
      for (QuoteSummary q : a.quotes()) {
        String who = q.speaker() == null ? "(no speaker)" : safe(q.speaker() + (q.role() == null ? "" : ", " + q.role()));
        sb.append(String.format(Locale.ROOT, "  %4d:%-3d %s: \"%s\"%n", q.line(), q.column(), who, clip(q.text())));
      }
    }
    sb.append('\n');
  }

  /** A score's reasons, largest cost first: {@code " (-7 2 of 8 sources are vague; +8 4 named people are quoted)"}. */
  private static String score(Score s) {
    List<String> parts = new ArrayList<>();
    for (Score.Reason x : s.reasons()) {
      parts.add((x.points() > 0 ? "+" : "") + x.points() + " " + safe(x.text()));
    }
    return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
  }

  static String summary(int articles, ReportTail t, int findings, Map<Category, Integer> byCategory,
      Map<Severity, Integer> bySeverity) {
    StringBuilder sb = new StringBuilder();
    sb.append(articles).append(articles == 1 ? " article" : " articles").append(" audited, ")
        .append(t.errors().size()).append(" failed, ").append(t.skipped().size()).append(" skipped; ")
        .append(findings).append(findings == 1 ? " finding" : " findings");
    List<String> parts = new ArrayList<>();
    byCategory.forEach((Category c, Integer n) -> parts.add(c.label() + " " + n));
    List<String> sev = new ArrayList<>();
    bySeverity.forEach((Severity s, Integer n) -> sev.add(s.label() + " " + n));
    if (!parts.isEmpty()) {
      sb.append(" (").append(String.join(", ", parts)).append("; ").append(String.join(", ", sev)).append(')');
    }
    return sb.toString();
  }

  /** One line of at most {@value #TEXT_WIDTH} characters (before escaping), control characters escaped. */
  static String clip(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return safe(one.length() <= TEXT_WIDTH ? one : one.substring(0, TEXT_WIDTH - 1) + "…");
  }

  private static String safe(String s) {
    return SafeText.line(s);
  }
}
