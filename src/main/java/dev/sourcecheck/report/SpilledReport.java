package dev.sourcecheck.report;

import dev.sourcecheck.AuditSink;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.Skipped;
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
   * Writes the report to {@code w}: every entry scored over all its findings, counting those at or
   * above {@code min}; then, with {@code withFindings}, those findings in report order; then
   * errors, skipped files and the outlets' scores.
   */
  public void write(ReportWriter w, ReportHeader header, RuleBase rules, Severity min, List<Skipped> skipped,
      boolean withFindings) throws IOException {
    ReportView v = view(header, rules, min, skipped);
    w.start(header);
    v.eachArticle((a, fs, first) -> w.article(a));
    if (withFindings) {
      v.eachFinding((f, n) -> w.finding(f));
    }
    w.finish(v.tail());
  }

  /**
   * The report as a view read from the file ({@link ReportView}): each entry is scored over all its
   * findings first (in batches, in parallel), and only the scores, the counts of findings at or
   * above {@code min} and the outlets' scores are held; each pass of the view then reads one article
   * and its findings at a time. Valid until {@link #close}.
   */
  public ReportView view(ReportHeader header, RuleBase rules, Severity min, List<Skipped> skipped) throws IOException {
    out.flush();
    return new SpilledView(file, entries, findings, header, new ReportTail(errors, skipped, List.of(), null), rules, min);
  }

  static DataInputStream read(FileChannel ch, long[] at) throws IOException {
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
