package dev.sourcecheck.parse;

import dev.sourcecheck.article.Line;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Metadata;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Sentence;
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
    readMetaLines(text, lines, meta);
  }

  /** Lines longer than this are prose, never metadata: patterns see bounded text only. */
  static final int META_MAX = 400;

  /** Mutable scratch state of one parse: metadata found so far and the prose bounds of each line. */
  static final class Meta {
    String title;
    String source;
    String byline;
    String dateline;
    final List<String> contributors = new ArrayList<>();
    final List<MetaField> fields = new ArrayList<>();
    /** The publication dates the text carries, decided at the end. */
    final List<PublicationDates.Candidate> dates = new ArrayList<>();
    /** Where each line's prose starts and ends once glued metadata is cut off. */
    final int[] start;
    final int[] end;
    /** Lines that are wholly metadata. */
    final boolean[] line;

    Meta(int lines) {
      start = new int[lines];
      end = new int[lines];
      line = new boolean[lines];
    }

    void add(MetaField.Kind kind, Span span, String value) {
      fields.add(new MetaField(kind, span, value));
    }

    /** The metadata read, the publication date decided among the candidates. */
    Metadata metadata(String text) {
      LocalDate published = PublicationDates.decide(dates, text, fields);
      fields.sort((a, b) -> a.span().compareTo(b.span()));
      return new Metadata(title, published, source, byline, dateline, contributors, fields);
    }

    void credit(Span span, List<String> names) {
      for (String name : names) {
        if (!contributors.contains(name)) {
          contributors.add(name);
        }
      }
      add(MetaField.Kind.CREDIT, span, String.join(", ", names));
    }
  }

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
    LocalDate d = MetadataPatterns.prefixDate(m.group("d"));
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

  /** Source footers, bylines near the top and credit lines anywhere (whole lines, or bracketed at a line's end). */
  private static void readMetaLines(String text, List<Line> lines, Meta meta) {
    int nonBlankSeen = 0;
    boolean proseSeen = false; // a date line sits under the headline, before the first sentence of prose
    int lastNonBlank = lines.size() - 1;
    while (lastNonBlank >= 0 && lines.get(lastNonBlank).isBlank()) {
      lastNonBlank--;
    }
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (l.isBlank() || meta.line[k]) {
        continue;
      }
      nonBlankSeen++;
      Span span = new Span(meta.start[k], meta.end[k]);
      if (span.length() > META_MAX) {
        trailingCredit(text, k, meta);
        continue;
      }
      String s = span.of(text);
      // cheap tests first: most lines are prose, and a matcher costs more than the scan
      if (s.indexOf("http") > 0) {
        Matcher src = MetadataPatterns.SOURCE_LINE.matcher(s);
        if (src.matches()) {
          meta.line[k] = true;
          meta.source = src.group(1);
          meta.add(MetaField.Kind.SOURCE, span, src.group(1));
          continue;
        }
      }
      if (k == lastNonBlank && s.length() <= 80) {
        Matcher name = MetadataPatterns.SOURCE_NAME_LINE.matcher(s);
        if (name.matches()) {
          meta.line[k] = true;
          if (meta.source == null) {
            meta.source = name.group(1).strip();
          }
          meta.add(MetaField.Kind.SOURCE, span, name.group(1).strip());
          continue;
        }
      }
      if (nonBlankSeen <= 6 && !proseSeen) {
        // a date line under the headline: "Thursday 9 April 2026 14.05 BST", "Updated 09:05 BST, 11 February 2026"
        PublicationDates.Candidate c = PublicationDates.dateLine(s, span);
        if (c != null) {
          meta.line[k] = true;
          meta.dates.add(c);
          meta.add(MetaField.Kind.DATE_LINE, span, s);
          continue;
        }
      }
      if (nonBlankSeen <= 5 && meta.byline == null && "BbWwSsPp".indexOf(s.charAt(0)) >= 0) {
        Matcher by = MetadataPatterns.BYLINE.matcher(s);
        String value = by.matches() ? MetadataPatterns.byline(by) : null;
        if (value != null) {
          meta.line[k] = true;
          meta.byline = value;
          meta.add(MetaField.Kind.BYLINE, span, value);
          // a dated byline: "By Ruth Okafor | April 9, 2026"
          String trailer = MetadataPatterns.bylineDate(by);
          LocalDate d = trailer == null ? null : MetadataPatterns.date(trailer);
          if (d != null) {
            meta.dates.add(new PublicationDates.Candidate("the byline", d, null,
                trailer.toLowerCase(Locale.ROOT).contains("updated"), span));
          }
          continue;
        }
      }
      if (nonBlankSeen <= 5 && meta.byline == null && s.length() <= 80) {
        Matcher named = MetadataPatterns.NAME_AND_OUTLET.matcher(s);
        if (named.matches()) {
          meta.line[k] = true;
          meta.byline = s;
          meta.add(MetaField.Kind.BYLINE, span, s);
          continue;
        }
      }
      proseSeen |= ".!?\"”".indexOf(s.charAt(s.length() - 1)) >= 0;
      boolean credited = false;
      if (mayCredit(s)) {
        for (var credit : MetadataPatterns.CREDITS) {
          if (credit.matcher(s).matches()) {
            List<String> names = MetadataPatterns.contributors(s);
            if (!names.isEmpty()) {
              meta.line[k] = true;
              meta.credit(span, names);
              credited = true;
            }
            break;
          }
        }
      }
      if (!credited) {
        trailingCredit(text, k, meta);
      }
    }
  }

  /** Whether a line can be a credit line at all: it names who contributed, or what was done by whom. */
  private static boolean mayCredit(String s) {
    return s.contains("ontribut") || s.contains("by ") || s.contains("By ") || s.contains("BY ");
  }

  /** A bracketed credit closing a line of prose ({@code … said. (Reporting by A; Editing by B)}) is cut off. */
  private static void trailingCredit(String text, int k, Meta meta) {
    int e = meta.end[k];
    char close = text.charAt(e - 1);
    if (close != ')' && close != ']') {
      trailingPlainCredit(text, k, meta);
      return;
    }
    char open = close == ')' ? '(' : '[';
    int o = e - 1;
    int stop = Math.max(meta.start[k], e - META_MAX);
    while (o > stop && text.charAt(o) != open) {
      o--; // bounded: lastIndexOf would run back to the start of the text on every such line
    }
    if (o <= meta.start[k] || text.charAt(o) != open) {
      return;
    }
    Span span = new Span(o, e);
    if (!MetadataPatterns.TRAILING_CREDIT.matcher(span.of(text)).matches()) {
      return;
    }
    List<String> names = MetadataPatterns.contributors(span.of(text));
    if (names.isEmpty()) {
      return;
    }
    meta.credit(span, names);
    int cut = o;
    while (cut > meta.start[k] && Chars.isSpace(text.charAt(cut - 1))) {
      cut--;
    }
    meta.end[k] = cut;
  }

  /** An unbracketed credit after the last sentence of a line ({@code … said. Reporting by A; Editing by B}). */
  private static void trailingPlainCredit(String text, int k, Meta meta) {
    int e = meta.end[k];
    int from = Math.max(meta.start[k], e - 300);
    if (!containsBetween(text, "eporting by", from, e)) {
      return; // a bounded scan: lastIndexOf would run back to the start of the text on every line
    }
    Matcher m = MetadataPatterns.TRAILING_PLAIN_CREDIT.matcher(text).region(from, e);
    m.useTransparentBounds(true);
    if (!m.find() || m.start() <= meta.start[k]) {
      return;
    }
    List<String> names = MetadataPatterns.contributors(m.group());
    if (names.isEmpty()) {
      return;
    }
    meta.credit(new Span(m.start(), e), names);
    int cut = m.start();
    while (cut > meta.start[k] && Chars.isSpace(text.charAt(cut - 1))) {
      cut--;
    }
    meta.end[k] = cut;
  }

  /** Whether {@code needle} occurs inside {@code text[from, to)}; scans that range only. */
  private static boolean containsBetween(String text, String needle, int from, int to) {
    char first = needle.charAt(0);
    for (int i = from; i + needle.length() <= to; i++) {
      if (text.charAt(i) == first && text.startsWith(needle, i)) {
        return true;
      }
    }
    return false;
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
      if (m.lookingAt() && MetadataPatterns.isDateline(m) && m.end() < p.span().length()) {
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
  }}
