package dev.sourcecheck.parse;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Line;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Metadata;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.article.Span;
import dev.sourcecheck.article.TextIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Parses a plain-text article: lines, metadata (glued date prefix, header fields, byline,
 * dateline, credit lines, {@code Source:} footer), headline and deck, paragraphs, sentences and
 * quotations. Every element keeps its offsets in the given text. Stateless and thread-safe.
 */
public final class TextArticleParser {
  private TextArticleParser() {}

  public static Article parse(String id, String path, String text) {
    List<Line> lines = lines(text);
    Meta meta = new Meta();
    int[] contentStart = new int[lines.size()];
    boolean[] metaLine = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      contentStart[i] = lines.get(i).content().start();
    }
    readHeader(text, lines, meta, contentStart, metaLine);
    readMetaLines(text, lines, meta, metaLine);

    List<Paragraph> paragraphs = new ArrayList<>();
    List<int[]> blocks = blocks(text, lines, metaLine);
    for (int[] b : blocks) {
      Line first = lines.get(b[0]);
      Line last = lines.get(b[1]);
      int start = contentStart[b[0]];
      paragraphs.add(new Paragraph(paragraphs.size(), Paragraph.Kind.BODY, new Span(start, last.content().end()),
          first.number(), last.number()));
    }
    for (int i = 0; i < lines.size(); i++) {
      if (metaLine[i]) {
        Line l = lines.get(i);
        paragraphs.add(new Paragraph(-1, Paragraph.Kind.META, l.content(), l.number(), l.number()));
      }
    }
    paragraphs.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    paragraphs = renumber(paragraphs);
    paragraphs = classifyHeadline(text, paragraphs, meta);
    paragraphs = readDateline(text, paragraphs, meta);

