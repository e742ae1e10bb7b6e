package dev.sourcecheck.parse.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Turns what the extraction left out into compact lines at the places they sat. A left-out block
 * belongs to its region: its highest ancestor that holds no main text. Neighbouring blocks of one
 * region, or of regions whose hints name the same furniture, make one line: their texts joined
 * with {@code " | "} and cut at {@value #MAX_CHARS} characters. The line carries the DOM's
 * signals (tag, role, hint, position, words, links); the rules decide what it is. Not thread-safe.
 */
final class LeftOutLines {
  static final int MAX_CHARS = 160;

  private final Hints hints;
  private final Map<Element, Boolean> holdsMain = new IdentityHashMap<>();
  private final Map<Element, String> regionHints = new IdentityHashMap<>(); // by block element

  private LeftOutLines(Hints hints) {
    this.hints = hints;
  }

  /** The page's lines in reading order: kept blocks as main lines, the rest grouped into compact lines. */
  static List<PageLine> lines(List<Block> blocks, Hints hints) {
    LeftOutLines l = new LeftOutLines(hints);
    int firstMain = -1;
    int lastMain = -1;
    for (Block b : blocks) {
      if (b.kept) {
        for (Element e = b.element; e != null && l.holdsMain.put(e, Boolean.TRUE) == null; e = e.parent()) {
          // marks every ancestor once
        }
        firstMain = firstMain < 0 ? b.index : firstMain;
        lastMain = b.index;
      }
    }
    List<PageLine> out = new ArrayList<>();
    List<Block> group = new ArrayList<>();
    Element groupRegion = null;
    String groupHint = null;
    for (Block b : blocks) {
      if (b.kept) {
        l.flush(group, groupRegion, groupHint, firstMain, lastMain, out);
        group.clear();
        out.add(PageLine.main(b));
        continue;
      }
      if (b.headline) {
        continue; // the article states it as its title, on its first line
      }
      Element region = l.region(b.element);
      String hint = l.hint(b.element, region);
      boolean joins = !group.isEmpty()
          && (region == groupRegion && (hint.isEmpty() || groupHint.isEmpty() || hint.equals(groupHint))
              || !hint.isEmpty() && hint.equals(groupHint));
      if (!joins) {
        l.flush(group, groupRegion, groupHint, firstMain, lastMain, out);
        group.clear();
        groupRegion = region;
        groupHint = hint;
      } else if (groupHint.isEmpty()) {
        groupHint = hint;
      }
      group.add(b);
    }
    l.flush(group, groupRegion, groupHint, firstMain, lastMain, out);
    return out;
  }

  /** The highest ancestor of {@code e} below the body that holds no main text ({@code e} itself when it does). */
  private Element region(Element e) {
    Element r = e;
    for (Element p = e.parent(); p != null && !holdsMain.containsKey(p) && !top(p); p = p.parent()) {
      r = p;
    }
    return r;
  }

  private static boolean top(Element e) {
    String t = e.normalName();
    return t.equals("body") || t.equals("html") || e.parent() == null;
  }

  /**
   * What the hints say about a left-out block: the nearest furniture named on the way from its
   * element up to its region's root, or above the root while no main text is there; empty when
   * nothing is named. Text standing in the main container itself has only its own element's hints.
   */
  private String hint(Element e, Element region) {
    String cached = regionHints.get(e);
    if (cached != null) {
      return cached;
    }
    String found = "";
    for (Element p = e; p != null && !top(p); p = p.parent()) {
      if (p != e && holdsMain.containsKey(p)) {
        break;
      }
      String f = hints.furniture(p);
      if (f != null) {
        found = f;
        break;
      }
      if (p == region && holdsMain.containsKey(p)) {
        break;
      }
    }
    regionHints.put(e, found);
    return found;
  }

  private void flush(List<Block> group, Element region, String hint, int firstMain, int lastMain, List<PageLine> out) {
    if (group.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    int words = 0;
    int links = 0;
    int linkChars = 0;
    int chars = 0;
    for (Block b : group) {
      words += b.words;
      links += b.links;
      linkChars += b.linkChars;
      chars += b.chars;
      if (text.length() < MAX_CHARS) {
        text.append(text.length() == 0 ? "" : " | ").append(b.text);
      }
    }
    Block first = group.get(0);
    String where = firstMain < 0 || first.index > lastMain ? "after" : first.index < firstMain ? "before" : "inside";
    if (firstMain < 0) {
      where = "after";
    }
    out.add(new PageLine(clip(text.toString()), false, PageLine.Kind.LEFT_OUT, first.inputLine, region.normalName(),
        region.attr("role").strip().toLowerCase(java.util.Locale.ROOT), hint, where, words, links,
        chars == 0 ? 0 : linkChars / (double) chars));
  }

  static String clip(String s) {
    if (s.length() <= MAX_CHARS) {
      return s;
    }
    int cut = s.lastIndexOf(' ', MAX_CHARS - 1);
    if (cut < MAX_CHARS / 2) {
      cut = MAX_CHARS - 1;
    }
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut).stripTrailing() + "…";
  }
}
