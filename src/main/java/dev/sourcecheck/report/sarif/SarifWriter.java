package dev.sourcecheck.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sourcecheck.article.TextIndex;
import dev.sourcecheck.engine.RuleInfo;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Fingerprint;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.report.ReportHeader;
import dev.sourcecheck.report.ReportTail;
import dev.sourcecheck.report.ReportWriter;
import dev.sourcecheck.report.json.JsonStyle;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a SARIF 2.1.0 log as it is fed: one run, the finding rules as reporting descriptors, one
 * artifact per article (with its score), then one result per finding with its region (lines,
 * columns in UTF-16 units, char offset and length), the other sides of a cross-source finding as
 * related locations, and a partial fingerprint that survives edits elsewhere in the article; the
 * input errors become notifications of the invocation. Keeps only the article index. One use,
 * one thread.
 */
public final class SarifWriter implements ReportWriter {
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** The key of sourcecheck's fingerprint in {@code partialFingerprints}. */
  public static final String FINGERPRINT = "sourcecheck/v1";

  private final JsonGenerator g;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final Map<String, Integer> artifactIndex = new HashMap<>();
  private final Map<String, String> uris = new HashMap<>();
  private final Fingerprint.Occurrences fingerprints = new Fingerprint.Occurrences();
  private boolean inResults;

  public SarifWriter(Writer out) throws IOException {
    this.g = JsonStyle.generator(out);
  }

  @Override
  public void start(ReportHeader header) throws IOException {
    List<SarifEntries.Descriptor> rules = new ArrayList<>();
    for (RuleInfo r : header.catalog().values()) {
      if (r.category().raisesFindings()) {
        ruleIndex.put(r.id(), rules.size());
        rules.add(SarifEntries.Descriptor.of(r));
      }
    }
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    g.writeObjectField("tool", new SarifEntries.Tool(new SarifEntries.Driver("sourcecheck", header.version(),
        header.version(), rules, Map.of("rules", header.rules()))));
    g.writeStringField("columnKind", "utf16CodeUnits");
    g.writeArrayFieldStart("artifacts");
  }

  @Override
  public void article(ArticleSummary a) throws IOException {
    if (inResults) {
      throw new IllegalStateException("articles come before findings");
    }
    String uri = uri(a.path());
    uris.put(a.id(), uri);
    artifactIndex.put(a.id(), artifactIndex.size());
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("article", a.id());
    if (a.title() != null) {
      props.put("title", a.title());
    }
    if (a.score() != null) {
      props.put("score", a.score().value());
    }
    g.writeObject(new SarifEntries.Artifact(new SarifEntries.ArtifactLocation(uri, null),
        a.body() == null ? -1 : a.body().text().length(), props));
  }

  @Override
  public void finding(Finding f) throws IOException {
    if (!inResults) {
      g.writeEndArray();
      g.writeArrayFieldStart("results");
      inResults = true;
    }
    List<SarifEntries.Place> related = new ArrayList<>();
    for (Location l : f.related()) {
      String what = (l.role() == null ? "related" : l.role()) + ": \"" + l.text() + "\" (" + l.article() + ")";
      related.add(new SarifEntries.Place(related.size(), physical(l), new SarifEntries.Text(what)));
    }
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("article", f.location().article());
    props.put("category", f.category().label());
    props.put("severity", f.severity().label());
    g.writeObject(new SarifEntries.Result(f.rule(), ruleIndex.get(f.rule()), SarifEntries.level(f.severity()),
        new SarifEntries.Text(f.message()), List.of(new SarifEntries.Place(null, physical(f.location()), null)),
        related, Map.of(FINGERPRINT, fingerprints.next(f)), props));
  }

  @Override
  public void finish(ReportTail tail) throws IOException {
    if (!inResults) {
      g.writeEndArray();
      g.writeArrayFieldStart("results");
    }
    g.writeEndArray();
    List<SarifEntries.Notification> notes = new ArrayList<>();
    for (InputError e : tail.errors()) {
      notes.add(new SarifEntries.Notification("error", new SarifEntries.Text(e.path() + ": " + e.message()),
          List.of(new SarifEntries.Place(null, new SarifEntries.PhysicalLocation(
              new SarifEntries.ArtifactLocation(uri(e.path()), null), null), null))));
    }
    for (Skipped s : tail.skipped()) {
      notes.add(new SarifEntries.Notification("note", new SarifEntries.Text(s.path() + ": " + s.reason()), null));
    }
    Map<String, Object> props = new LinkedHashMap<>();
    if (tail.baseline() != null) {
      props.put("baselineKnown", tail.baseline().known());
      props.put("baselineFixed", tail.baseline().fixed().size());
    }
    g.writeArrayFieldStart("invocations");
    g.writeObject(new SarifEntries.Invocation(tail.errors().isEmpty(), notes, props));
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  private SarifEntries.PhysicalLocation physical(Location l) {
    int[] end = TextIndex.endOf(l.line(), l.column(), l.text());
    SarifEntries.Region region = new SarifEntries.Region(l.line(), l.column(), end[0], end[1], l.start(),
        l.end() - l.start(), l.text().isEmpty() ? null : new SarifEntries.Text(l.text()));
    return new SarifEntries.PhysicalLocation(
        new SarifEntries.ArtifactLocation(uris.getOrDefault(l.article(), uri(l.article())),
            artifactIndex.get(l.article())), region);
  }

  /** A URI reference for a path: relative paths stay relative (code-scanning views resolve them), with unsafe characters escaped. */
  static String uri(String path) {
    String p = path.replace('\\', '/');
    if (p.startsWith("/")) {
      return Path.of(path).toUri().toString();
    }
    try {
      return new URI(null, null, p, null).toASCIIString();
    } catch (URISyntaxException e) {
      return p.replaceAll("[^A-Za-z0-9._~/-]", "_");
    }
  }
}
