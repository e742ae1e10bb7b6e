package dev.sourcecheck.parse.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page's DOM once, without recursion (deeply nested pages cannot overflow the stack), and
 * cuts its visible text into {@link Block}s at block-level elements and line breaks. Scripts,
 * styles, forms' controls, embedded objects and hidden elements hold no text. Not thread-safe:
 * one walker per page.
 */
final class BlockWalker implements NodeFilter {
  /** Elements that start a new block (HTML's block-level and table structure). */
  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
      "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
      "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "caption", "option", "frameset",
      "noframes");

  /** Elements whose content is never visible text. */
  static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math", "iframe",
      "object", "embed", "canvas", "select", "button", "input", "textarea", "head", "title", "meta", "link", "audio",
      "video", "map", "source", "track", "picture", "img", "param");

  /** Elements that run or embed code: a box holding one and a short label is an ad or widget slot. */
  static final Set<String> CODE = Set.of("script", "iframe", "object", "embed");

  private final PageLexicons lexicons;
  private final java.util.Map<Element, Boolean> codeBoxes = new java.util.IdentityHashMap<>();
  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Element> open = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int linkDepth;
  private int linkChars;
  private int links;
  private int firstLine;
  private int quoteDepth;
  private int captionDepth;

  private BlockWalker(PageLexicons lexicons) {
    this.lexicons = lexicons;
  }

  /** The blocks of {@code root}'s visible text, in reading order. */
  static Walked walk(Element root, PageLexicons lexicons) {
    BlockWalker w = new BlockWalker(lexicons);
    w.open.push(root);
    NodeTraversor.filter(w, root);
    w.flush();
    return new Walked(w.blocks, w.codeBoxes.keySet());
  }

  /** The blocks, and the block elements that directly hold a script, frame or embedded object. */
  record Walked(List<Block> blocks, Set<Element> codeBoxes) {}

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText();
      if (text.length() == 0 && firstLine == 0 && !t.isBlank()) {
        firstLine = line(t);
      }
      int before = text.length();
      appendCollapsed(s);
      if (linkDepth > 0) {
        linkChars += text.length() - before;
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY; // comments, doctype, XML declarations
    }
    String tag = e.normalName();
    if (SKIPPED.contains(tag) || hidden(e)) {
      if (CODE.contains(tag) && !open.isEmpty()) {
        codeBoxes.put(open.peek(), Boolean.TRUE);
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br") || tag.equals("hr")) {
      flush();
      return FilterResult.CONTINUE;
    }
    if (tag.equals("td") || tag.equals("th")) {
      appendCollapsed(" "); // the cells of a row are one line
      return FilterResult.CONTINUE;
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      open.push(e);
      if (tag.equals("blockquote")) {
        quoteDepth++;
      } else if (tag.equals("figcaption")) {
        captionDepth++;
      }
    } else if (tag.equals("a") && e.hasAttr("href")) {
      if (linkDepth == 0) {
        links++;
      }
      linkDepth++;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag) && !open.isEmpty() && open.peek() == e) {
        flush();
        open.pop();
        if (tag.equals("blockquote")) {
          quoteDepth--;
        } else if (tag.equals("figcaption")) {
          captionDepth--;
        }
      } else if (tag.equals("a") && e.hasAttr("href") && linkDepth > 0) {
        linkDepth--;
      }
    }
    return FilterResult.CONTINUE;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private static int line(Node n) {
    var r = n.sourceRange();
    return r.isTracked() ? Math.max(0, r.start().lineNumber()) : 0;
  }

  private void appendCollapsed(String s) {
    boolean space = text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F') {
        if (!space && text.length() > 0) {
          text.append(' ');
          space = true;
        }
      } else if (c >= ' ' || c == '\t') {
        text.append(c);
        space = false;
      }
    }
  }

  private void flush() {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > 0) {
      String t = text.substring(0, end);
      Element el = open.peek();
      blocks.add(count(blocks.size(), el, kind(el), t, linkChars, links, firstLine));
    }
    text.setLength(0);
    linkChars = 0;
    links = 0;
    firstLine = 0;
  }

  private Block.Kind kind(Element el) {
    String tag = el.normalName();
    if (captionDepth > 0) {
      return Block.Kind.CAPTION;
    }
    if (quoteDepth > 0) {
      return Block.Kind.QUOTE;
    }
    return switch (tag) {
      case "p" -> Block.Kind.PARAGRAPH;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
      case "li", "dd", "dt" -> Block.Kind.ITEM;
      case "pre" -> Block.Kind.PRE;
      case "tr" -> Block.Kind.CELL;
      case "figcaption", "caption" -> Block.Kind.CAPTION;
      default -> Block.Kind.TEXT;
    };
  }

  private Block count(int index, Element el, Block.Kind kind, String t, int linkChars, int links, int line) {
    int words = 0;
    int stop = 0;
    int commas = 0;
    int ends = 0;
    int i = 0;
    int n = t.length();
    while (i < n) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int s = i;
        while (i < n && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '’')) {
          i++;
        }
        words++;
        if (i - s <= 12 && lexicons.stopWord(t.substring(s, i).toLowerCase(Locale.ROOT))) {
          stop++;
        }
        continue;
      }
      if (c == ',' || c == '，' || c == '、') {
        commas++;
      } else if ((c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？')
          && (i + 1 == n || t.charAt(i + 1) == ' ' || "\"”’')".indexOf(t.charAt(i + 1)) >= 0)) {
        ends++;
      }
      i++;
    }
    return new Block(index, el, kind, t, linkChars, links, words, stop, commas, ends, line);
  }
}
