package dev.sourcecheck.report;

import dev.sourcecheck.finding.ArticleBody;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.Category;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.Location;
import dev.sourcecheck.finding.QuoteSummary;
import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.finding.SourceCounts;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Article entries (without score) and findings as bytes and back, field for field, for a
 * run that keeps them on disk until its report is written ({@link SpilledReport}). What is read
 * back equals what was written. Stateless.
 */
final class SpillCodec {
  private SpillCodec() {}

  static void summary(DataOutput out, ArticleSummary a) throws IOException {
    string(out, a.id());
    string(out, a.path());
    string(out, a.title());
    out.writeLong(a.published() == null ? Long.MIN_VALUE : a.published().toEpochDay());
    string(out, a.source());
    string(out, a.byline());
    out.writeInt(a.contributors().size());
    for (String c : a.contributors()) {
      string(out, c);
    }
    out.writeInt(a.findings());
    out.writeInt(a.quotes().size());
    for (QuoteSummary q : a.quotes()) {
      string(out, q.speaker());
      string(out, q.role());
      string(out, q.text());
      out.writeInt(q.line());
      out.writeInt(q.column());
      out.writeInt(q.start());
      out.writeInt(q.end());
      string(out, q.how());
    }
    out.writeInt(a.sources().named());
    out.writeInt(a.sources().vague());
    out.writeInt(a.sources().none());
    out.writeBoolean(a.body() != null);
    if (a.body() != null) {
      string(out, a.body().text());
      out.writeInt(a.body().boilerplate().size());
      for (ArticleBody.Span b : a.body().boilerplate()) {
        out.writeInt(b.start());
        out.writeInt(b.end());
      }
    }
  }

  static ArticleSummary summary(DataInput in) throws IOException {
    String id = string(in);
    String path = string(in);
    String title = string(in);
    long day = in.readLong();
    String source = string(in);
    String byline = string(in);
    List<String> contributors = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      contributors.add(string(in));
    }
    int findings = in.readInt();
    List<QuoteSummary> quotes = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      quotes.add(new QuoteSummary(string(in), string(in), string(in), in.readInt(), in.readInt(), in.readInt(),
          in.readInt(), string(in)));
    }
    SourceCounts sources = new SourceCounts(in.readInt(), in.readInt(), in.readInt());
    ArticleBody body = null;
    if (in.readBoolean()) {
      String text = string(in);
      List<ArticleBody.Span> spans = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        spans.add(new ArticleBody.Span(in.readInt(), in.readInt()));
      }
      body = new ArticleBody(text, spans);
    }
    return new ArticleSummary(id, path, title, day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day), source,
        byline, contributors, findings, quotes, sources, null, body);
  }

  static void findings(DataOutput out, List<Finding> fs) throws IOException {
    out.writeInt(fs.size());
    for (Finding f : fs) {
      string(out, f.rule());
      out.writeUTF(f.category().name());
      out.writeUTF(f.severity().name());
      string(out, f.message());
      location(out, f.location());
      out.writeInt(f.related().size());
      for (Location l : f.related()) {
        location(out, l);
      }
      string(out, f.fingerprint());
    }
  }

  static List<Finding> findings(DataInput in) throws IOException {
    List<Finding> out = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      String rule = string(in);
      Category category = Category.valueOf(in.readUTF());
      Severity severity = Severity.valueOf(in.readUTF());
      String message = string(in);
      Location location = location(in);
      List<Location> related = new ArrayList<>();
      for (int k = in.readInt(); k > 0; k--) {
        related.add(location(in));
      }
      out.add(new Finding(rule, category, severity, message, location, related, string(in)));
    }
    return out;
  }

  private static void location(DataOutput out, Location l) throws IOException {
    string(out, l.article());
    out.writeInt(l.line());
    out.writeInt(l.column());
    out.writeInt(l.start());
    out.writeInt(l.end());
    string(out, l.text());
    string(out, l.role());
    out.writeInt(l.inputLine() == null ? Integer.MIN_VALUE : l.inputLine());
  }

  private static Location location(DataInput in) throws IOException {
    String article = string(in);
    int line = in.readInt();
    int column = in.readInt();
    int start = in.readInt();
    int end = in.readInt();
    String text = string(in);
    String role = string(in);
    int inputLine = in.readInt();
    return new Location(article, line, column, start, end, text, role, inputLine == Integer.MIN_VALUE ? null : inputLine);
  }

  /** A string that may be null, as its UTF-8 bytes (any length). */
  private static void string(DataOutput out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
