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

  /** {@code facts} with every unnamed {@link EventMention} replaced by the named ones it stands for. */
  static List<Object> resolve(List<Object> facts) {
    // by article, in fact order: a pair is looked up by its own article, events by the other's
    Map<String, List<EventMention>> named = new HashMap<>();
    Map<String, List<EventMention>> unnamed = new HashMap<>();
    Map<String, List<SentencePair>> pairs = new HashMap<>();
    for (Object f : facts) {
      if (f instanceof EventMention e) {
        (e.participants().isEmpty() ? unnamed : named).computeIfAbsent(e.article(), k -> new ArrayList<>()).add(e);
      } else if (f instanceof SentencePair p) {
        pairs.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p);
      }
    }
    List<Object> out = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    for (Object f : facts) {
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
}
