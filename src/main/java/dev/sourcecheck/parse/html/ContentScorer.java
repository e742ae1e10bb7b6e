package dev.sourcecheck.parse.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a page's article, as Readability does: every prose block gives
 * points (one, plus one per comma, plus one per hundred characters up to three) to the elements
 * above it, halving and then thinning with distance; an element starts from what its tag and its
 * class and id hints say, and keeps the share of its text that is not link text. The best-scored
 * element, moved up while an ancestor scores better, is the main container. Not thread-safe.
 */
final class ContentScorer {
  /** How much of the page's text sits under each element, in characters. */
  static final class Totals {
    int chars;
    int linkChars;
    int blocks;
  }

  private final Hints hints;
  private final Map<Element, Totals> totals = new IdentityHashMap<>();
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  /**
   * Furniture that Readability removes before scoring ("unlikely candidates"); captions and meta
   * lines only weigh against an element.
   */
  static final java.util.Set<String> UNLIKELY =
      java.util.Set.of("navigation", "related", "share", "ad", "newsletter", "comments", "footer", "notice");

  /**
   * Scores the containers of {@code blocks}. With {@code dropUnlikely}, a block inside an element
   * whose hints name furniture and not content scores nothing, unless that element holds half of
   * the page's text or more (a mislabelled wrapper).
   */
  ContentScorer(Hints hints, List<Block> blocks, boolean dropUnlikely) {
    this.hints = hints;
    for (Block b : blocks) {
      for (Element e = b.element; e != null; e = e.parent()) {
        Totals t = totals.computeIfAbsent(e, k -> new Totals());
        t.chars += b.chars;
        t.linkChars += b.linkChars;
        t.blocks++;
      }
    }
    int pageChars = 0;
    for (Block b : blocks) {
      pageChars += b.chars;
    }
    for (Block b : blocks) {
      if (b.chars < 25 || !scored(b.kind) || dropUnlikely && unlikely(b, pageChars)) {
        continue;
      }
      double points = 1 + b.commas + Math.min(b.chars / 100, 3);
      Element e = b.kind == Block.Kind.TEXT ? b.element : b.element.parent();
      for (int level = 0; e != null && level < 5; level++, e = e.parent()) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) {
          break;
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(e, initial(e) + points / divider, (old, add) -> old + points / divider);
      }
    }
    for (var en : scores.entrySet()) {
      en.setValue(en.getValue() * (1 - linkDensity(en.getKey())));
    }
  }

  /** Whether a block sits in furniture (below the body) that holds less than half of the page's text. */
  boolean unlikely(Block b, int pageChars) {
    for (Element e = b.element; e != null; e = e.parent()) {
      Hints.Hint h = hints.of(e);
      if (h.furniture() != null && !h.content() && UNLIKELY.contains(h.furniture())
          && totals(e).chars * 2 < pageChars) {
        return true;
      }
    }
    return false;
  }

  private static boolean scored(Block.Kind k) {
    return k == Block.Kind.PARAGRAPH || k == Block.Kind.TEXT || k == Block.Kind.PRE || k == Block.Kind.CELL
        || k == Block.Kind.QUOTE;
  }

  Totals totals(Element e) {
    Totals t = totals.get(e);
    return t == null ? new Totals() : t;
  }

  double linkDensity(Element e) {
    Totals t = totals(e);
    return t.chars == 0 ? 0 : t.linkChars / (double) t.chars;
  }

  double score(Element e) {
    return scores.getOrDefault(e, 0.0);
  }

  boolean isCandidate(Element e) {
    return scores.containsKey(e);
  }

  /** Readability's starting score of a candidate: by tag, and +25 / -25 for content or furniture hints. */
  double initial(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return s + classWeight(e);
  }

  double classWeight(Element e) {
    Hints.Hint h = hints.of(e);
    double w = 0;
    if (h.content()) {
      w += 25;
    }
    if (h.furniture() != null) {
      w -= 25;
    }
    return w;
  }

  /** The best-scored element, or null when no block scored. */
  Element top() {
    Element best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (var en : scores.entrySet()) {
      if (en.getValue() > bestScore) {
        best = en.getKey();
        bestScore = en.getValue();
      }
    }
    if (best == null) {
      return null;
    }
    best = promote(best);
    return best;
  }

  /**
   * Readability's refinements: several close runners-up under one ancestor make that ancestor the
   * container; an ancestor that scores better takes over; a lone child gives way to its parent.
   */
  private Element promote(Element top) {
    double topScore = score(top);
    List<Element> close = new ArrayList<>();
    for (var en : scores.entrySet()) {
      if (en.getKey() != top && en.getValue() / topScore >= 0.75) {
        close.add(en.getKey());
      }
    }
    if (close.size() >= 3) {
      for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
        int containing = 0;
        for (Element c : close) {
          if (isAncestor(p, c)) {
            containing++;
          }
        }
        if (containing >= 3) {
          top = p;
          break;
        }
      }
    }
    double last = score(top);
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
      if (!isCandidate(p)) {
        continue;
      }
      double s = score(p);
      if (s < threshold) {
        break;
      }
      if (s > last) {
        top = p;
        break;
      }
      last = s;
    }
    while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  static boolean isAncestor(Element a, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }
}
