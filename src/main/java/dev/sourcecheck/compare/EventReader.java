package dev.sourcecheck.compare;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.fact.story.EventMention;
import dev.sourcecheck.time.DaySpan;
import dev.sourcecheck.time.Days;
import dev.sourcecheck.time.QuotedDays;
import dev.sourcecheck.budget.Deadline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Events of a story with their days. A predicate of the event lexicon ({@code xs-events}, tag =
 * its class: meeting, travel, announcement, dismissal, vote, signing, verdict …), in prose outside
 * quotations or inside one whose attribution names the day the words were said (its days then
 * count from that day); its participants every person, organisation and place named in its
 * clause, whatever their grammatical role (a passive's subject, a nominal event's owner); its day
 * each day expression of the sentence nearer to it than to another predicate, resolved against the
 * publication date ({@link Days}: calendar days, weekdays by tense, yesterday, spans). One {@link
 * EventMention} per participant; one without participants when the clause names no one and no
 * thing, for {@link UnnamedEvents} to resolve. Windows are bounded by the sentence and a few dozen characters
 * around the predicate. Stateless.
 */
final class EventReader {
  private EventReader() {}

  static final int REACH = 80;
  static final int PARTICIPANTS = 4;
  private static final Pattern HARD = Pattern.compile("[;—–()]");

  static List<Object> facts(Story story) {
    Deadline deadline = Deadline.current();
    List<Object> out = new ArrayList<>();
    for (AuditedArticle a : story.articles) {
      Set<String> done = new HashSet<>();
      for (Sentence s : a.prose()) {
        deadline.tick();
        List<Cue> predicates = phrases(a, a.cues("xs-events", s.span().start(), s.span().end()), story.vocab);
        if (!predicates.isEmpty()) {
          sentence(story, a, s, predicates, a.cues("xs-reporting", s.span().start(), s.span().end()), done, out);
        }
      }
    }
    return out;
  }

  private static void sentence(Story story, AuditedArticle a, Sentence s, List<Cue> predicates, List<Cue> saying,
      Set<String> done, List<Object> out) {
    String text = a.text();
    DaySpan published = Story.published(a) == null ? DaySpan.UNKNOWN : DaySpan.of(Story.published(a));
    for (Cue p : predicates) {
      Quote q = p.inQuote() ? a.quoteAt(p.start(), p.end()) : null;
      DaySpan anchor = published;
      String said = "";
      int from = Math.max(s.span().start(), p.start() - REACH);
      int to = Math.min(s.span().end(), p.end() + REACH);
      if (p.inQuote()) {
        if (q == null) {
          continue;
        }
        anchor = QuotedDays.utteranceDay(QuoteAligner.attribution(a, List.of(q)), Story.published(a), story.vocab.days);
        if (!anchor.known()) {
          continue;
        }
        said = " (quoted, said " + anchor.label() + ")";
        from = Math.max(from, q.inner().start());
        to = Math.min(to, q.inner().end());
      }
      from = boundaryBefore(text, from, p.start());
      to = boundaryAfter(text, p.end(), to);
      boolean future = !a.cues("xs-future", from, p.end()).isEmpty();
      List<Days.Found> days = new ArrayList<>();
      for (Days.Found d : Days.find(text, from, to, anchor, future, story.vocab.days)) {
        int before = ts(a).from(d.start()) - 1;
        if (before >= 0 && ts(a).start(before) >= from && story.vocab.bounds.contains(ts(a).folded(before))) {
          continue; // "runs until Friday": the day it lasts until
        }
        if (a.inQuote(d.start(), d.end()) == p.inQuote() && nearest(p, d.start(), d.end(), predicates, saying)) {
          days.add(d);
        }
      }
      if (days.isEmpty()) {
        continue;
      }
      // the participants nearer this predicate than another, sources of a verb of saying left out
      List<Entities.Entity> parts = new ArrayList<>();
      List<Entities.Entity> clause = Entities.in(story, a, from, to, p.inQuote());
      for (Entities.Entity e : clause) {
        if (nearest(p, e.start(), e.end(), predicates, List.of()) && !Entities.source(a, e, p)) {
          parts.add(e);
        }
      }
      if (parts.isEmpty()) {
        // "The closure of the Brandvik plant was announced on April 8": the clause's names are its participants
        for (Entities.Entity e : clause) {
          if (!Entities.source(a, e, p)) {
            parts.add(e);
          }
        }
      }
      parts.sort((x, y) -> Integer.compare(distance(p, x.start(), x.end()), distance(p, y.start(), y.end())));
      if (parts.size() > PARTICIPANTS) {
        parts = parts.subList(0, PARTICIPANTS);
      }
      // "the board's vote on 9 March": the owner is the event's participant, not the names after it
      String owner = EventThings.owner(a, p, from, story.vocab);
      if (owner != null) {
        parts.removeIf(e -> e.start() >= p.end());
      }
      String thing = owner != null ? null : EventThings.thing(a, p, from, to, story.vocab, !parts.isEmpty());
      String names = String.join(", ", parts.stream().map(Entities.Entity::name).distinct().toList());
      // participants by the words of their names (a person's by the story's key for them, a place by
      // its country): "Brandvik Foods" and "Brandvik" share one, whatever the attribution model took them for
      List<String> keys = new ArrayList<>();
      for (Entities.Entity e : parts) {
        List<String> words = e.key().startsWith("place:") ? List.of(e.key())
            : StoryPeople.words(e.key().startsWith("org:") ? e.key().substring(4) : e.key().replace("~", ""));
        for (String k : words) {
          if (!keys.contains(k) && (k.startsWith("place:") || story.vocab.content(k))) {
            keys.add(k);
          }
        }
      }
      if (owner != null && !keys.contains(owner)) {
        keys.add(0, owner);
        names = names.isEmpty() ? "the " + owner : names;
      }
      // "The strike by university staff, which started on Tuesday": the event noun itself after a
      // determiner, naming no one: the story's event of its class (UnnamedEvents)
      boolean nominal = thing != null && parts.isEmpty() && ts(a).until(p.end()) == ts(a).from(p.start()) + 1
          && thing.equals(ts(a).folded(ts(a).from(p.start())));
      if (thing != null) {
        // "The intrusion was discovered on Saturday": the event of no one named
        keys.add((nominal ? UnnamedEvents.NOMINAL : UnnamedEvents.THING) + Vocab.stem(thing));
        names = names.isEmpty() ? "the " + thing : names;
      }
      if (keys.isEmpty()) {
        // "A former care home manager … was jailed on Thursday": no one named; an aligned sentence
        // of another source may name them (UnnamedEvents)
        keys.add("");
        names = "";
      }
      String predicate = String.join(" / ", p.tag().split("/"));
      for (Days.Found d : days) {
        DaySpan day = d.day();
        int start = Math.min(p.start(), d.start());
        int end = Math.max(p.end(), d.end());
        for (String key : keys) {
          for (String kind : p.tag().split("/")) {
          String event = kind + "|" + key;
          List<String> named = key.isEmpty() ? List.of() : key.startsWith(UnnamedEvents.NOMINAL) ? List.of(key)
              : keys.stream().filter(x -> !x.startsWith(UnnamedEvents.NOMINAL)).toList();
          if (!done.add(event + "|" + day)) {
            continue;
          }
          out.add(new EventMention(story.id, a.id(), start, end, event, predicate, names, named, d.expression() + said,
              day.label(), day.first() == null ? EventMention.NONE : day.first().toEpochDay(),
              day.last() == null ? EventMention.NONE : day.last().toEpochDay(), day.monthDay(),
              day.weekday() == null ? 0 : day.weekday().getValue(), p.inQuote(), story.order(a.id())));
          }
        }
      }
    }
  }

