package dev.sourcecheck.compare;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.fact.Place;
import dev.sourcecheck.fact.XEventDays;
import dev.sourcecheck.time.QuotedDays;
import dev.sourcecheck.time.RelativeDates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events of a story (who did what, to whom or where) with their days. An event verb (lexicon
 * {@code xs-events}, tag = the action) outside quotations, or inside one whose attribution names
 * the day the words were said ("told reporters Monday"; its days then count from that day, and
 * its subject and object must be named inside the quotation); its subject the nearest person named
 * before it in the sentence; its object a place (gazetteer {@code xs-gazetteer}, so Moscow and
 * Russia name one destination) or a person named within a few words after it; its days the day
 * expressions of its clause, resolved against the article's publication date (weekday names only
 * without one). Mentions of one event (== key subject/action/object) are paired across sources.
 * Not thread-safe.
 */
final class Events {
  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(will|'ll|’ll|would|is going to|are going to|is expected to|is set to|plans to|is scheduled to|is due to)\\b");
  private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?—–(]|,|\\b(as|while|after|before|and then|but)\\b");

  record Mention(Doc doc, int start, int end, String subject, String action, String object, String expression,
      List<RelativeDates.Day> days) {
    Place place(String role) {
      return new Place(doc.id, start, end, role);
    }
  }

  final List<Object> facts = new ArrayList<>();

  List<Mention> mentions(Doc d, People people, Map<String, String> gazetteer) {
    List<Mention> out = new ArrayList<>();
    List<People.Mention> persons = people.mentions(d);
    for (Cue v : d.cues("xs-events")) {
      if (v.sentence() < 0) {
        continue;
      }
      Sentence s = d.article.sentences().get(v.sentence());
      Quote q = v.inQuote() ? d.quoteAt(v.start(), v.end()) : null;
      RelativeDates.Day said = null;
      List<People.Mention> candidates = persons;
      int from = s.span().start();
      int to = s.span().end();
      if (v.inQuote()) {
        // Inside a quotation: only when the attribution names the day the words were said, and
        // only about a person named inside the same quotation.
        if (q == null) {
          continue;
        }
        said = QuotedDays.utteranceDay(attribution(d, q), d.published);
        if (!said.known()) {
          continue;
        }
        candidates = quoted(d, people, q);
        from = Math.max(from, q.inner().start());
        to = Math.min(to, q.inner().end());
      }
      People.Mention subj = null;
      for (People.Mention m : candidates) {
        if (m.start() >= from && m.end() <= v.start()) {
          subj = m;
        }
      }
      if (subj == null || v.start() - subj.end() > 60) {
        continue;
      }
      int clauseEnd = clauseEnd(d.text, v.end(), Math.min(to, v.end() + 70));
      String object = null;
      int objectEnd = v.end();
      for (Cue g : d.cues("xs-gazetteer", v.end(), clauseEnd)) {
        if (g.start() - v.end() <= 12) {
          object = "place:" + (g.tag().isEmpty() ? g.term().toLowerCase(java.util.Locale.ROOT) : g.tag());
          objectEnd = g.end();
          break;
        }
      }
      if (object == null) {
        for (People.Mention m : candidates) {
          if (m.runStart() >= v.end() && m.runStart() - v.end() <= 30 && m.end() <= clauseEnd) {
            object = "person:" + m.key();
            objectEnd = m.end();
            break;
          }
        }
      }
      if (object == null) {
        continue;
      }
      String gapBefore = d.text.substring(subj.end(), v.start());
      boolean future = FUTURE.matcher(gapBefore + " " + v.term()).find();
      List<RelativeDates.Day> days = new ArrayList<>();
      StringBuilder expr = new StringBuilder();
      int end = objectEnd;
      List<int[]> windows = List.of(new int[] {v.end(), clauseEnd}, new int[] {subj.end(), v.start()});
      for (int[] w : windows) {
        Matcher m = RelativeDates.EXPRESSION.matcher(d.text).region(w[0], w[1]);
        while (m.find()) {
          RelativeDates.Day day = said == null ? RelativeDates.resolve(m.group(), d.published, future)
              : QuotedDays.resolve(m.group(), said, future);
          if (day.known()) {
            days.add(day);
            end = Math.max(end, m.end());
            expr.append(expr.length() == 0 ? "" : ", ").append(m.group().strip());
          }
        }
      }
      if (days.isEmpty()) {
        continue;
      }
      if (said != null) {
        expr.append(" (quoted, said ").append(said.label()).append(')');
      }
      out.add(new Mention(d, subj.start(), end, subj.key(), v.tag().isEmpty() ? v.term() : v.tag(), object,
          expr.toString(), days));
    }
    return out;
  }

  /**
   * The attribution of a quotation: the sentences holding its start and end, with every
   * quotation's words blanked out so a day inside a quotation is never taken for the day of saying.
   */
  private static String attribution(Doc d, Quote q) {
    Sentence a = d.sentenceAt(q.span().start());
    Sentence b = d.sentenceAt(Math.max(q.span().start(), q.span().end() - 1));
    int start = a == null ? q.span().start() : a.span().start();
    int end = Math.max(b == null ? q.span().end() : b.span().end(), q.span().end());
    char[] text = d.text.substring(start, end).toCharArray();
    for (Quote o : d.article.quotes()) {
      for (int i = Math.max(start, o.span().start()); i < Math.min(end, o.span().end()); i++) {
        text[i - start] = ' ';
      }
    }
    return new String(text);
  }

  /** Persons named inside a quotation, as full names or names already known (keys as outside). */
  private static List<People.Mention> quoted(Doc d, People people, Quote q) {
    List<People.Mention> out = new ArrayList<>();
    for (People.Run r : people.runs(d.text, q.inner().start(), q.inner().end())) {
      if (r.names().isEmpty()) {
        continue;
      }
      Words.Token first = r.names().get(0);
      Words.Token last = r.names().get(r.names().size() - 1);
      String key = people.key(r.names());
      if (key != null && (r.names().size() >= 2 || !key.startsWith("~"))) {
        out.add(new People.Mention(d.id, first.start(), last.end(), r.start(), key,
            d.text.substring(first.start(), last.end()), r.names().size() >= 2));
      }
    }
    return out;
  }

  private static int clauseEnd(String text, int from, int limit) {
    Matcher m = CLAUSE_END.matcher(text).region(from, Math.max(from, limit));
    return m.find() ? m.start() : Math.max(from, limit);
  }

  void compare(String story, List<Mention> all) {
    Map<String, List<Mention>> byEvent = new LinkedHashMap<>();
    for (Mention m : all) {
      byEvent.computeIfAbsent(m.subject + "|" + m.action + "|" + m.object, k -> new ArrayList<>()).add(m);
    }
    for (List<Mention> ms : byEvent.values()) {
      Set<String> done = new HashSet<>();
      for (int i = 0; i < ms.size(); i++) {
        for (int j = 0; j < i; j++) {
          Mention a = ms.get(i);
          Mention b = ms.get(j);
          if (a.doc == b.doc || !done.add(a.doc.id + "|" + b.doc.id + "|" + label(b.days))) {
            continue;
          }
          boolean comparable = false;
          boolean same = false;
          for (RelativeDates.Day x : a.days) {
            for (RelativeDates.Day y : b.days) {
              if (x.comparable(y)) {
                comparable = true;
                same |= x.same(y);
              }
            }
          }
          facts.add(new XEventDays(story, Quotes.display(a.subject), a.action, a.object.substring(a.object.indexOf(':') + 1),
              a.doc.id, a.start, a.end, a.expression, label(a.days), b.doc.id, b.expression, label(b.days),
              comparable, same, List.of(b.place(null))));
        }
      }
    }
  }

  private static String label(List<RelativeDates.Day> days) {
    List<String> out = new ArrayList<>();
    for (RelativeDates.Day d : days) {
      out.add(d.label());
    }
    return String.join(" and ", out).toLowerCase(Locale.ROOT).isEmpty() ? "" : String.join(" and ", out);
  }
}
