package dev.sourcecheck.parse.html;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id, ARIA role and tag say it holds, looked up in {@code page-hints}:
 * whether it names article content, and the first kind of page furniture it names (navigation,
 * share, ad...), or null. Cached per element; not thread-safe (one per page).
 */
final class Hints {
  /** An element's hint: {@code content} when it names article text, {@code furniture} the first other kind named. */
  record Hint(boolean content, String furniture) {
    static final Hint NONE = new Hint(false, null);
  }

  private final PageLexicons lexicons;
  private final Map<Element, Hint> cache = new IdentityHashMap<>();

  Hints(PageLexicons lexicons) {
    this.lexicons = lexicons;
  }

  Hint of(Element e) {
    Hint h = cache.get(e);
    if (h == null) {
      h = compute(e);
      cache.put(e, h);
    }
    return h;
  }

  /** The furniture an element names, or null (also for one that names content as well). */
  String furniture(Element e) {
    return of(e).furniture();
  }

  private Hint compute(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html")) {
      return Hint.NONE;
    }
    boolean[] content = new boolean[1];
    String[] furniture = new String[1];
    look(tag, content, furniture);
    look(e.attr("role").toLowerCase(Locale.ROOT), content, furniture);
    tokens(e.attr("id"), content, furniture);
    tokens(e.className(), content, furniture);
    tokens(e.attr("itemprop"), content, furniture);
    if (!content[0] && furniture[0] == null) {
      return Hint.NONE;
    }
    return new Hint(content[0], furniture[0]);
  }

  private void look(String token, boolean[] content, String[] furniture) {
    if (token.isEmpty()) {
      return;
    }
    String h = lexicons.hint(token);
    if (h == null) {
      return;
    }
    if (h.equals(PageLexicons.CONTENT)) {
      content[0] = true;
    } else if (furniture[0] == null) {
      furniture[0] = h;
    }
  }

  /** Splits at characters that are not letters or digits and at camelCase humps; looks up each part and the whole run. */
  private void tokens(String attr, boolean[] content, String[] furniture) {
    int n = attr.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(attr.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && Character.isLetterOrDigit(attr.charAt(i))) {
        i++;
      }
      if (i == s) {
        continue;
      }
      String run = attr.substring(s, i);
      look(run.toLowerCase(Locale.ROOT), content, furniture);
      int h = 0;
      for (int k = 1; k <= run.length(); k++) {
        boolean hump = k < run.length() && Character.isUpperCase(run.charAt(k)) && Character.isLowerCase(run.charAt(k - 1));
        if (hump || k == run.length()) {
          if (h > 0 || k < run.length()) {
            look(run.substring(h, k).toLowerCase(Locale.ROOT), content, furniture);
          }
          h = k;
        }
      }
    }
  }
}
