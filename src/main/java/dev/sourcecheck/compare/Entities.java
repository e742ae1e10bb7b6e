package dev.sourcecheck.compare;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.time.Days;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The named participants in a stretch of one article: the story's people (by the attribution
 * model's mentions), places (gazetteer {@code xs-gazetteer}, by the country they lie in, so that
 * Moscow and Russia are one), and organisations (other runs of capitalised words: "Brandvik Foods",
 * "Harlow City Council"; a lone capitalised word opening a sentence is not taken). Keys are {@code
 * person key}, {@code place:country} and {@code org:folded name}. Stateless.
 */
final class Entities {
  private Entities() {}

  /** A participant: its key, a name for messages, and where it is written. */
  record Entity(String key, String name, int start, int end) {}

  static List<Entity> in(Story story, AuditedArticle a, int from, int to, boolean quoted) {
    List<Entity> out = new ArrayList<>();
    for (StoryPeople.At m : story.people.mentions(a.id())) {
      if (m.start() >= to) {
        break;
      }
      if (m.start() >= from && m.end() <= to && m.quoted() == quoted) {
        out.add(new Entity(m.key(), story.people.name(m.key()), m.start(), m.end()));
      }
    }
    for (Cue g : a.cues("xs-gazetteer", from, to)) {
      if (g.inQuote() == quoted && covered(out, g.start(), g.end()) == null) {
        String country = g.tag().isEmpty() ? g.term().toLowerCase(Locale.ROOT) : g.tag().toLowerCase(Locale.ROOT);
        out.add(new Entity("place:" + country, a.text().substring(g.start(), g.end()), g.start(), g.end()));
      }
    }
    // titles and roles are not organisations: "President", "Defence Minister"
    List<Entity> roles = new ArrayList<>();
    for (String lexicon : List.of("xs-roles", "roles")) {
      for (Cue c : a.cues(lexicon, from, to)) {
        roles.add(new Entity("", "", c.start(), c.end()));
      }
    }
    Tokens ts = a.tokens();
    int i = ts.from(from);
    int end = ts.until(to);
    while (i < end) {
      if (!name(ts, i) || covered(out, ts.start(i), ts.end(i)) != null || covered(roles, ts.start(i), ts.end(i)) != null) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < end && name(ts, j) && ts.gapBefore(j).equals(" ") && covered(out, ts.start(j), ts.end(j)) == null
          && covered(roles, ts.start(j), ts.end(j)) == null) {
        j++;
      }
      boolean alone = j == i + 1 && ts.sentenceStart(i);
      if (!alone && a.inQuote(ts.start(i), ts.end(j - 1)) == quoted) {
        List<String> words = StoryPeople.words(a.text().substring(ts.start(i), ts.end(j - 1)));
        if (!words.isEmpty() && words.get(0).equals("the")) {
          words = words.subList(1, words.size());
        }
        if (!words.isEmpty() && story.vocab.content(words.get(words.size() - 1))) {
          out.add(new Entity("org:" + String.join(" ", words), a.text().substring(ts.start(i), ts.end(j - 1)),
              ts.start(i), ts.end(j - 1)));
        }
      }
      i = j;
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  private static boolean name(Tokens ts, int i) {
    return ts.capitalised(i) && Character.isLetter(ts.word(i).charAt(0)) && !Days.calendarWord(ts.folded(i));
  }

  private static Entity covered(List<Entity> es, int start, int end) {
    for (Entity e : es) {
      if (e.start() < end && start < e.end()) {
        return e;
      }
    }
    return null;
  }

  /** A name that is the subject of a verb of saying ("Whitlock said", "according to Brandvik"). */
  static boolean source(AuditedArticle a, Entities.Entity e) {
    return source(a, e, null);
  }

  /** As {@link #source(AuditedArticle, Entity)}, a verb of saying inside {@code except} (the event itself: "announced") aside. */
  static boolean source(AuditedArticle a, Entities.Entity e, Cue except) {
    for (Cue c : a.cues("xs-reporting", e.end(), Math.min(a.text().length(), e.end() + 25))) {
      if (except != null && c.start() < except.end() && except.start() < c.end()) {
        continue;
      }
      if (a.tokens().from(c.start()) - a.tokens().until(e.end()) <= 2) {
        return true;
      }
    }
    for (Cue c : a.cues("xs-reporting", Math.max(0, e.start() - 20), e.start())) {
      if (c.term().startsWith("according")) {
        return true;
      }
    }
    return false;
  }

}