    List<Sentence> sentences = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    boolean carry = false;
    for (Paragraph p : paragraphs) {
      if (p.kind() == Paragraph.Kind.META) {
        continue;
      }
      for (Span s : SentenceSplitter.split(text, p.span().start(), p.span().end())) {
        sentences.add(new Sentence(sentences.size(), p.index(), s, s.of(text)));
      }
      List<QuoteFinder.Found> found = QuoteFinder.find(text, p.span().start(), p.span().end());
      for (int k = 0; k < found.size(); k++) {
        QuoteFinder.Found f = found.get(k);
        boolean continued = carry && k == 0 && f.span().start() == p.span().start();
        quotes.add(new Quote(quotes.size(), f.span(), f.inner(), f.inner().of(text), f.mark(), p.index(), continued));
      }
      carry = !found.isEmpty() && found.get(found.size() - 1).unclosed();
    }
    Metadata metadata =
        new Metadata(meta.title, meta.published, meta.source, meta.byline, meta.dateline, meta.contributors, meta.fields);
    return new Article(id, path, text, metadata, lines, paragraphs, sentences, quotes, new TextIndex(text));
  }

  /** Mutable scratch state of one parse. */
  private static final class Meta {
    String title;
    LocalDate published;
    String source;
    String byline;
    String dateline;
    final List<String> contributors = new ArrayList<>();
    final List<MetaField> fields = new ArrayList<>();

    void add(MetaField.Kind kind, Span span, String value) {
      fields.add(new MetaField(kind, span, value));
    }
  }

  static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = 1;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int cs = start;
      int ce = end;
      while (cs < ce && Character.isWhitespace(text.charAt(cs))) {
        cs++;
      }
      while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
        ce--;
      }
      if (cs == ce) {
        cs = ce = start;
      }
      lines.add(new Line(n++, new Span(start, end), new Span(cs, ce)));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return lines;
  }

  /** Header fields at the top, and a {@code date YYYY-MM-DD} prefix glued to the first line. */
  private static void readHeader(String text, List<Line> lines, Meta meta, int[] contentStart, boolean[] metaLine) {
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i < lines.size()) {
      Line l = lines.get(i);
      Matcher m = MetadataPatterns.DATE_PREFIX.matcher(l.content().of(text));
      if (m.find()) {
        int s = l.content().start();
        meta.add(MetaField.Kind.DATE_PREFIX, new Span(s, s + m.end()), m.group(1));
        meta.published = MetadataPatterns.date(m.group(1));
        int c = s + m.end();
        while (c < l.content().end() && Character.isWhitespace(text.charAt(c))) {
          c++;
        }
        contentStart[i] = c;
        if (c >= l.content().end()) {
          metaLine[i] = true;
        }
      }
    }
    for (int k = i; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (l.isBlank()) {
        continue;
      }
      Matcher m = MetadataPatterns.HEADER.matcher(l.content().of(text));
      if (!m.matches()) {
        break;
      }
      String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
      String value = m.group(2).strip();
      metaLine[k] = true;
      switch (key) {
        case "title", "headline" -> {
          meta.title = value;
          meta.add(MetaField.Kind.TITLE, l.content(), value);
        }
        case "published", "date", "updated" -> {
          if (meta.published == null || !key.equals("updated")) {
            LocalDate d = MetadataPatterns.date(value);
            meta.published = d != null ? d : meta.published;
          }
          meta.add(MetaField.Kind.PUBLISHED, l.content(), value);
        }
        case "source", "url", "link", "outlet", "publisher" -> {
          if (meta.source == null || value.startsWith("http")) {
            meta.source = value;
          }
          meta.add(MetaField.Kind.SOURCE, l.content(), value);
        }
        default -> {
          meta.byline = value.replaceFirst("(?i)^by\\s+", "");
          meta.add(MetaField.Kind.BYLINE, l.content(), meta.byline);
        }
      }
    }
  }

  /** Source footers, bylines near the top and credit lines anywhere. */
  private static void readMetaLines(String text, List<Line> lines, Meta meta, boolean[] metaLine) {
    int nonBlankSeen = 0;
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (l.isBlank() || metaLine[k]) {
        continue;
      }
      nonBlankSeen++;
      String s = l.content().of(text);
      Matcher src = MetadataPatterns.SOURCE_LINE.matcher(s);
      if (src.matches()) {
        metaLine[k] = true;
        meta.source = src.group(1);
        meta.add(MetaField.Kind.SOURCE, l.content(), src.group(1));
        continue;
      }
      Matcher by = MetadataPatterns.BYLINE.matcher(s);
      if (nonBlankSeen <= 4 && meta.byline == null && by.matches() && s.split("\\s+").length <= 14) {
        metaLine[k] = true;
        meta.byline = by.group(1).strip();
        meta.add(MetaField.Kind.BYLINE, l.content(), meta.byline);
        continue;
      }
      for (var credit : MetadataPatterns.CREDITS) {
        if (s.length() <= 400 && credit.matcher(s).matches()) {
          List<String> names = MetadataPatterns.contributors(s);
          if (!names.isEmpty()) {
            metaLine[k] = true;
            for (String name : names) {
              if (!meta.contributors.contains(name)) {
                meta.contributors.add(name);
              }
            }
            meta.add(MetaField.Kind.CREDIT, l.content(), String.join(", ", names));
          }
          break;
        }
      }
    }
  }

  /**
   * Groups lines into paragraphs. Scraped text mostly has one paragraph a line; a line that breaks
   * mid-sentence (no final punctuation, next line in lower case) was hard-wrapped and joins the
   * next one.
   */
  private static List<int[]> blocks(String text, List<Line> lines, boolean[] metaLine) {
    List<int[]> out = new ArrayList<>();
    int k = 0;
    while (k < lines.size()) {
      if (lines.get(k).isBlank() || metaLine[k]) {
        k++;
        continue;
      }
      int start = k;
      while (k + 1 < lines.size() && !lines.get(k + 1).isBlank() && !metaLine[k + 1]
          && wraps(lines.get(k).content().of(text), lines.get(k + 1).content().of(text))) {
        k++;
      }
      out.add(new int[] {start, k});
      k++;
    }
    return out;
  }

  private static boolean wraps(String line, String next) {
    char last = line.charAt(line.length() - 1);
    char first = next.charAt(0);
    boolean ends = ".!?:;\"”’)…".indexOf(last) >= 0;
    return !ends && (Character.isLowerCase(first) || last == ',' || last == '-');
  }

  private static List<Paragraph> renumber(List<Paragraph> ps) {
    List<Paragraph> out = new ArrayList<>();
    for (Paragraph p : ps) {
      out.add(new Paragraph(out.size(), p.kind(), p.span(), p.firstLine(), p.lastLine()));
    }
    return out;
  }

  /**
   * The first prose paragraph is a headline when it is one short line without a final full stop,
   * and more text follows; a short paragraph right after it is the deck.
   */
  private static List<Paragraph> classifyHeadline(String text, List<Paragraph> ps, Meta meta) {
    List<Integer> prose = new ArrayList<>();
    for (Paragraph p : ps) {
      if (p.kind() != Paragraph.Kind.META) {
        prose.add(p.index());
      }
    }
    if (prose.size() < 3 || meta.title != null) {
      return ps;
    }
    Paragraph first = ps.get(prose.get(0));
    String head = first.span().of(text);
    int words = head.split("\\s+").length;
    boolean headline = first.firstLine() == first.lastLine() && words >= 3 && words <= 30
        && !head.endsWith(".") && !head.endsWith(":") && !MetadataPatterns.DATELINE.matcher(head).find();
    if (!headline) {
      return ps;
    }
    List<Paragraph> out = new ArrayList<>(ps);
    out.set(first.index(), withKind(first, Paragraph.Kind.HEADLINE));
    meta.title = head;
    Paragraph second = ps.get(prose.get(1));
    String deck = second.span().of(text);
    int deckWords = deck.split("\\s+").length;
    int deckSentences = SentenceSplitter.split(text, second.span().start(), second.span().end()).size();
    if (prose.size() >= 4 && deckWords <= 60 && deckSentences <= 2
        && !MetadataPatterns.DATELINE.matcher(deck).find()) {
      out.set(second.index(), withKind(second, Paragraph.Kind.DECK));
    }
    return out;
  }

  private static Paragraph withKind(Paragraph p, Paragraph.Kind kind) {
    return new Paragraph(p.index(), kind, p.span(), p.firstLine(), p.lastLine());
  }

  /** A dateline opening the first body paragraph becomes metadata; the paragraph starts after it. */
  private static List<Paragraph> readDateline(String text, List<Paragraph> ps, Meta meta) {
    for (Paragraph p : ps) {
      if (p.kind() != Paragraph.Kind.BODY) {
        continue;
      }
      Matcher m = MetadataPatterns.DATELINE.matcher(p.span().of(text));
      if (m.find() && m.end() < p.span().length()) {
        int s = p.span().start();
        String value = m.group(1).strip();
        meta.dateline = value;
        meta.add(MetaField.Kind.DATELINE, new Span(s, s + m.group().stripTrailing().length()), value);
        List<Paragraph> out = new ArrayList<>(ps);
        out.set(p.index(), new Paragraph(p.index(), p.kind(), new Span(s + m.end(), p.span().end()), p.firstLine(),
            p.lastLine()));
        return out;
      }
      return ps;
    }
    return ps;
  }
}
