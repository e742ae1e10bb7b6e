package dev.sourcecheck.compare;

import dev.sourcecheck.fact.story.EventMention;
import dev.sourcecheck.fact.story.SentencePair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Participants for the events whose clause names no one ("A former care home manager who stole
 * £340,000 was jailed for six years on Thursday"): an event of the same class, with its day, in the
 * sentence another source's aligned sentence ({@link SentencePair}) states, names them ("Linda Hale
 * was sentenced at Lancaster Crown Court on Wednesday"). The unnamed mention takes that event's
 * participants, once per participant. Two such events of one class in aligned sentences, neither
 * named ("The outbreak was first detected on Friday" / "The bug was first detected on 11
 * November"), are one event. One that no aligned sentence names is dropped. Stateless.
 */
final class UnnamedEvents {
  private UnnamedEvents() {}

  /**
   * The key of a nominal event that names no one ("The strike by university staff, which started
   * on Tuesday"): it stands for the story's event of its class when every named mention of that
   * class in the story shares a participant (one strike, of the University of Westbury), and is
   * an event of that thing ({@link #THING}) otherwise.
   */
  static final String NOMINAL = "nominal:";
  /** The key of the thing an event is said of when its clause names no one ("the intrusion"). */
  static final String THING = "thing:";

  /** {@code facts} with every unnamed {@link EventMention} replaced by the named ones it stands for. */
  static List<Object> resolve(List<Object> facts) {
    // by article, in fact order: a pair is looked up by its own article, events by the other's
    Map<String, List<EventMention>> named = new HashMap<>();
    Map<String, List<EventMention>> unnamed = new HashMap<>();
    Map<String, List<SentencePair>> pairs = new HashMap<>();
    Map<String, List<String>> common = new HashMap<>(); // by class: the participants all its named mentions share
    for (Object f : facts) {
      if (f instanceof EventMention e && !e.participants().isEmpty() && !nominal(e)) {
        String kind = e.event().substring(0, e.event().indexOf('|') + 1);
        List<String> real = e.participants().stream().filter(x -> !x.startsWith(THING)).toList();
        if (real.isEmpty()) {
          continue; // "the intrusion": a thing, no one named
        }
        List<String> before = common.get(kind);
        common.put(kind, before == null ? new ArrayList<>(real) : new ArrayList<>(before.stream().filter(real::contains).toList()));
      }
    }
    for (Object f : facts) {
      if (f instanceof EventMention e && !nominal(e)) {
        (e.participants().isEmpty() ? unnamed : named).computeIfAbsent(e.article(), k -> new ArrayList<>()).add(e);
      } else if (f instanceof SentencePair p && p.joinedOn().isEmpty()) {
        pairs.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p);
      }
    }
    List<Object> out = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    for (Object f : facts) {
      if (f instanceof EventMention e && nominal(e)) {
        String kind = e.event().substring(0, e.event().indexOf('|') + 1);
        List<String> shared = common.getOrDefault(kind, List.of());
        if (shared.isEmpty()) {
          String thing = THING + e.participants().get(0).substring(NOMINAL.length());
          out.add(new EventMention(e.story(), e.article(), e.start(), e.end(), kind + thing, e.predicate(), e.participant(),
              List.of(thing), e.expression(), e.day(), e.first(), e.last(), e.monthDay(), e.weekday(), e.quoted(), e.order()));
        }
        for (String key : shared) {
          if (done.add(e.article() + "|" + e.start() + "|" + kind + key + "|" + e.day())) {
            out.add(new EventMention(e.story(), e.article(), e.start(), e.end(), kind + key, e.predicate(), e.participant(),
                shared, e.expression(), e.day(), e.first(), e.last(), e.monthDay(), e.weekday(), e.quoted(), e.order()));
          }
        }
        continue;
      }
      if (!(f instanceof EventMention e) || !e.participants().isEmpty()) {
        out.add(f);
        continue;
      }
      String kind = e.event().substring(0, e.event().indexOf('|') + 1);
      for (SentencePair p : pairs.getOrDefault(e.article(), List.of())) {
        if (p.start() > e.start() || p.end() < e.end()) {
          continue;
        }
        // neither names anyone ("The outbreak was first detected on Friday" / "The bug was first
        // detected on 11 November"): the two aligned sentences' events are one, keyed by the earlier
        for (EventMention n : unnamed.getOrDefault(p.otherArticle(), List.of())) {
          if (n.start() >= p.otherStart() && n.end() <= p.otherEnd()
              && n.event().equals(e.event())) {
            EventMention first = n.order() < e.order() ? n : e;
            String key = "event:" + first.article() + "@" + first.start();
            if (done.add(e.article() + "|" + e.start() + "|" + kind + key + "|" + e.day())) {
              out.add(new EventMention(e.story(), e.article(), e.start(), e.end(), kind + key, e.predicate(),
                  "the " + e.predicate(), List.of(key), e.expression(), e.day(), e.first(), e.last(), e.monthDay(),
                  e.weekday(), e.quoted(), e.order()));
            }
          }
        }
        for (EventMention n : named.getOrDefault(p.otherArticle(), List.of())) {
          if (n.start() >= p.otherStart() && n.end() <= p.otherEnd()
              && n.event().startsWith(kind) && done.add(e.article() + "|" + e.start() + "|" + n.event() + "|" + e.day())) {
            out.add(new EventMention(e.story(), e.article(), e.start(), e.end(), n.event(), e.predicate(), n.participant(),
                n.participants(), e.expression(), e.day(), e.first(), e.last(), e.monthDay(), e.weekday(), e.quoted(),
                e.order()));
          }
        }
      }
    }
    return out;
  }

  private static boolean nominal(EventMention e) {
    return e.participants().size() == 1 && e.participants().get(0).startsWith(NOMINAL);
  }
}
