package dev.sourcecheck.compare;

import dev.sourcecheck.fact.story.EventMention;
import dev.sourcecheck.fact.story.SentencePair;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    List<EventMention> named = new ArrayList<>();
    List<EventMention> unnamed = new ArrayList<>();
    List<SentencePair> pairs = new ArrayList<>();
    for (Object f : facts) {
      if (f instanceof EventMention e && !e.participants().isEmpty()) {
        named.add(e);
      } else if (f instanceof EventMention e) {
        unnamed.add(e);
      } else if (f instanceof SentencePair p) {
        pairs.add(p);
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
      for (SentencePair p : pairs) {
        if (!p.article().equals(e.article()) || p.start() > e.start() || p.end() < e.end()) {
          continue;
        }
        // neither names anyone ("The outbreak was first detected on Friday" / "The bug was first
        // detected on 11 November"): the two aligned sentences' events are one, keyed by the earlier
        for (EventMention n : unnamed) {
          if (n.article().equals(p.otherArticle()) && n.start() >= p.otherStart() && n.end() <= p.otherEnd()
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
        for (EventMention n : named) {
          if (n.article().equals(p.otherArticle()) && n.start() >= p.otherStart() && n.end() <= p.otherEnd()
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
