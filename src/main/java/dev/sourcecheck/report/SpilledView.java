package dev.sourcecheck.report;

import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.Score;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.score.ScorePass;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link ReportView} of a run kept on disk by {@link SpilledReport}. Built in one pass that scores
 * every entry over all its findings (256 at a time, in parallel) and keeps per article only its
 * score, how many of its findings are shown (at or above the minimum) and where the first of them
 * falls in the report; every pass after reads one entry and its findings at a time. One reader.
 */
final class SpilledView implements ReportView {
  private static final int BATCH = 256;

  private final Path file;
  private final List<long[]> entries;
  private final Map<String, List<long[]>> findings;
  private final ReportHeader header;
  private final ReportTail tail;
  private final Severity min;
  private final Score[] scores;
  /** The position of each article's first shown finding in the report, by id (articles with findings only). */
  private final Map<String, Integer> first = new HashMap<>();

  SpilledView(Path file, List<long[]> entries, Map<String, List<long[]>> findings, ReportHeader header,
      ReportTail errorsAndSkipped, RuleBase rules, Severity min) throws IOException {
    this.file = file;
    this.entries = entries;
    this.findings = findings;
    this.header = header;
    this.min = min;
    this.scores = new Score[entries.size()];
    List<ArticleSummary> compact = new ArrayList<>();
    Map<String, Integer> shown = new HashMap<>();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int from = 0; from < entries.size(); from += BATCH) {
        List<ArticleSummary> batch = new ArrayList<>();
        List<List<Finding>> theirs = new ArrayList<>();
        for (long[] at : entries.subList(from, Math.min(entries.size(), from + BATCH))) {
          ArticleSummary a = SpillCodec.summary(SpilledReport.read(ch, at));
          List<Finding> fs = findingsOf(ch, a.id());
          batch.add(a.withFindings(fs.size()));
          theirs.add(fs);
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < batch.size(); k++) {
          order.add(k);
        }
        List<Score> scored = order.parallelStream().map(k -> ScorePass.article(rules, batch.get(k), theirs.get(k))).toList();
        for (int k = 0; k < scored.size(); k++) {
          ArticleSummary a = batch.get(k);
          scores[from + k] = scored.get(k);
          shown.put(a.id(), shown(theirs.get(k)).size());
          compact.add(new ArticleSummary(a.id(), a.path(), null, null, a.source(), null, List.of(), 0, List.of(),
              a.sources(), scored.get(k), null));
        }
      }
      List<OutletScore> outlets = ScorePass.outlets(rules, compact);
      this.tail = new ReportTail(errorsAndSkipped.errors(), errorsAndSkipped.skipped(), outlets, null);
      int n = 0;
      for (String id : new TreeMap<>(findings).keySet()) {
        first.put(id, n);
        Integer k = shown.get(id);
        n += k != null ? k : shown(findingsOf(ch, id)).size();
      }
    }
  }

  @Override
  public ReportHeader header() {
    return header;
  }

  @Override
  public int articles() {
    return entries.size();
  }

  @Override
  public ReportTail tail() {
    return tail;
  }

  @Override
  public void eachArticle(ArticleVisitor v) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int k = 0; k < entries.size(); k++) {
        ArticleSummary a = SpillCodec.summary(SpilledReport.read(ch, entries.get(k)));
        List<Finding> fs = shown(findingsOf(ch, a.id()));
        v.article(a.withFindings(fs.size()).withScore(scores[k]), fs, first.getOrDefault(a.id(), 0));
      }
    }
  }

  @Override
  public void eachFinding(FindingVisitor v) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      int n = 0;
      for (String id : new TreeMap<>(findings).keySet()) {
        for (Finding f : shown(findingsOf(ch, id))) {
          v.finding(f, n++);
        }
      }
    }
  }

  private List<Finding> shown(List<Finding> fs) {
    List<Finding> out = new ArrayList<>(fs.size());
    for (Finding f : fs) {
      if (f.severity().compareTo(min) >= 0) {
        out.add(f);
      }
    }
    return out;
  }

  /** An article's findings in report order (own first, then the story stage's, as the report sorts them). */
  private List<Finding> findingsOf(FileChannel ch, String id) throws IOException {
    List<Finding> fs = new ArrayList<>();
    for (long[] at : findings.getOrDefault(id, List.of())) {
      fs.addAll(SpillCodec.findings(SpilledReport.read(ch, at)));
    }
    fs.sort(Finding.ORDER);
    return fs;
  }
}
