package dev.sourcecheck.compare;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.story.RoleMention;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.time.Days;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The roles each article gives the story's people, read around every mention of a person outside
 * quotations: a title right before the name (its modifiers and organisation before it: "former
 * Ohio Gov. John Kasich"), an appositive right after it (", 52, chief executive of Brandvik
 * Foods,", "(the club's captain)", ", who was treasurer at the time,"), or an appositive right
 * before it ("The firm's head of procurement, Dana Whitlock, said"); and the role phrase the
 * attribution model attached to the mention. Roles, modifiers (deputy, acting, former, then …) and
 * their kinds come from the role lexicon {@code xs-roles}. Every window is a few words around one
 * mention. Stateless.
 */
final class RoleReader {
  private RoleReader() {}

  static final int WINDOW = 10;

  /** A word of a window: folded (one part of a hyphenated word), where it is, and its shape. */
  record Part(String word, int start, int end, boolean capitalised, boolean possessive) {}

  record Role(String role, String base, String kind, String level, String modifier, boolean former, boolean past, String org,
      int start, int end, String form) {
    Role as(String f) {
      return new Role(role, base, kind, level, modifier, former, past, org, start, end, f);
    }
  }

  static List<Object> facts(Story story, Phrases roles) {
    List<Object> out = new ArrayList<>();
    for (AuditedArticle a : story.articles) {
      Set<String> done = new HashSet<>();
      for (StoryPeople.At m : story.people.mentions(a.id())) {
        if (m.quoted() || m.described() || story.people.institution(m.key()) || m.key().startsWith("~")) {
          continue; // a surname nobody of the story has in full is no one we can tell roles of
        }
        if (story.people.sharedSurname(m.key()) && !a.text().substring(m.start(), m.end()).strip().contains(" ")) {
          continue; // "former President Clinton" in a story of Bill and Hillary Clinton: which one is a guess
        }
        for (Role r : read(a, m, roles, story.vocab)) {
          RoleMention rm = new RoleMention(story.id, m.key(), story.people.name(m.key()), a.id(),
              Math.min(r.start, m.start()), Math.max(r.end, m.end()), a.text().substring(r.start, r.end), r.role,
              r.base, r.kind, r.level, r.modifier, r.former, r.past, r.org, r.form, story.order(a.id()), Story.day(a));
          if (done.add(m.key() + "|" + rm.title() + "|" + r.past)) {
            out.add(rm);
          }
        }
      }
    }
    return out;
  }

  static List<Role> read(AuditedArticle a, StoryPeople.At m, Phrases roles, Vocab vocab) {
    Tokens ts = a.tokens();
    int first = ts.from(m.start());
    int last = ts.until(m.end());
    int sentence = a.article().sentenceAt(m.start());
    if (first >= last || sentence < 0) {
      return List.of();
    }
    var span = a.article().sentences().get(sentence).span();
    int lo = ts.from(span.start());
    int hi = ts.until(span.end());
    List<Role> out = new ArrayList<>();
    // a title right before the name, a courtesy title between them skipped ("Chief executive Dr Helen Marr")
    int named = first > lo && !ts.gapBefore(first).contains(",") && honorific(ts, first - 1, roles) ? first - 1 : first;
    int j = named;
    while (j > lo && named - j < WINDOW && !RoleWindows.stop(ts, j - 1, j)) {
      j--;
    }
    Role title = parse(RoleWindows.parts(ts, j, named), roles, vocab, true);
    add(out, title, "title");
    // an appositive before a titled name: "The vice-chancellor, Professor Alan Whitcombe, said"
    int lead = title != null && ts.from(title.start) > lo && ts.gapBefore(ts.from(title.start)).strip().equals(",")
        ? ts.from(title.start) : named;
    // an appositive right after it, an age before it skipped
    if (last < hi && RoleWindows.opens(ts.gapBefore(last))) {
      int from = last;
      int to = RoleWindows.segmentEnd(ts, from, hi);
      if (to == from + 1 && ts.is(from, Tokens.NUMBER) && to < hi && ts.gapBefore(to).contains(",")) {
        from = to;
        to = RoleWindows.segmentEnd(ts, from, hi);
      }
      Role found = parse(RoleWindows.parts(ts, from, to), roles, vocab, false);
      add(out, found, "after");
      // a second role joined to the first: ", the council's chief executive and returning officer,"
      int k = found == null ? to : ts.from(found.end);
      Phrases.Match and = k + 1 < to ? roles.at(List.of(ts.folded(k)), 0) : null;
      if (and != null && ts.gapBefore(k).isBlank() && and.tag().equals("conjunction")) {
        Role second = parse(RoleWindows.parts(ts, k + 1, to), roles, vocab, false);
        add(out, second != null && second.start == ts.start(k + 1) ? second : null, "after");
      }
    }
    // an appositive right before it: "The club's captain, Tom Reyes, said", "said its medical director, Dr. Helen Marr."
    if (lead > lo && ts.gapBefore(lead).strip().equals(",") && (last >= hi || ts.gapBefore(last).contains(","))) {
      int k = lead - 1;
      while (k > lo && lead - k < WINDOW && !RoleWindows.stop(ts, k - 1, k)) {
        k--;
      }
      add(out, parse(RoleWindows.parts(ts, k, lead), roles, vocab, true), "before");
    }
    return out;
  }

  /** Whether word {@code i} is a courtesy title ({@code xs-roles} tag {@code honorific}: Dr, Mr, Ms). */
  private static boolean honorific(Tokens ts, int i, Phrases roles) {
    Phrases.Match m = roles.at(List.of(ts.folded(i).replace(".", "")), 0);
    return m != null && m.tag().equals("honorific");
  }

  private static void add(List<Role> out, Role found, String form) {
    Role r = found == null ? null : found.as(form);
    if (r != null && out.stream().noneMatch(o -> o.role.equals(r.role) && o.modifier.equals(r.modifier)
        && o.former == r.former)) {
      out.add(r);
    }
  }

  /**
   * The role a window gives: at its end (a title before a name, an appositive before it) or near
   * its start (an appositive after it). Words before the role may be modifiers, function words,
   * organisation names (capitalised) and possessives; any other word means it is no role phrase.
   */
  static Role parse(List<Part> parts, Phrases roles, Vocab vocab, boolean atEnd) {
    List<String> words = new ArrayList<>(parts.size());
    parts.forEach(p -> words.add(p.word));
    Phrases.Match role = null;
    String base = "";
    for (int i = 0; i < words.size(); i++) {
      Phrases.Match found = roles.at(words, i);
      if (found == null || !found.tag().startsWith("office") && !found.tag().startsWith("seat") && !found.tag().startsWith("rank")
          && !found.tag().startsWith("function") && !found.tag().startsWith("side") && !found.tag().equals("post")) {
        continue;
      }
      // "chief engineer", "environmental officer": the post the words around it make (RolePosts)
      RolePosts.Post post = RolePosts.of(parts, words, found, roles, vocab);
      if (post == null) {
        continue;
      }
      Phrases.Match m = new Phrases.Match(post.tag(), post.from(), post.to());
      if (!atEnd && m.to() < words.size() && (parts.get(m.to() - 1).possessive
          || parts.get(m.to()).capitalised && parts.get(m.to()).possessive)) {
        // ", the president's deputy national security adviser,", ", President Obama's chief of staff,":
        // the possessive owns the role after it
        continue;
      }
      if (atEnd ? m.to() == words.size() : role == null) {
        if (role == null || m.to() - m.from() > role.to() - role.from()) {
          role = m;
          base = post.base();
        }
      }
      if (!atEnd) {
        break;
      }
    }
    if (role == null) {
      return null;
    }
    String modifier = "";
    boolean former = false;
    boolean past = false;
    List<String> orgWords = new ArrayList<>();
    boolean lowerBefore = false;
    int start = parts.get(role.from()).start;
    // walk back from the role over its modifiers, organisation words and possessives
    boolean determined = false;
    for (int i = role.from() - 1; i >= 0; i--) {
      Part p = parts.get(i);
      Phrases.Match mod = roles.at(words, i);
      String tag = mod == null || mod.to() != i + 1 ? "" : mod.tag();
      if (tag.equals("determiner")) {
        // "the firm's head of procurement": the phrase opens here; only a modifier may stand before it ("then the")
        for (int k = i - 1; k >= 0; k--) {
          Phrases.Match before = roles.at(words, k);
          String t = before == null || before.to() != k + 1 ? "" : before.tag();
          if (t.equals("modifier:then")) {
            past = true;
          } else if (t.equals("modifier:former")) {
            former = true;
          } else if (!atEnd && (vocab.content(words.get(k)) || parts.get(k).capitalised)) {
            return null; // ", saying that his rival …": not an appositive
          }
        }
        determined = true;
        break;
      }
      if (tag.equals("joiner")) {
        if (i > 0 && parts.get(i - 1).capitalised && parts.get(i + 1).capitalised) {
          continue; // "Bank of England"
        }
        break;
      }
      if (tag.startsWith("modifier:")) {
        String w = mod.tag().substring("modifier:".length());
        switch (w) {
          case "former" -> former = true;
          case "then" -> past = true;
          default -> modifier = modifier.isEmpty() ? w : modifier;
        }
        start = p.start;
      } else if (p.capitalised && vocab.content(p.word) && !Days.calendarWord(p.word)) {
        orgWords.add(0, p.word);
        start = p.start;
      } else if (p.possessive) {
        start = p.start;
      } else if (vocab.content(p.word)) {
        if (atEnd) {
          break; // "and", "said": the title before the name starts after it
        }
        lowerBefore = true; // "the council treasurer": allowed only after a determiner
      } else if (atEnd) {
        break;
      }
    }
    if (lowerBefore && !determined) {
      return null; // ", who said the chief executive …", ", who lost the election": an appositive opens with its role
    }
    StringBuilder org = new StringBuilder(String.join(" ", orgWords));
    int end = role.to();
    if (!atEnd) {
      // "of Brandvik Foods", "at the council": the organisation after the role
      int k = end;
      boolean field = k < words.size() && (words.get(k).equals("in") || words.get(k).equals("for"))
          && parts.subList(k, parts.size()).stream().noneMatch(Part::capitalised);
      if (field) {
        end = parts.size(); // "a consultant in health protection", "cabinet member for transport": the role's field is part of it
      } else if (k < words.size() && (words.get(k).equals("of") || words.get(k).equals("at") || words.get(k).equals("for"))) {
        k++;
        while (k < words.size() && (parts.get(k).capitalised || !vocab.content(words.get(k)))) {
          if (parts.get(k).capitalised) {
            org.append(org.length() == 0 ? "" : " ").append(words.get(k));
            end = k + 1;
          }
          k++;
        }
      }
      past |= String.join(" ", words).contains("at the time");
      // ", former President Bill Clinton": a title of the next name in a list, not a description
      if (end < parts.size() && parts.get(end).capitalised && !parts.get(end).possessive) {
        return null;
      }
    }
    // "office:chief-executive/head": the post's level in its organisation after the slash
    String tag = role.tag();
    String level = tag.contains("/") ? tag.substring(tag.indexOf('/') + 1) : "";
    tag = tag.contains("/") ? tag.substring(0, tag.indexOf('/')) : tag;
    String kind = tag.contains(":") ? tag.substring(0, tag.indexOf(':')) : tag;
    String name = tag.contains(":") ? tag.substring(tag.indexOf(':') + 1) : String.join("-", words.subList(role.from(), role.to()));
    return new Role(name, base.isEmpty() ? name : base, kind, level, modifier, former, past, org.toString(), start,
        parts.get(Math.max(role.to(), end) - 1).end, "");
  }
}
