package dev.sourcecheck.parse.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Decides which blocks of a page are its main text. The container comes from {@link
 * ContentScorer}, with its siblings that score or read like prose (Readability); inside it, a
 * block is left out when it sits in furniture the hints name (share bars, related links, captions,
 * ads...) that is small beside the article, when it is mostly link text, when it repeats the
 * headline, or when it is a short label at the edge of the text (jusText's context rule). Not
 * thread-safe.
 */
final class MainText {
  private final List<Block> blocks;
  private final Hints hints;
  private ContentScorer scorer;
  private final String title;

  /** Below this many characters of kept text, the extraction is tried again without dropping unlikely furniture. */
  static final int RETRY_CHARS = 500;

  private final java.util.Set<Element> codeBoxes;

  MainText(BlockWalker.Walked walked, Hints hints, String title) {
    this.blocks = walked.blocks();
    this.codeBoxes = walked.codeBoxes();
    this.hints = hints;
    this.title = title == null ? "" : norm(title);
  }

  /** Marks the kept blocks; returns the roots of the main content (empty when none was found). */
  List<Element> select() {
    List<Element> roots = select(true);
    int kept = 0;
    for (Block b : blocks) {
      kept += b.kept ? b.chars : 0;
    }
    if (kept < RETRY_CHARS) {
      for (Block b : blocks) {
        b.kept = false;
        b.headline = false;
      }
      List<Element> again = select(false);
      int keptAgain = 0;
      for (Block b : blocks) {
        keptAgain += b.kept ? b.chars : 0;
      }
      if (keptAgain > kept) {
        return again;
      }
      for (Block b : blocks) {
        b.kept = false;
        b.headline = false;
      }
      return select(true);
    }
    return roots;
  }

  private List<Element> select(boolean dropUnlikely) {
    scorer = new ContentScorer(hints, blocks, dropUnlikely);
    Element top = scorer.top();
    if (top == null) {
      return List.of();
    }
    List<Element> roots = withSiblings(top);
    Map<Element, Boolean> inRoot = new IdentityHashMap<>();
    for (Element r : roots) {
      inRoot.put(r, true);
    }
    int rootChars = 0;
    for (Element r : roots) {
      rootChars += scorer.totals(r).chars;
    }
    for (Block b : blocks) {
      Element root = rootOf(b.element, inRoot);
      if (root == null) {
        b.headline = b.kind == Block.Kind.HEADING && repeatsTitle(b.text);
        continue;
      }
      b.kept = keep(b, root, rootChars);
    }
    return roots;
  }

  private static Element rootOf(Element e, Map<Element, Boolean> roots) {
    for (Element p = e; p != null; p = p.parent()) {
      if (roots.containsKey(p)) {
        return p;
      }
    }
    return null;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = scorer.score(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top) {
        out.add(s);
        continue;
      }
      double bonus = 0;
      if (!top.className().isEmpty() && s.className().equals(top.className())) {
        bonus += topScore * 0.2;
      }
      if (scorer.isCandidate(s) && scorer.score(s) + bonus >= threshold) {
        out.add(s);
        continue;
      }
      if (s.normalName().equals("p")) {
        ContentScorer.Totals t = scorer.totals(s);
        double ld = scorer.linkDensity(s);
        String text = s.text();
        if (t.chars > 80 && ld < 0.25 || t.chars > 0 && t.chars < 80 && ld == 0 && text.matches("(?s).*\\.( .*|$)")) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private boolean keep(Block b, Element root, int rootChars) {
    if (b.kind == Block.Kind.HEADING && repeatsTitle(b.text)) {
      b.headline = true;
      return false;
    }
    // an embedded post or a quotation is what the article quotes, whatever box it sits in
    for (Element p = b.element; p != null && b.kind != Block.Kind.QUOTE; p = p.parent()) {
      String f = hints.furniture(p);
      if (f != null) {
        ContentScorer.Totals t = scorer.totals(p);
        if (t.chars * 2 < rootChars || scorer.linkDensity(p) > 0.5) {
          return false;
        }
      }
      if (p == root) {
        break;
      }
    }
    if (b.kind == Block.Kind.CAPTION) {
      return false;
    }
    // a quotation keeps its links: an embedded post's address and handles are part of what is quoted
    if (b.linkDensity() > 0.5 && b.words < 40 && !shownUrl(b.text) && b.kind != Block.Kind.QUOTE) {
      return false;
    }
    if (aloneWithCode(b)) {
      return false; // the label of an ad or widget slot
    }
    return true;
  }

  /** A heading that is the page's headline (or contains it, or is contained in it, as site suffixes make titles differ). */
  private boolean repeatsTitle(String text) {
    String h = norm(text);
    if (title.isEmpty() || h.length() < 12) {
      return !title.isEmpty() && h.equals(title);
    }
    return title.contains(h) || h.contains(title);
  }

  /** The block's element, or its parent, holds a script or an embedded frame and no other text. */
  private boolean aloneWithCode(Block b) {
    Element e = b.element;
    for (int up = 0; e != null && up < 2; up++, e = e.parent()) {
      if (codeBoxes.contains(e) && scorer.totals(e).chars == b.chars) {
        return true;
      }
    }
    return false;
  }

  /** A block that is a web address written out: the writer shows the address, it is not a link to another story. */
  private static boolean shownUrl(String t) {
    return (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.")) && t.indexOf(' ') < 0;
  }

  static String norm(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
