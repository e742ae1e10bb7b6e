package dev.sourcecheck.parse.html;

import dev.sourcecheck.parse.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a web page: parses it with jsoup (an HTML5 parser: unclosed tags, stray end tags and
 * nesting deeper than the parser's limit are repaired as browsers repair them; the charset comes
 * from a byte-order mark or the page's {@code <meta charset>}, UTF-8 otherwise), then finds its
 * metadata and main text. Stateless and thread-safe.
 */
public final class HtmlReader {
  private HtmlReader() {}

  /** How much of the start of a page is searched for NUL bytes, the mark of a binary file. */
  private static final int SNIFF = 8192;

  /**
   * The page's metadata and lines; an {@link InputException} with a one-line reason when the bytes
   * are not a web page or the page holds no article text.
   */
  public static Page read(byte[] bytes, PageLexicons lexicons) throws InputException {
    for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
      if (bytes[i] == 0) {
        throw new InputException("binary data (NUL byte at offset " + i + "), not an HTML page");
      }
    }
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.htmlParser().setTrackPosition(true));
    } catch (IOException | RuntimeException e) {
      throw new InputException("cannot parse as HTML: " + e.getMessage());
    }
    if (!hasMarkup(doc)) {
      throw new InputException("no HTML markup, not a web page (name a plain-text article .txt)");
    }
    Hints hints = new Hints(lexicons);
    JsonLd.Article ld = JsonLd.read(doc);
    BlockWalker.Walked walked = BlockWalker.walk(doc.body(), lexicons);
    String stated = MetadataReader.statedTitle(doc, ld);
    String provisional = stated != null ? stated : MetadataReader.stripSite(doc.title().strip(), null);
    new MainText(walked, hints, provisional).select();
    Block displayed = stated == null ? displayedHeadline(walked.blocks()) : null;
    if (displayed != null) {
      displayed.headline = true; // the article states it as its title, on its first line
    }
    PageMetadata meta =
        MetadataReader.read(doc, ld, walked.blocks(), hints, displayed == null ? null : displayed.text);
    List<PageLine> lines = LeftOutLines.lines(walked.blocks(), hints);
    int mainChars = lines.stream().filter(PageLine::main).mapToInt(l -> l.text().length()).sum();
    if (mainChars < MainText.RETRY_CHARS && ld.articleBody() != null && ld.articleBody().length() > mainChars) {
      lines = withBody(lines, ld.articleBody());
    }
    if (lines.stream().noneMatch(PageLine::main)) {
      throw new InputException("the page holds no article text" + (walked.blocks().isEmpty() ? " (no text at all)" : ""));
    }
    return new Page(meta, lines);
  }

  /**
   * The page's displayed headline: the {@code h1} nearest above the main text (a site's logo is an
   * {@code h1} on many pages, the article's headline the one that opens the article), or the first
   * {@code h1} inside it; null when there is none.
   */
  private static Block displayedHeadline(List<Block> blocks) {
    Block before = null;
    for (Block b : blocks) {
      if (b.kept) {
        break;
      }
      if (isH1(b)) {
        before = b;
      }
    }
    if (before != null) {
      return before;
    }
    for (Block b : blocks) {
      if (isH1(b) && !b.kept) {
        return b;
      }
    }
    return null;
  }

  private static boolean isH1(Block b) {
    return b.kind == Block.Kind.HEADING && b.element.normalName().equals("h1") && b.words >= 2 && b.linkDensity() < 0.5;
  }

  /** Whether any element was written in the source (not only the html, head and body the parser adds). */
  private static boolean hasMarkup(Document doc) {
    for (Element e : doc.getAllElements()) {
      if (e != doc && e.sourceRange().isTracked() && !e.sourceRange().isImplicit()) {
        return true;
      }
    }
    return false;
  }

  /** The JSON-LD article body as the main text (its paragraphs as lines), with the left-out lines after it. */
  private static List<PageLine> withBody(List<PageLine> lines, String body) {
    List<PageLine> out = new ArrayList<>();
    for (String p : body.split("\n")) {
      if (!p.isBlank()) {
        out.add(PageLine.text(p.strip()));
      }
    }
    for (PageLine l : lines) {
      if (!l.main()) {
        out.add(l);
      }
    }
    return out;
  }
}
