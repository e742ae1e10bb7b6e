package dev.sourcecheck.report;

import dev.sourcecheck.AuditSink;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.score.ScorePass;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A streamed run's sink ({@link dev.sourcecheck.Auditor#stream}) that keeps the article entries
 * and findings in a temporary file, not in memory, and then writes the report a {@link
 * AuditReport} would give, byte for byte ({@link #write}): entries in input order, scored over all
 * their findings, then the findings in report order ({@link Finding#ORDER}), then the tail. Memory
 * is a few offsets per article and the compact entries the outlets' scores need. One run, one
 * thread; {@link #close} deletes the file.
 */
public final class SpilledReport implements AuditSink, Closeable {
  private final Path file;
  private final Counting counter;
  private final DataOutputStream out;
  /** Each entry's {offset, length} in the file, in input order. */
  private final List<long[]> entries = new ArrayList<>();
  /** Each article's findings: {offset, length} of their blocks, own findings first. */
  private final Map<String, List<long[]>> findings = new HashMap<>();
  private final List<InputError> errors = new ArrayList<>();
  private Severity worst;

  public SpilledReport() throws IOException {
    this.file = Files.createTempFile("sourcecheck-run-", ".bin");
    this.counter = new Counting(new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16));
    this.out = new DataOutputStream(counter);
  }

  @Override
  public void article(ArticleSummary summary, List<Finding> own) {
    try {
      long at = position();
      SpillCodec.summary(out, summary);
      entries.add(new long[] {at, position() - at});
      if (!own.isEmpty()) {
        block(summary.id(), own);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void across(List<Finding> across) {
    Map<String, List<Finding>> byArticle = new LinkedHashMap<>();
    across.forEach(f -> byArticle.computeIfAbsent(f.location().article(), k -> new ArrayList<>()).add(f));
    try {
      for (var e : byArticle.entrySet()) {
        block(e.getKey(), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void error(InputError error) {
    errors.add(error);
  }

  private void block(String article, List<Finding> fs) throws IOException {
    for (Finding f : fs) {
      worst = worst == null || f.severity().compareTo(worst) > 0 ? f.severity() : worst;
    }
    long at = position();
    SpillCodec.findings(out, fs);
    findings.computeIfAbsent(article, k -> new ArrayList<>()).add(new long[] {at, position() - at});
  }

  private long position() {
    return counter.count;
  }

  /** The input errors, in report order. */
  public List<InputError> errors() {
    return List.copyOf(errors);
  }

  /** Whether any finding (shown or not) is at or above {@code s}. */
  public boolean hasFindingsAtLeast(Severity s) {
    return worst != null && worst.compareTo(s) >= 0;
  }

  /**
   * Writes the report to {@code w}: every entry scored over all its findings (in batches, in
   * parallel), counting those at or above {@code min}; then, with {@code withFindings}, those
   * findings in report order; then errors, skipped files and the outlets' scores.
   */
  public void write(ReportWriter w, ReportHeader header, RuleBase rules, Severity min, List<Skipped> skipped,
      boolean withFindings) throws IOException {
    out.flush();
    List<ArticleSummary> compact = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      w.start(header);
      for (int from = 0; from < entries.size(); from += 256) {
        List<ArticleSummary> batch = new ArrayList<>();
        List<List<Finding>> theirs = new ArrayList<>();
        for (long[] at : entries.subList(from, Math.min(entries.size(), from + 256))) {
          ArticleSummary a = SpillCodec.summary(read(ch, at));
          List<Finding> fs = findingsOf(ch, a.id());
          batch.add(a.withFindings(fs.size()));
          theirs.add(fs);
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < batch.size(); k++) {
          order.add(k);
        }
        List<ArticleSummary> scored = order.parallelStream()
            .map(k -> batch.get(k).withScore(ScorePass.article(rules, batch.get(k), theirs.get(k)))).toList();
        for (int k = 0; k < scored.size(); k++) {
          ArticleSummary a = scored.get(k);
          int shown = (int) theirs.get(k).stream().filter(f -> f.severity().compareTo(min) >= 0).count();
          w.article(a.withFindings(shown));
          compact.add(new ArticleSummary(a.id(), a.path(), null, null, a.source(), null, List.of(), 0, List.of(),
              a.sources(), a.score(), null));
        }
      }
      List<OutletScore> outlets = ScorePass.outlets(rules, compact);
      compact = null;
      if (withFindings) {
        for (String id : new TreeMap<>(findings).keySet()) {
          for (Finding f : findingsOf(ch, id)) {
            if (f.severity().compareTo(min) >= 0) {
              w.finding(f);
            }
          }
        }
      }
      w.finish(new ReportTail(errors, skipped, outlets, null));
    }
  }

  /** An article's findings in report order (own first, then the story stage's, as the report sorts them). */
  private List<Finding> findingsOf(FileChannel ch, String id) throws IOException {
    List<Finding> fs = new ArrayList<>();
    for (long[] at : findings.getOrDefault(id, List.of())) {
      fs.addAll(SpillCodec.findings(read(ch, at)));
    }
    fs.sort(Finding.ORDER);
    return fs;
  }

  private static DataInputStream read(FileChannel ch, long[] at) throws IOException {
    ByteBuffer b = ByteBuffer.allocate((int) at[1]);
    while (b.hasRemaining()) {
      if (ch.read(b, at[0] + b.position()) < 0) {
        throw new IOException("the run's temporary file ended early");
      }
    }
    return new DataInputStream(new ByteArrayInputStream(b.array()));
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Counts the bytes written (to the buffer before the file). */
  private static final class Counting extends java.io.FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
