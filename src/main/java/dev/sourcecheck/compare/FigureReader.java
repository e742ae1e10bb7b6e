package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.fact.story.FigureMention;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.time.Days;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of each article of a story, outside quotations: an amount ({@link Amounts}) and what
 * it counts or measures.
 * <ul>
 *   <li>money: the noun it is for ({@code xs-quantities}, tag money: "aid", "fine", "budget"),
 *       nearest the figure in its sentence and not nearer another figure;
 *   <li>percentages: what they measure ({@code xs-quantities}, tag percent), a rise or fall
 *       ("rose 2%") apart from a level;
 *   <li>counts of anything: the counted noun after it ({@code xs-counts}, or any plural noun:
 *       "1,200 jobs", "62 inmates", "3.4 million doses") and what happened to it (a state before
 *       or after: "laid off 1,200 staff", "16 people were killed", "16 dead"); a death toll;
 *   <li>vote tallies ("passed 52-48", "by 219 votes to 212").
 * </ul>
 * A qualifier right before it ({@code xs-qualifiers}) makes its range (about, nearly, at least,
 * up to) or marks it a new level ("rose to"). Its owner is the person or organisation named
 * before it in its sentence, unless that one is only the source ("Whitlock said …"). Years, dates,
 * times and ages are not figures. Stateless.
 */
final class FigureReader {
  private FigureReader() {}

  static final int REACH = 80;
  private static final Pattern TALLY = Pattern.compile("(\\d{1,4})\\s*[-–—]\\s*(\\d{1,4})");
  private static final Pattern TALLY_WORDS = Pattern.compile("(?i)\\bby\\s+(\\d{1,4})\\s+votes?\\s+to\\s+(\\d{1,4})\\b");
  private static final Pattern VOTE_VERB = Pattern.compile("(?i)\\b(vot(?:e|es|ed|ing)|passed|approved|rejected|"
      + "adopted|defeated|ballots?)\\b");

  static List<Object> facts(Story story, Amounts amounts) {
    List<Object> out = new ArrayList<>();
    for (AuditedArticle a : story.articles) {
      Map<String, Integer> nth = new HashMap<>();
      for (Sentence s : a.prose()) {
        for (Figure f : sentence(story, a, s, amounts)) {
          String key = f.counts + "|" + f.unit;
          int n = nth.merge(key, 1, Integer::sum) - 1;
          out.add(new FigureMention(story.id, a.id(), f.start, f.end, f.counts, f.owner, f.unit, f.value, f.low, f.high,
              f.qualifier, f.change, f.shown != null ? f.shown : a.text().substring(f.start, f.end), f.label, n, Story.day(a),
              story.order(a.id())));
        }
      }
    }
    return out;
  }

  private record Figure(int start, int end, String counts, String owner, String unit, double value, double low,
      double high, String qualifier, boolean change, String label, String shown) {}