  /**
   * Whether {@code [start, end)} belongs to {@code p}: the nearest predicate or verb of saying
   * before it is {@code p} ("headed to Moscow Tuesday for talks": Tuesday is the trip's; "confirmed
   * on Monday that …": Monday is the saying's), or, with none before it, the nearest predicate after
   * it is ("On Tuesday, the council voted").
   */
  private static boolean nearest(Cue p, int start, int end, List<Cue> predicates, List<Cue> saying) {
    Cue before = null;
    Cue after = null;
    for (List<Cue> cs : List.of(predicates, saying)) {
      for (Cue o : cs) {
        if (o.inQuote() != p.inQuote()) {
          continue;
        }
        if (o.end() <= start && (before == null || o.end() > before.end())) {
          before = o;
        } else if (o.start() >= end && cs == predicates && (after == null || o.start() < after.start())) {
          after = o;
        }
      }
    }
    return before != null ? before == p : after == p;
  }

  /**
   * Predicates of one phrase joined ("announced the closure", "the vote was approved"): at most two
   * function words apart, they name one event of several classes (tag: the classes joined by "/"),
   * so its day and participants are shared.
   */
  private static List<Cue> phrases(AuditedArticle a, List<Cue> cues, Vocab vocab) {
    List<Cue> out = new ArrayList<>();
    for (Cue c : cues) {
      String tag = c.tag().isEmpty() ? c.term() : c.tag();
      Cue last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.inQuote() == c.inQuote() && c.start() >= last.end() && joined(a, last.end(), c.start(), vocab)) {
        String tags = List.of(last.tag().split("/")).contains(tag) ? last.tag() : last.tag() + "/" + tag;
        out.set(out.size() - 1, new Cue(c.article(), c.lexicon(), last.term() + " " + c.term(), tags, last.start(),
            c.end(), last.line(), last.sentence(), c.inQuote(), false, false, ""));
      } else {
        out.add(new Cue(c.article(), c.lexicon(), c.term(), tag, c.start(), c.end(), c.line(), c.sentence(), c.inQuote(),
            false, false, ""));
      }
    }
    return out;
  }

  private static boolean joined(AuditedArticle a, int from, int to, Vocab vocab) {
    var ts = a.tokens();
    int i = ts.from(from);
    int j = ts.until(to);
    if (j - i > 2 || !a.text().substring(from, to).matches("[\\s\\p{L}']*")) {
      return false;
    }
    for (int k = i; k < j; k++) {
      if (ts.capitalised(k) || vocab.content(ts.folded(k))) {
        return false;
      }
    }
    return true;
  }

  private static dev.sourcecheck.text.Tokens ts(AuditedArticle a) {
    return a.tokens();
  }

  private static int distance(Cue p, int start, int end) {
    return end <= p.start() ? p.start() - end : start >= p.end() ? start - p.end() : 0;
  }

  private static int boundaryBefore(String text, int from, int at) {
    var m = HARD.matcher(text).region(from, at);
    int b = from;
    while (m.find()) {
      b = m.end();
    }
    return b;
  }

  private static int boundaryAfter(String text, int at, int to) {
    var m = HARD.matcher(text).region(at, Math.max(at, to));
    return m.find() ? m.start() : Math.max(at, to);
  }
}
