package dev.sourcecheck.parse.html;

import dev.sourcecheck.parse.TextDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata, each value from the most reliable place that has it: JSON-LD first,
 * then the Open Graph and article {@code <meta>} tags, then the page itself (the main {@code h1},
 * {@code <time datetime>}, {@code rel=author}, the byline and date lines). Stateless.
 */
final class MetadataReader {
  private MetadataReader() {}

  /** {@code <meta>} names and properties that carry a publication date, most specific first. */
  private static final List<String> DATE_METAS = List.of("article:published_time", "og:article:published_time",
      "datePublished", "published_time", "pubdate", "publishdate", "publish-date", "publication_date", "date",
      "dc.date.issued", "dcterms.date", "dc.date", "dcterms.created", "parsely-pub-date", "sailthru.date",
      "og:published_time", "article.published", "original-publish-date", "date.release");

  /** {@code <meta>} names that carry the author. */
  private static final List<String> AUTHOR_METAS =
      List.of("author", "article:author", "byl", "dcterms.creator", "dc.creator", "parsely-author", "sailthru.author");

  /**
   * The page's metadata. {@code mainH1} is the headline the page displays over its main text (null
   * when unknown): it stands in for the title when JSON-LD and Open Graph do not give one.
   */
  static PageMetadata read(Document doc, JsonLd.Article ld, List<Block> blocks, Hints hints, String mainH1) {
    String site = first(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name"));
    String title = first(ld.headline(), stripSite(meta(doc, "og:title"), site), mainH1, h1(doc),
        stripSite(doc.title().strip(), site));
    LocalDate published = date(ld.datePublished());
    for (String name : DATE_METAS) {
      if (published == null) {
        published = date(meta(doc, name));
      }
    }
    if (published == null) {
      published = timeElement(doc);
    }
    if (published == null) {
      published = dateLine(blocks, hints);
    }
    String byline = first(clean(ld.author()), author(doc), bylineLine(blocks, hints));
    String url = first(absolute(doc.selectFirst("link[rel=canonical][href]")), meta(doc, "og:url"), ld.url());
    return new PageMetadata(title, published, byline, site, url);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** The content of {@code <meta property=NAME>}, {@code <meta name=NAME>} or {@code <meta itemprop=NAME>}. */
  static String meta(Document doc, String name) {
    for (Element m : doc.getElementsByTag("meta")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.equalsIgnoreCase(name)) {
        String c = m.attr("content").replaceAll("\\s+", " ").strip();
        if (!c.isEmpty()) {
          return c;
        }
      }
    }
    return null;
  }

  /** The title the page states in its metadata (JSON-LD headline, Open Graph title), or null. */
  static String statedTitle(Document doc, JsonLd.Article ld) {
    return first(ld.headline(), stripSite(meta(doc, "og:title"), first(meta(doc, "og:site_name"), ld.publisher())));
  }

  private static String h1(Document doc) {
    Element h = doc.selectFirst("h1");
    return h == null ? null : h.text();
  }

  /** "Headline | Site", "Headline - Site": the headline, when the last part is the site's name or a short label. */
  static String stripSite(String title, String site) {
    if (title == null) {
      return null;
    }
    String siteKey = site == null ? null : MainText.norm(site);
    for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")) {
      int i = title.lastIndexOf(sep);
      if (i <= 0) {
        continue;
      }
      String head = title.substring(0, i).strip();
      String tail = title.substring(i + sep.length()).strip();
      boolean isSite = siteKey != null && !siteKey.isEmpty()
          && (MainText.norm(tail).contains(siteKey) || siteKey.contains(MainText.norm(tail)));
      if (isSite || tail.split("\\s+").length <= 3 && head.split("\\s+").length >= 4) {
        return stripSite(head, site);
      }
    }
    return title;
  }

  /** An ISO date or date-time's date as written (the outlet's local day), or a date in words. */
  static LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
      try {
        return LocalDate.parse(v.substring(0, 10));
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    return TextDates.parse(v);
  }

  private static LocalDate timeElement(Document doc) {
    Element t = doc.selectFirst("time[datetime][itemprop=datePublished], time[datetime][pubdate]");
    if (t == null) {
      t = doc.selectFirst("time[datetime]");
    }
    return t == null ? null : date(t.attr("datetime"));
  }

  /** The first short line that the hints call a date line and that reads as a date. */
  private static LocalDate dateLine(List<Block> blocks, Hints hints) {
    for (Block b : blocks) {
      if (b.words <= 16 && "date".equals(hintAbove(b, hints))) {
        LocalDate d = TextDates.parse(b.text);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static String author(Document doc) {
    for (String name : AUTHOR_METAS) {
      String a = clean(meta(doc, name));
      if (a != null && !a.startsWith("http") && !a.contains("/")) {
        return a;
      }
    }
    Element rel = doc.selectFirst("a[rel~=(?i)\\bauthor\\b], [itemprop=author] [itemprop=name], [itemprop=author]");
    return rel == null ? null : clean(rel.text());
  }

  /** The first short line the hints call a byline, without its "By". */
  private static String bylineLine(List<Block> blocks, Hints hints) {
    for (Block b : blocks) {
      if (b.words <= 12 && b.words >= 2 && "byline".equals(hintAbove(b, hints))) {
        return clean(b.text);
      }
    }
    return null;
  }

  private static String hintAbove(Block b, Hints hints) {
    int up = 0;
    for (Element e = b.element; e != null && up < 3; e = e.parent(), up++) {
      String f = hints.furniture(e);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** A byline without a leading "By" and trailing separators; null when nothing is left. */
  static String clean(String byline) {
    if (byline == null) {
      return null;
    }
    String s = byline.replaceAll("\\s+", " ").strip();
    if (s.toLowerCase(Locale.ROOT).startsWith("by ")) {
      s = s.substring(3).strip();
    }
    s = s.replaceAll("^[|,;:\\-–— ]+|[|,;:\\-–— ]+$", "");
    return s.isEmpty() || s.length() > 200 ? null : s;
  }

  private static String absolute(Element link) {
    if (link == null) {
      return null;
    }
    String abs = link.absUrl("href");
    return abs.isEmpty() ? link.attr("href") : abs;
  }
}
