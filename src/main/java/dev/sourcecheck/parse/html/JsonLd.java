package dev.sourcecheck.parse.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article a page describes in JSON-LD ({@code <script type="application/ld+json">}), read
 * with Jackson: the first object whose {@code @type} is an article type, found anywhere in the
 * scripts ({@code @graph} lists, arrays, nested values). Sloppy JSON that pages ship (comments,
 * trailing commas, raw line breaks in strings) is accepted; a script that is not JSON at all is
 * ignored. Stateless and thread-safe.
 */
final class JsonLd {
  /** What JSON-LD says about the article; any value may be null. */
  record Article(String headline, String datePublished, String author, String publisher, String url,
      String articleBody) {
    static final Article NONE = new Article(null, null, null, null, null, null);
  }

  /** schema.org types whose objects are the page's article. */
  static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
      "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "techarticle", "report",
      "scholarlyarticle", "satiricalarticle", "advertisercontentarticle", "posting");

  private static final ObjectMapper JSON = JsonMapper.builder(new JsonFactory())
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  private JsonLd() {}

  static Article read(Document doc) {
    Article best = Article.NONE;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JsonProcessingException | RuntimeException e) {
        continue; // not JSON: the page's problem, not the article's
      }
      if (root == null) {
        continue;
      }
      JsonNode found = findArticle(root);
      if (found != null) {
        Article a = article(found);
        if (best == Article.NONE || best.headline() == null && a.headline() != null) {
          best = a;
        }
      }
    }
    return best;
  }

  /** The first article-typed object, breadth first, without recursion. */
  private static JsonNode findArticle(JsonNode root) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < 10_000) {
      JsonNode n = queue.poll();
      if (n.isObject() && isArticle(n.get("@type"))) {
        return n;
      }
      if (n.isContainerNode()) {
        n.elements().forEachRemaining(queue::add);
      }
    }
    return null;
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    if (!type.isTextual()) {
      return false;
    }
    String t = type.asText();
    int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
    return ARTICLE_TYPES.contains(t.substring(slash + 1).toLowerCase(java.util.Locale.ROOT));
  }

  private static Article article(JsonNode a) {
    return new Article(text(a.get("headline")), text(a.get("datePublished")), names(a.get("author")),
        names(a.get("publisher")), url(a), body(a.get("articleBody")));
  }

  private static String url(JsonNode a) {
    String u = text(a.get("url"));
    if (u != null) {
      return u;
    }
    JsonNode main = a.get("mainEntityOfPage");
    if (main != null && main.isObject()) {
      String id = text(main.get("@id"));
      return id != null ? id : text(main.get("url"));
    }
    return text(main);
  }

  /** A name, or the names of a list of people or organisations, joined with " and ". */
  private static String names(JsonNode n) {
    if (n == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(items::add);
    } else {
      items.add(n);
    }
    for (JsonNode i : items) {
      String name = i.isObject() ? text(i.get("name")) : text(i);
      if (name != null && !name.startsWith("http") && !out.contains(name)) {
        out.add(name);
      }
    }
    return out.isEmpty() ? null : String.join(" and ", out);
  }

  /** The article body with its line breaks kept (paragraphs), other white space collapsed. */
  private static String body(JsonNode n) {
    if (n == null || !n.isTextual()) {
      return null;
    }
    String s = Parser.unescapeEntities(n.asText(), false).replace("\r", "");
    s = s.replaceAll("[ \t\u00A0]+", " ").replaceAll(" *\n[ \n]*", "\n").strip();
    return s.isEmpty() ? null : s;
  }

  /** A string value with HTML entities decoded and white space collapsed, or null when empty or not a string. */
  static String text(JsonNode n) {
    if (n == null || !n.isValueNode()) {
      if (n != null && n.isArray() && n.size() > 0) {
        return text(n.get(0));
      }
      return null;
    }
    String s = Parser.unescapeEntities(n.asText(), false).replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }
}
