package dev.sourcecheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Line;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.article.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parses real scraped and real CSV-delivered articles (../shared/data) and checks the invariants
 * every parse must keep: spans inside the text, sentences ordered and inside their paragraph,
 * quotations inside their paragraph, line/column round trips, and the same structure with CRLF
 * line ends. Skipped with a message when the shared data is absent.
 */
class RealTextParsingTest {

  private static Path data() {
    Path root = SharedData.root();
    Assumptions.assumeTrue(root != null && Files.isDirectory(root.resolve("data")),
        "shared data not found (set SOURCECHECK_SHARED or -Dsourcecheck.shared, or run beside ../shared): skipped");
    return root.resolve("data");
  }

  @Test
  void everyZyteExtractionParsesWithConsistentSpans() throws Exception {
    Path dir = data().resolve("zyte/lines-dev");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " absent: skipped");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() > 100, "expected the zyte extractions in " + dir);
    for (Path f : files) {
      String text = Decoder.decode(Files.readAllBytes(f));
      checkBothLineEnds(f.getFileName().toString(), text);
    }
  }

  @Test
  void everyFakesArticleParsesWithConsistentSpans() throws Exception {
    Path csv = data().resolve("fakes/fakes-dev.csv");
    Assumptions.assumeTrue(Files.isRegularFile(csv), csv + " absent: skipped");
    List<List<String>> rows = SharedData.csv(Files.readString(csv, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int content = header.indexOf("article_content");
    assertTrue(content >= 0, "no article_content column in " + header);
    assertEquals(411, rows.size(), "410 articles and a header");
    for (List<String> row : rows.subList(1, rows.size())) {
      assertEquals(header.size(), row.size(), "columns of row " + row.get(0));
      String text = row.get(content);
      if (!text.isBlank()) {
        checkBothLineEnds(row.get(0), text);
      }
    }
  }

  @Test
  void csvReaderKeepsQuotedCommasNewlinesAndDoubledQuotes() {
    List<List<String>> rows = SharedData.csv("a,b\r\n1,\"x, \"\"y\"\"\nz\"\n");
    assertEquals(List.of(List.of("a", "b"), List.of("1", "x, \"y\"\nz")), rows);
  }

  private static void checkBothLineEnds(String name, String text) {
    Article lf = TextArticleParser.parse(name, name, text);
    check(name, lf);
    String crlfText = text.replace("\r\n", "\n").replace("\n", "\r\n");
    Article crlf = TextArticleParser.parse(name, name, crlfText);
    check(name + " (CRLF)", crlf);
    if (text.indexOf('\r') < 0) {
      assertEquals(texts(lf.sentences()), texts(crlf.sentences()), name + ": sentences differ with CRLF");
      assertEquals(lf.quotes().stream().map(Quote::text).toList(), crlf.quotes().stream().map(Quote::text).toList(),
          name + ": quotes differ with CRLF");
      assertEquals(lf.metadata().withoutFields(), crlf.metadata().withoutFields(), name + ": metadata differs with CRLF");
    }
  }

  private static List<String> texts(List<Sentence> sentences) {
    List<String> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.add(s.text());
    }
    return out;
  }

  static void check(String name, Article a) {
    String text = a.text();
    int n = text.length();
    for (Line l : a.lines()) {
      inside(name, "line " + l.number(), l.span(), n);
      assertTrue(l.span().contains(l.content()) || l.isBlank(), () -> name + ": content outside line " + l.number());
      assertEquals(l.span().start(), a.index().lineStart(l.number()), () -> name + ": line start " + l.number());
      assertFalse(l.span().of(text).contains("\n") || l.content().of(text).contains("\r"),
          () -> name + ": terminator inside line " + l.number());
    }
    Span previous = null;
    for (Paragraph p : a.paragraphs()) {
      inside(name, "paragraph " + p.index(), p.span(), n);
      assertFalse(p.span().isEmpty(), () -> name + ": empty paragraph " + p.index());
      if (previous != null) {
        assertTrue(previous.end() <= p.span().start(), () -> name + ": paragraphs overlap at " + p.index());
      }
      previous = p.span();
      assertEquals(p.firstLine(), a.index().line(p.span().start()),
          () -> name + ": first line of paragraph " + p.index());
      assertEquals(p.lastLine(), a.index().line(p.span().end()), () -> name + ": last line of paragraph " + p.index());
      trimmed(name, "paragraph " + p.index(), p.span().of(text));
    }
    previous = null;
    for (Sentence s : a.sentences()) {
      inside(name, "sentence " + s.index(), s.span(), n);
      Paragraph p = a.paragraphs().get(s.paragraph());
      assertTrue(p.span().contains(s.span()), () -> name + ": sentence " + s.index() + " outside its paragraph");
      assertTrue(p.kind() != Paragraph.Kind.META, () -> name + ": sentence in a META paragraph");
      if (previous != null) {
        assertTrue(previous.end() <= s.span().start(), () -> name + ": sentences overlap at " + s.index());
      }
      previous = s.span();
      assertEquals(s.span().of(text), s.text(), () -> name + ": sentence text " + s.index());
      trimmed(name, "sentence " + s.index(), s.text());
      roundTrip(name, a, s.span().start());
      roundTrip(name, a, s.span().end());
    }
    previous = null;
    for (Quote q : a.quotes()) {
      inside(name, "quote " + q.index(), q.span(), n);
      Paragraph p = a.paragraphs().get(q.paragraph());
      assertTrue(p.span().contains(q.span()), () -> name + ": quote " + q.index() + " outside its paragraph");
      assertTrue(q.span().contains(q.inner()), () -> name + ": quote inner outside its span " + q.index());
      assertEquals(q.inner().of(text), q.text(), () -> name + ": quote text " + q.index());
      if (previous != null) {
        assertTrue(previous.end() <= q.span().start(), () -> name + ": quotes overlap at " + q.index());
      }
      previous = q.span();
      roundTrip(name, a, q.span().start());
    }
    for (MetaField f : a.metadata().fields()) {
      inside(name, "meta " + f.kind(), f.span(), n);
      for (Paragraph p : a.paragraphs()) {
        if (p.kind() != Paragraph.Kind.META) {
          assertFalse(p.span().overlaps(f.span()),
              () -> name + ": metadata " + f.kind() + " inside paragraph " + p.index());
        }
      }
    }
  }

  private static void inside(String name, String what, Span s, int n) {
    assertTrue(s.end() <= n, () -> name + ": " + what + " ends after the text: " + s);
  }

  private static void trimmed(String name, String what, String s) {
    assertFalse(s.isEmpty(), () -> name + ": empty " + what);
    assertFalse(Chars.isSpace(s.charAt(0)) || Chars.isSpace(s.charAt(s.length() - 1)),
        () -> name + ": " + what + " not trimmed: [" + s + "]");
  }

  private static void roundTrip(String name, Article a, int offset) {
    int line = a.index().line(offset);
    int column = a.index().column(offset);
    assertEquals(offset, a.index().lineStart(line) + column - 1, () -> name + ": line/column of offset " + offset);
    Line l = a.lines().get(line - 1);
    assertTrue(l.span().start() <= offset && offset <= l.span().end() + 1,
        () -> name + ": offset " + offset + " off line " + line);
  }
}
