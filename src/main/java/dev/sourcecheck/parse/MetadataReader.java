package dev.sourcecheck.parse;

import dev.sourcecheck.article.Line;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Reads the metadata of a plain-text article: a glued date stamp, header fields, bylines (dated
 * ones too), a date line under the headline, credit lines, {@code Source:} footers, and the
 * dateline opening the first body paragraph (with its date). Publication date candidates are
 * collected on the way and decided by {@link PublicationDates}. Lines longer than {@value
 * #META_MAX} characters are prose, never metadata. Stateless and thread-safe; linear in the text.
 */
final class MetadataReader {
  private MetadataReader() {}

  /** Header fields, metadata lines and credits, line by line (the dateline comes once paragraphs are known). */
  static void read(String text, List<Line> lines, Meta meta) {
    readDatePrefix(text, lines, meta);
    readHeader(text, lines, meta);
    MetaLines.read(text, lines, meta);
  }

  /** Lines longer than this are prose, never metadata: patterns see bounded text only. */
  static final int META_MAX = 400;

  private static int firstNonBlank(List<Line> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  private static String head(String text, Span span, int max) {
    return text.substring(span.start(), Math.min(span.end(), span.start() + max));
  }

  /** A date stamp glued before the first sentence ({@code date 2025-12-02 White House …}). */
  private static void readDatePrefix(String text, List<Line> lines, Meta meta) {
    int i = firstNonBlank(lines, 0);
    if (i >= lines.size()) {
      return;
    }
    Line l = lines.get(i);
    Matcher m = MetadataPatterns.DATE_PREFIX.matcher(head(text, l.content(), 120));
    if (!m.lookingAt()) {
      return;
    }
    LocalDate d = MetadataDates.prefixDate(m.group("d"));
    if (d == null) {
      return;
    }
    int s = l.content().start();
    if (s + m.end() >= l.content().end() && m.group().indexOf(':') > 0) {
      return; // a whole "Date: …" line is a header field
    }
    meta.add(MetaField.Kind.DATE_PREFIX, new Span(s, s + m.end()), d.toString());
    String label = m.group().toLowerCase(Locale.ROOT);
    meta.dates.add(new PublicationDates.Candidate("the date stamp", d, null, label.contains("updated"),
        new Span(s, s + m.end())));
    int c = s + m.end();
    while (c < l.content().end() && Chars.isSpace(text.charAt(c))) {
      c++;
    }
    meta.start[i] = c;
    if (c >= l.content().end()) {
      meta.line[i] = true;
    }
  }

  /**
   * Header fields: a block of {@code Key: value} lines at the top, and such lines among the first
   * few lines (after a headline). A value must have the field's shape (a date that parses, a short
   * source), so that prose with a colon is not taken for a header.
   */
  private static void readHeader(String text, List<Line> lines, Meta meta) {
    int seen = 0;
    for (int k = 0; k < lines.size() && seen < 8; k++) {
      Line l = lines.get(k);
      if (l.isBlank() || meta.line[k] || l.content().length() > META_MAX) {
        seen += l.isBlank() ? 0 : 1;
        continue;
      }
      seen++;
      Span span = new Span(meta.start[k], l.content().end());
      Matcher m = MetadataPatterns.HEADER.matcher(span.of(text));
      if (!m.matches()) {
        continue;
      }
      String key = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String value = m.group(2).strip();
      int words = value.split("\\s+").length;
      switch (key) {
        case "title", "headline" -> {
          if (words > 40) {
            continue;
          }
          meta.title = value;
          meta.add(MetaField.Kind.TITLE, span, value);
        }
        case "source", "source url", "original url", "url", "link", "outlet", "publisher" -> {
          boolean url = value.startsWith("http");
          if (!url && (words > 8 || value.endsWith("."))) {
            continue;
          }
          if (meta.source == null || url) {
            meta.source = value;
          }
          meta.add(MetaField.Kind.SOURCE, span, value);
        }
        case "by", "byline", "author", "authors", "written by" -> {
          if (words > 15) {
            continue;
          }
          meta.byline = value.replaceFirst("(?i)^by\\s+", "");
          meta.add(MetaField.Kind.BYLINE, span, meta.byline);
        }
        default -> {
          PublicationDates.Candidate c = PublicationDates.header(key, value, span);
          if (c == null) {
            continue;
          }
          meta.dates.add(c);
          meta.add(MetaField.Kind.PUBLISHED, span, value);
        }
      }
      meta.line[k] = true;
    }
  }

  /** The line breaks in {@code [from, to)}: LF, CRLF and a lone CR each one, as the parser counts them. */
  private static int lineBreaks(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        n++;
      }
    }
    return n;
  }

  /** A dateline opening the first body paragraph becomes metadata; the paragraph starts after it. */
  static List<Paragraph> readDateline(String text, List<Paragraph> ps, Meta meta) {
    for (Paragraph p : ps) {
      if (p.kind() != Paragraph.Kind.BODY) {
        continue;
      }
      Matcher m = MetadataPatterns.DATELINE.matcher(head(text, p.span(), 160));
      if (m.lookingAt() && MetadataPatterns.isDateline(m, meta.words) && m.end() < p.span().length()) {
        int s = p.span().start();
        String value = m.group("place").strip();
        meta.dateline = value;
        Span span = new Span(s, s + m.group().stripTrailing().length());
        meta.add(MetaField.Kind.DATELINE, span, value);
        PublicationDates.Candidate c = PublicationDates.dateline(value, span);
        if (c != null) {
          meta.dates.add(c);
        }
        List<Paragraph> out = new ArrayList<>(ps);
        int start = s + m.end();
        int firstLine = p.firstLine() + lineBreaks(text, s, start);
        out.set(p.index(), new Paragraph(p.index(), p.kind(), new Span(start, p.span().end()), firstLine,
            p.lastLine()));
        return out;
      }
      return ps;
    }
    return ps;
  }
}
