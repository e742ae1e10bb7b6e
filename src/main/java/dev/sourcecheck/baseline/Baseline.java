package dev.sourcecheck.baseline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.BaselineStatus;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Fingerprint;
import dev.sourcecheck.report.json.JsonStyle;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a run recorded ({@code sourcecheck.baseline/1}), each by its fingerprint (rule,
 * article, the normalised text of the finding and of its sentence; see {@link Fingerprint}),
 * never by offsets, so an article edited elsewhere keeps its entries. {@link #compare} keeps only
 * the findings the baseline does not hold and lists the entries no finding matches as fixed.
 * Immutable.
 */
public record Baseline(List<BaselineStatus.Entry> entries) {
  public static final String SCHEMA = "sourcecheck.baseline/1";

  public Baseline {
    entries = List.copyOf(entries);
  }

  @JsonPropertyOrder({"schema", "findings"})
  record File(String schema, List<Item> findings) {}

  @JsonPropertyOrder({"fingerprint", "rule", "article", "text"})
  record Item(String fingerprint, String rule, String article, String text) {}

  /** The baseline of a report: every finding, in report order. */
  public static Baseline of(AuditReport r) {
    Fingerprint.Occurrences unique = new Fingerprint.Occurrences();
    List<BaselineStatus.Entry> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      out.add(new BaselineStatus.Entry(unique.next(f), f.rule(), f.location().article(), f.location().text()));
    }
    return new Baseline(out);
  }

  /** The report without the findings this baseline holds, with the baseline's status (named {@code file}). */
  public AuditReport compare(AuditReport r, String file) {
    Map<String, BaselineStatus.Entry> open = new LinkedHashMap<>();
    entries.forEach(e -> open.put(e.fingerprint(), e));
    Fingerprint.Occurrences unique = new Fingerprint.Occurrences();
    List<Finding> fresh = new ArrayList<>();
    int known = 0;
    for (Finding f : r.findings()) {
      if (open.remove(unique.next(f)) != null) {
        known++;
      } else {
        fresh.add(f);
      }
    }
    return r.withFindings(fresh, new BaselineStatus(file, known, new ArrayList<>(open.values())));
  }

  public void write(Writer out) throws IOException {
    List<Item> items = entries.stream().map(e -> new Item(e.fingerprint(), e.rule(), e.article(), e.text())).toList();
    try (var g = JsonStyle.generator(out)) {
      g.writeObject(new File(SCHEMA, items));
      g.writeRaw('\n');
    }
  }

  /** Writes the baseline to {@code file} through a temporary file beside it, so a failed write leaves the old one. */
  public void write(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".baseline", ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        write(w);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads a baseline file.
   *
   * @throws IOException when it cannot be read or is not a {@code sourcecheck.baseline/1} file; the message says why
   */
  public static Baseline read(Path file) throws IOException {
    File f;
    try {
      f = JsonStyle.MAPPER.readValue(file.toFile(), File.class);
    } catch (JsonProcessingException e) {
      throw new IOException("not a baseline file (" + SCHEMA + "): " + e.getOriginalMessage());
    }
    if (f == null || !SCHEMA.equals(f.schema()) || f.findings() == null) {
      throw new IOException("not a baseline file: the schema must be " + SCHEMA);
    }
    List<BaselineStatus.Entry> out = new ArrayList<>();
    for (Item i : f.findings()) {
      if (i == null || i.fingerprint() == null || i.rule() == null || i.article() == null) {
        throw new IOException("a baseline entry needs fingerprint, rule and article");
      }
      out.add(new BaselineStatus.Entry(i.fingerprint(), i.rule(), i.article(), i.text()));
    }
    return new Baseline(out);
  }
}
