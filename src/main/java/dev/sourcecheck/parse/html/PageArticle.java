package dev.sourcecheck.parse.html;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.PageLayout;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Span;
import dev.sourcecheck.parse.TextArticleParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The audited article of a web page. Its text is laid out as a plain-text article: the headline on
 * the first line, header fields for what the page states ({@code Published:}, {@code By:}, {@code
 * Outlet:}, {@code Source:} with the canonical address), then one paragraph per block of the main
 * text, with a compact line where each left-out block sat. It is parsed like any text article, so
 * every rule and every finding works on it unchanged; the page's own metadata then takes
 * precedence, the first line is the headline, and the left-out lines are listed in the article's
 * {@link PageLayout} (the rules see them as {@code PageBlock} facts). Stateless.
 */
public final class PageArticle {
  private PageArticle() {}

  public static Article of(String id, String path, Page page, dev.sourcecheck.parse.ParseWords words) {
    PageMetadata m = page.metadata();
    StringBuilder text = new StringBuilder();
    List<Integer> inputLines = new ArrayList<>();
    boolean headline = m.title() != null && !m.title().isBlank();
    if (headline) {
      line(text, inputLines, oneLine(m.title()), 0);
    }
    if (m.published() != null) {
      line(text, inputLines, "Published: " + m.published(), 0);
    }
    if (m.byline() != null) {
      line(text, inputLines, "By: " + oneLine(m.byline()), 0);
    }
    if (m.source() != null) {
      line(text, inputLines, "Outlet: " + oneLine(m.source()), 0);
    }
    if (m.url() != null) {
      line(text, inputLines, "Source: " + oneLine(m.url()), 0);
    }
    List<int[]> leftOutAt = new ArrayList<>(); // start, end, index into page lines
    List<PageLine> lines = page.lines();
    for (int i = 0; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (text.length() > 0) {
        line(text, inputLines, "", 0);
      }
      int start = text.length();
      line(text, inputLines, oneLine(l.text()), l.inputLine());
      if (!l.main()) {
        leftOutAt.add(new int[] {start, text.length() - 1, i});
      }
    }
    String s = text.toString();
    Article parsed = TextArticleParser.parse(id, path, s, words);
    List<PageLayout.LeftOut> leftOut = new ArrayList<>();
    for (int[] at : leftOutAt) {
      PageLine l = lines.get(at[2]);
      leftOut.add(new PageLayout.LeftOut(new Span(at[0], at[1]), l.inputLine(), l.tag(), l.role(), l.hint(),
          l.where(), l.words(), l.links(), l.linkDensity()));
    }
    int[] input = inputLines.stream().mapToInt(Integer::intValue).toArray();
    var metadata = parsed.metadata().withKnown(headline ? oneLine(m.title()) : null, m.published(),
        m.source() != null ? oneLine(m.source()) : m.url(), m.byline() == null ? null : oneLine(m.byline()));
    return parsed.withPage(metadata, kinds(parsed, headline, leftOut), new PageLayout(input, leftOut));
  }

  private static void line(StringBuilder text, List<Integer> inputLines, String line, int inputLine) {
    text.append(line).append('\n');
    inputLines.add(inputLine);
  }

  /** Page text on one line: line breaks and other control characters become spaces. */
  static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    return b.toString().strip();
  }

  /**
   * The first line is the headline (the page says so); a compact line is never a headline or a
   * deck, whatever its shape, and a deck must follow the headline directly.
   */
  private static List<Paragraph> kinds(Article a, boolean headline, List<PageLayout.LeftOut> leftOut) {
    List<Paragraph> out = new ArrayList<>();
    int li = 0;
    for (Paragraph p : a.paragraphs()) {
      Paragraph.Kind kind = p.kind();
      while (li < leftOut.size() && leftOut.get(li).span().end() <= p.span().start()) {
        li++;
      }
      boolean compact = li < leftOut.size() && leftOut.get(li).span().overlaps(p.span());
      if (headline && p.firstLine() == 1 && kind != Paragraph.Kind.META) {
        kind = Paragraph.Kind.HEADLINE;
      } else if (kind == Paragraph.Kind.HEADLINE || kind == Paragraph.Kind.DECK && (compact || !follows(a, p))) {
        kind = Paragraph.Kind.BODY;
      }
      out.add(kind == p.kind() ? p : new Paragraph(p.index(), kind, p.span(), p.firstLine(), p.lastLine()));
    }
    return out;
  }

  /** Whether the paragraph comes right after the headline, header fields aside. */
  private static boolean follows(Article a, Paragraph p) {
    for (Paragraph q : a.paragraphs()) {
      if (q.index() >= p.index()) {
        return true;
      }
      if (q.firstLine() != 1 && q.kind() != Paragraph.Kind.META) {
        return false;
      }
    }
    return true;
  }
}