  private static List<Figure> sentence(Story story, AuditedArticle a, Sentence s, Amounts amounts) {
    List<Figure> out = new ArrayList<>();
    Tokens ts = a.tokens();
    int from = ts.from(s.span().start());
    int to = ts.until(s.span().end());
    List<Amounts.Amount> found = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Amounts.Amount m = amounts.read(ts, i, to);
      if (m == null) {
        continue;
      }
      i = m.last() - 1;
      if (!a.inQuote(m.start(), m.end()) && !notAFigure(ts, m, from, to)) {
        found.add(m);
      }
    }
    for (Amounts.Amount m : found) {
      Figure f = figure(story, a, s, m, found);
      if (f != null) {
        out.add(f);
      }
    }
    tallies(a, s, out);
    return out;
  }

  /** Years, dates, times, ordinals, numbered things: amounts that count nothing. */
  private static boolean notAFigure(Tokens ts, Amounts.Amount m, int from, int to) {
    String w = ts.word(m.first());
    boolean plain = m.currency() == null && m.unit() == null && m.last() == m.first() + 1;
    if (plain && w.matches("(19|20)\\d\\d") ) {
      return true;
    }
    String before = ts.gapBefore(m.first());
    if (before.endsWith(":") || before.endsWith("#") || m.last() < ts.size() && ts.gapBefore(m.last()).startsWith(":")
        && m.last() < to && ts.is(m.last(), Tokens.NUMBER)) {
      return true;
    }
    boolean monthBefore = m.first() > from && Days.calendarWord(ts.folded(m.first() - 1)) && before.isBlank();
    boolean monthAfter = m.last() < to && Days.calendarWord(ts.folded(m.last())) && ts.gapBefore(m.last()).isBlank();
    return plain && (monthBefore || monthAfter);
  }

  private static Figure figure(Story story, AuditedArticle a, Sentence s, Amounts.Amount m, List<Amounts.Amount> all) {
    Cue qualifier = null;
    for (Cue c : a.cues("xs-qualifiers", Math.max(s.span().start(), m.start() - 30), m.start())) {
      if (a.text().substring(c.end(), m.start()).isBlank() && (qualifier == null || c.start() < qualifier.start())) {
        qualifier = c;
      }
    }
    String q = qualifier == null ? "" : qualifier.tag();
    String counts;
    String unit;
    String label;
    int end = m.end();
    if (comparative(a, m)) {
      return null; // "$60 cheaper", "£2bn more": a difference, not an amount
    }
    if (m.currency() != null) {
      String noun = measured(a, s, m, "money", all);
      if (noun == null) {
        return null;
      }
      counts = noun;
      unit = "money:" + m.currency();
      label = noun;
    } else if (m.unit() != null) {
      String noun = measured(a, s, m, "percent", all);
      if (noun == null) {
        return null;
      }
      String change = q.equals("rise") || q.equals("fall") ? " " + q : "";
      counts = noun + change;
      unit = m.unit();
      label = noun + change + (unit.equals("points") ? " (points)" : "");
    } else {
      String[] what = counted(a, s, m, qualifier == null ? m.start() : qualifier.start());
      if (what == null) {
        return null;
      }
      counts = what[0];
      unit = what[1];
      label = what[2];
      end = Math.max(end, Integer.parseInt(what[3]));
    }
    double low = m.low();
    double high = m.high();
    switch (q) {
      case "about" -> {
        low *= 0.9;
        high *= 1.1;
      }
      case "nearly" -> low *= 0.9;
      case "at-least", "more-than" -> high = Double.POSITIVE_INFINITY;
      case "up-to", "less-than" -> low = 0;
      default -> {
        // exact, a change to a new level, or a rise/fall by the figure
      }
    }
    int start = qualifier != null && !q.equals("rise") && !q.equals("fall") ? qualifier.start() : m.start();
    return new Figure(start, end, counts, owner(story, a, s, m.start()), unit, m.value(), low, high,
        q.equals("rise") || q.equals("fall") ? "" : q, q.equals("change"), label, null);
  }

  /**
   * What a count counts: the noun after it (or before it, "the death toll rose to 40") and what
   * happened to it; as {key, unit, label}, or null when it counts nothing known (an age, a bare
   * number).
   */
  private static String[] counted(AuditedArticle a, Sentence s, Amounts.Amount m, int figureStart) {
    Tokens ts = a.tokens();
    String noun = null;
    String state = null;
    String unit = "count";
    int nounEnd = m.end();
    // the noun: a listed one within three words after the figure, else a plural word right after it
    for (Cue c : a.cues("xs-counts", m.end(), Math.min(s.span().end(), m.end() + 40))) {
      if (ts.until(c.start()) - m.last() > 3) {
        break;
      }
      String t = c.tag();
      if (t.startsWith("count:") || t.startsWith("unit:") || t.startsWith("time:") || t.equals("skip")) {
        if (t.equals("skip")) {
          return null;
        }
        String v = t.substring(t.indexOf(':') + 1);
        if (t.startsWith("unit:")) {
          unit = v;
          noun = v;
        } else if (t.startsWith("time:")) {
          unit = v;
          noun = v;
        } else {
          noun = v.contains("/") ? v.substring(0, v.indexOf('/')) : v;
          state = v.contains("/") ? v.substring(v.indexOf('/') + 1) : null;
        }
        nounEnd = c.end();
        break;
      }
      if (t.startsWith("state:") && noun == null && ts.until(c.start()) == m.last()) {
        state = t.substring(6); // "16 dead", "three killed"
        noun = "people";
        nounEnd = c.end();
        break;
      }
    }
    if (noun == null && m.last() < ts.size() && ts.start(m.last()) < s.span().end()) {
      for (int k = m.last(); k < Math.min(m.last() + 2, ts.size()) && ts.start(k) < s.span().end(); k++) {
        String w = ts.folded(k);
        if (!ts.gapBefore(k).isBlank() || ts.capitalised(k)) {
          break;
        }
        if (w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.contains("'") && Character.isLetter(w.charAt(0))) {
          noun = w.substring(0, w.length() - 1);
          nounEnd = ts.end(k);
          break;
        }
      }
    }
    // a death toll or a noun named before the figure: "the toll rose to 40", "deaths stood at 12"
    if (noun == null) {
      for (Cue c : a.cues("xs-counts", Math.max(s.span().start(), m.start() - 60), m.start())) {
        if (c.tag().startsWith("count:") && c.tag().contains("/")) {
          String v = c.tag().substring(6);
          noun = v.substring(0, v.indexOf('/'));
          state = v.substring(v.indexOf('/') + 1);
        }
      }
    }
    // what happened to the counted: a state right before the figure ("killing 25", "laid off 1,200")
    // or after the noun ("were killed", "have been laid off")
    if (state == null) {
      for (Cue c : a.cues("xs-counts", Math.max(s.span().start(), m.start() - 30), m.start())) {
        if (c.tag().startsWith("state:") && ts.from(figureStart) - ts.until(c.end()) <= 1) {
          state = c.tag().substring(6);
        }
      }
    }
    if (state == null) {
      for (Cue c : a.cues("xs-counts", nounEnd, Math.min(s.span().end(), nounEnd + 40))) {
        if (c.tag().startsWith("state:") && ts.from(c.start()) - ts.until(nounEnd) <= 3) {
          state = c.tag().substring(6);
          break;
        }
      }
    }
    if (noun == null && state != null && state.equals("killed")) {
      noun = "people"; // "kills 22 in Idlib"
    }
    if (noun == null || !unit.equals("count") && !unit.equals(noun) && state == null) {
      return null;
    }
    if (isTime(a, noun, unit) && state == null) {
      return null; // "in the past four years": a span of time counts nothing by itself
    }
    String key = state == null ? noun : noun + "|" + state;
    String label = state == null ? "" : state;
    if (noun.equals("votes") && state == null) {
      // votes for something: keyed by what was voted on ("60 votes for the nomination")
      String what = nearestVoted(a, s, m);
      if (what != null) {
        key = "votes|" + what;
        label = "for the " + what;
      }
    }
    return new String[] {key, unit, label, Integer.toString(nounEnd)};
  }

  private static String nearestVoted(AuditedArticle a, Sentence s, Amounts.Amount m) {
    String noun = null;
    int best = Integer.MAX_VALUE;
    for (Cue c : a.cues("xs-quantities", s.span().start(), s.span().end())) {
      int d = distance(m.start(), m.end(), c);
      if ("votes".equals(c.tag()) && d >= 0 && d <= REACH && d < best) {
        best = d;
        noun = singular(c.term().toLowerCase(Locale.ROOT));
      }
    }
    return noun;
  }

  /** The word after the amount makes it a difference: "$60 cheaper", "300 more". */
  private static boolean comparative(AuditedArticle a, Amounts.Amount m) {
    for (Cue c : a.cues("xs-numbers", m.end(), Math.min(a.text().length(), m.end() + 12))) {
      if (c.tag().equals("comparative") && a.text().substring(m.end(), c.start()).isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTime(AuditedArticle a, String noun, String unit) {
    return !unit.equals("count") && unit.equals(noun) && List.of("years", "months", "weeks", "days", "hours", "minutes")
        .contains(unit);
  }

  /**
   * The {@code xs-quantities} noun of this kind nearest the figure, within reach in its sentence,
   * and not nearer another figure of the sentence ("made $320,000 on a budget of $27 million": the
   * budget is the second figure).
   */
  private static String measured(AuditedArticle a, Sentence s, Amounts.Amount m, String kind, List<Amounts.Amount> all) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cue c : a.cues("xs-quantities", s.span().start(), s.span().end())) {
      String tag = c.tag() == null ? "" : c.tag();
      if (!tag.equals(kind) && !tag.startsWith(kind + "/")) {
        continue;
      }
      int distance = distance(m.start(), m.end(), c);
      if (distance < 0 || distance > REACH) {
        continue;
      }
      boolean nearerOther = false;
      for (Amounts.Amount o : all) {
        if (o != m && (o.currency() != null) == (m.currency() != null) && (o.unit() != null) == (m.unit() != null)) {
          int od = distance(o.start(), o.end(), c);
          nearerOther |= od >= 0 && od < distance;
        }
      }
      if (!nearerOther && distance < bestDistance) {
        bestDistance = distance;
        best = tag.contains("/") ? tag.substring(tag.indexOf('/') + 1) : singular(c.term().toLowerCase(Locale.ROOT));
      }
    }
    return best;
  }

  private static int distance(int start, int end, Cue c) {
    return c.end() <= start ? start - c.end() : c.start() >= end ? c.start() - end : -1;
  }

  private static String singular(String noun) {
    boolean plural = noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is")
        && !noun.equals("sales");
    return plural ? noun.substring(0, noun.length() - 1) : noun;
  }

  /** Whose a figure is: the person or organisation last named before it in the sentence, unless only as a source. */
  private static String owner(Story story, AuditedArticle a, Sentence s, int at) {
    int from = Math.max(s.span().start(), at - 60);
    List<Entities.Entity> es = Entities.in(story, a, from, at, false);
    for (int k = es.size() - 1; k >= 0; k--) {
      Entities.Entity e = es.get(k);
      if (e.key().startsWith("place:") || Entities.source(a, e)) {
        continue;
      }
      return e.key();
    }
    return "";
  }

  /** Vote tallies in a sentence about a vote: "passed the bill 52-48", "by 219 votes to 212". */
  private static void tallies(AuditedArticle a, Sentence s, List<Figure> out) {
    String text = a.text();
    int from = s.span().start();
    int to = s.span().end();
    if (!VOTE_VERB.matcher(text).region(from, to).find()) {
      return;
    }
    for (Pattern p : List.of(TALLY_WORDS, TALLY)) {
      Matcher m = p.matcher(text).region(from, to);
      boolean found = false;
      while (m.find()) {
        long yes = Long.parseLong(m.group(1));
        long no = Long.parseLong(m.group(2));
        if (yes < no || yes == 0 || p == TALLY && m.group(1).length() == 4 || a.inQuote(m.start(), m.end())) {
          continue; // a date range or a losing side written first: not read as a tally
        }
        String noun = null;
        int best = Integer.MAX_VALUE;
        for (Cue c : a.cues("xs-quantities", from, to)) {
          int d = distance(m.start(), m.end(), c);
          if ("votes".equals(c.tag()) && d >= 0 && d <= REACH && d < best) {
            best = d;
            noun = singular(c.term().toLowerCase(Locale.ROOT));
          }
        }
        if (noun != null) {
          double v = yes * 10_000 + no;
          out.add(new Figure(m.start(), m.end(), noun + "|tally", "", "tally", v, v, v, "", false, "votes on the " + noun,
              yes + "-" + no));
          found = true;
        }
      }
      if (found) {
        return; // "by 219 votes to 212" is not read again as a dash tally
      }
    }
  }
}
