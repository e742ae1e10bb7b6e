package dev.sourcecheck.compare;

import java.util.List;

/**
 * Posts a role phrase makes of words the role lexicon ({@code xs-roles}) does not list: a post word
 * ({@code post}: "chief") before a function makes that function's post ("chief engineer", "the
 * council's chief bridge engineer": {@code office:chief-engineer}, a field between left out of the
 * name), and after a field of lower-case words the field's head ("the airport's fire and rescue
 * chief": {@code office:fire-and-rescue-chief}); a head word of level {@code field}
 * ("officer", "director") with a field before it is a post of its own named by the field ("the port
 * authority's environmental officer": {@code office:environmental-officer}; a function's post only
 * when an owner's possessive opens the field, else it stays a function: "police officer"), whose {@code base} is
 * the head's role, so that "airport director" and "the airport's director" can be read as one post
 * said more and less precisely. A field is at most three lower-case content words the lexicon does
 * not list ("and" between them), opened by the window's start, a determiner, a modifier, a
 * possessive or a capitalised word: after any other word ("said airport director") where the field
 * starts is a guess, and none is read. Stateless.
 */
final class RolePosts {
  private RolePosts() {}

  static final int FIELD = 3;

  /** A role phrase's post: the lexicon tag it reads as, the words it covers, the role without its field. */
  record Post(String tag, int from, int to, String base) {}

  /**
   * The post {@code m} (a match of the role lexicon in {@code words}) makes, or {@code m} itself
   * read as a post when nothing around it changes it; null for a post word that makes none ("chief"
   * alone).
   */
  static Post of(List<RoleReader.Part> parts, List<String> words, Phrases.Match m, Phrases roles, Vocab vocab) {
    String tag = m.tag();
    if (tag.equals("post")) {
      // "chief bridge engineer": the function after it, a field between
      for (int k = m.to(); k < words.size() && k <= m.to() + 2; k++) {
        Phrases.Match f = roles.at(words, k);
        if (f != null && f.tag().startsWith("function:")) {
          String name = name(f.tag());
          return new Post("office:" + words.get(m.from()) + "-" + name, m.from(), f.to(), words.get(m.from()) + "-" + name);
        }
        if (f != null || !fieldWord(parts, words, k, vocab)) {
          break;
        }
      }
      int from = fieldFrom(parts, words, m.from(), roles, vocab);
      return from == m.from() ? null
          : new Post("office:" + String.join("-", words.subList(from, m.from())) + "-" + words.get(m.from()), from, m.to(),
              words.get(m.from()));
    }
    if (tag.startsWith("function:")) {
      // "Chief engineer", "the council's chief bridge engineer": a post word before it, a field between
      for (int k = m.from() - 1; k >= 0 && k >= m.from() - 3; k--) {
        Phrases.Match p = roles.at(words, k);
        if (p != null && p.tag().equals("post") && p.to() == k + 1) {
          String name = words.get(k) + "-" + name(tag);
          return new Post("office:" + name, k, m.to(), name);
        }
        if (p != null || !fieldWord(parts, words, k, vocab)) {
          break;
        }
      }
    }
    if (tag.endsWith("/field")) {
      String head = name(tag);
      int from = fieldFrom(parts, words, m.from(), roles, vocab);
      if (from < m.from()) {
        // an owned field names the one holder of a post ("the port authority's environmental officer");
        // otherwise a function stays one ("Chicago police officer Jason Van Dyke", "a police officer")
        String kind = from > 0 && parts.get(from - 1).possessive() ? "office" : tag.substring(0, tag.indexOf(':'));
        return new Post(kind + ":" + String.join("-", words.subList(from, m.from())) + "-" + head, from, m.to(), head);
      }
      return new Post(tag.substring(0, tag.length() - "/field".length()), m.from(), m.to(), head);
    }
    return new Post(tag, m.from(), m.to(), tag.contains(":") ? name(tag) : String.join("-", words.subList(m.from(), m.to())));
  }

  /** The NAME of a KIND:NAME/level tag. */
  private static String name(String tag) {
    String t = tag.contains("/") ? tag.substring(0, tag.indexOf('/')) : tag;
    return t.substring(t.indexOf(':') + 1);
  }

  /** A word that may be part of a field: lower case, a content word, no digit. */
  private static boolean fieldWord(List<RoleReader.Part> parts, List<String> words, int k, Vocab vocab) {
    RoleReader.Part p = parts.get(k);
    String w = words.get(k);
    return !p.capitalised() && !p.possessive() && vocab.content(w) && w.chars().noneMatch(Character::isDigit);
  }

  /** Where the field before word {@code at} starts; {@code at} when there is none (see the class comment). */
  static int fieldFrom(List<RoleReader.Part> parts, List<String> words, int at, Phrases roles, Vocab vocab) {
    int k = at;
    int n = 0;
    while (k > 0) {
      String w = words.get(k - 1);
      if (w.equals("and") && n > 0 && k - 1 > 0 && fieldWord(parts, words, k - 2, vocab) && roles.at(words, k - 2) == null) {
        k--;
        continue;
      }
      if (n == FIELD || roles.at(words, k - 1) != null || !fieldWord(parts, words, k - 1, vocab)) {
        break;
      }
      k--;
      n++;
    }
    if (k == at || k == 0) {
      return k;
    }
    RoleReader.Part before = parts.get(k - 1);
    Phrases.Match b = roles.at(words, k - 1);
    boolean opened = before.capitalised() || before.possessive()
        || b != null && b.to() == k && (b.tag().equals("determiner") || b.tag().startsWith("modifier:"));
    return opened ? k : at;
  }
}
