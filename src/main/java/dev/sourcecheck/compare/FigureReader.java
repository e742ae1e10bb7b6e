package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.fact.story.FigureMention;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.time.Days;
import dev.sourcecheck.budget.Deadline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 *   <li>vote tallies ("passed 52-48", "by 219 votes to 212": {@link Tallies});
 *   <li>terms written as one word before their noun ("a five-year contract": {@link Terms}).
 * </ul>
 * A qualifier right before it ({@code xs-qualifiers}) makes its range (about, nearly, at least,
 * up to) or marks it a new level ("rose to"). Its owner is the person or organisation named
 * before it in its sentence, unless that one is only the source ("Whitlock said …"). Years, dates,
 * times and ages are not figures. Stateless.
 */
final class FigureReader {
  private FigureReader() {}

  static final int REACH = 80;

  static List<Object> facts(Story story, Amounts amounts) {
    Deadline deadline = Deadline.current();
    List<Object> out = new ArrayList<>();
    for (AuditedArticle a : story.articles) {
      Map<String, Integer> nth = new HashMap<>();
      int position = 0;
      for (Sentence s : a.prose()) {
        deadline.tick();
        boolean lead = position++ < 2;
        for (Figure f : sentence(story, a, s, amounts)) {
          out.add(mention(story, a, s, f, nth.merge(f.counts + "|" + f.unit, 1, Integer::sum) - 1, lead, amounts));
          Figure whole = Parts.whole(story.vocab, a, s, f);
          if (whole != null) {
            // after every count the article gives of the class itself: its own figure leads
            out.add(mention(story, a, s, whole, Parts.NTH + nth.merge(whole.counts + "|part", 1, Integer::sum) - 1, lead, amounts));
          }
        }
      }
    }
    return out;
  }

  private static FigureMention mention(Story story, AuditedArticle a, Sentence s, Figure f, int n, boolean lead, Amounts amounts) {
    return new FigureMention(story.id, a.id(), f.start, f.end, f.counts, f.owner, f.unit, f.value, f.low, f.high,
        f.qualifier, f.change, f.shown != null ? f.shown : a.text().substring(f.start, f.end), f.label, n, Story.day(a),
        story.order(a.id()), f.listed, FigureContext.context(story, a, s, f.start, f.end), FigureContext.names(story, a, s, lead), lead,
        amounts.span(f.unit));
  }

  record Figure(int start, int end, String counts, String owner, String unit, double value, double low,
      double high, String qualifier, boolean change, String label, String shown, boolean listed) {}

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
    Tallies.read(story.vocab, a, s, out);
    return out;
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

  /** Years, dates, times, ordinals, numbered things: amounts that count nothing. */
  private static boolean notAFigure(Tokens ts, Amounts.Amount m, int from, int to) {
    String w = ts.word(m.first());
    boolean plain = m.currency() == null && m.unit() == null && m.last() == m.first() + 1;
    if (plain && YEAR.matcher(w).matches()) {
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
    if (q.equals("before") && !a.text().startsWith(" to ", m.end())) {
      qualifier = null; // "from" is the level a change starts from only in "from $2.50 to $2.75"
      q = "";
    }
    String trend = q.equals("rise") || q.equals("fall") ? q : "";
    if (qualifier != null && trend.isEmpty()) {
      // "a rise of almost 5%": the rise stands before the qualifier
      for (Cue c : a.cues("xs-qualifiers", Math.max(s.span().start(), qualifier.start() - 20), qualifier.start())) {
        if ((c.tag().equals("rise") || c.tag().equals("fall")) && a.text().substring(c.end(), qualifier.start()).isBlank()) {
          trend = c.tag();
        }
      }
    }
    String counts;
    String unit;
    String label;
    int end = m.end();
    boolean listed = true;
    boolean measure = m.unit() != null && m.unit().startsWith("measure:");
    // "$60 cheaper", "£2bn more", "50 metres more": a difference, not an amount ("830 km above the Earth" is a position)
    if (after(a, m, "comparative") && !(measure && after(a, m, "measure-after"))) {
      return null;
    }
    Cue rate = MeasuredThings.rate(a, m.end()); // "€12m a day", "$38 per share": a rate, compared with the same rate
    if (m.unit() != null && m.unit().startsWith("span:")) {
      return Terms.term(story, a, s, m);
    }
    if (measure) {
      String noun = MeasuredThings.noun(story, a, s, m);
      String base = m.unit().substring("measure:".length());
      counts = noun == null ? base : base + "|" + noun;
      unit = base + (rate == null ? "" : MeasuredThings.per(rate));
      label = noun == null ? "" : noun;
      end = rate == null ? end : rate.end();
    } else if (m.currency() != null) {
      String noun = Counted.measured(a, s, fromLevel(a, m, all), "money", all);
      if (noun == null) {
        return null;
      }
      counts = noun;
      unit = "money:" + m.currency() + (rate == null ? "" : MeasuredThings.per(rate));
      label = noun;
      end = rate == null ? end : rate.end();
    } else if (m.unit() != null) {
      String noun = Counted.measured(a, s, m, "percent", all);
      String share = "";
      if (noun == null) {
        noun = Counted.measured(a, s, m, "share", all);
        share = "share:"; // one owner's share: compared only with the same owner's, about the same thing
        listed = false;
      }
      if (noun == null) {
        return null;
      }
      String change = trend.isEmpty() ? "" : " " + trend;
      counts = share + noun + change;
      unit = m.unit();
      label = noun + change + (unit.equals("points") ? " (points)" : "");
    } else {
      String[] what = Counted.counted(story, a, s, m, qualifier == null ? m.start() : qualifier.start());
      if (what == null) {
        return null;
      }
      counts = what[0];
      unit = what[1];
      label = what[2];
      end = Math.max(end, Integer.parseInt(what[3]));
      listed = what[4].equals("listed");
      Cue per = MeasuredThings.rate(a, end); // "18,000 vehicles a day"
      if (per != null && unit.equals("count")) {
        unit += MeasuredThings.per(per);
        end = per.end();
      }
    }
    double low = m.low();
    double high = m.high();
    switch (q) {
      case "about" -> {
        low *= 0.9;
        high *= 1.1;
      }
      case "nearly" -> low *= 0.9;
      case "at-least", "more-than" -> {
        low = m.value(); // "more than 1,400" is not 1,350
        high = Double.POSITIVE_INFINITY;
      }
      case "up-to", "less-than" -> low = 0;
      default -> {
        // exact, a change to a new level, or a rise/fall by the figure
      }
    }
    if (q.equals("before")) {
      counts += "|before"; // the old level is another count than the new one
      label = label.isEmpty() ? "before" : label + " before";
    }
    int start = qualifier != null && !q.equals("rise") && !q.equals("fall") ? qualifier.start() : m.start();
    String written = q.equals("rise") || q.equals("fall") ? "" : m.vague() && q.isEmpty() ? "vague" : q;
    return new Figure(start, end, counts, owner(story, a, s, m.start()), unit, m.value(), low, high, written,
        q.equals("change"), label, null, listed);
  }

  /**
   * The old level of "from $2.50 to $2.85" when {@code m} is its new level (which counts what the
   * old one does, though its noun is nearer the old one), else {@code m}.
   */
  private static Amounts.Amount fromLevel(AuditedArticle a, Amounts.Amount m, List<Amounts.Amount> all) {
    for (Amounts.Amount o : all) {
      if (o.end() < m.start() && a.text().substring(o.end(), m.start()).equals(" to ") && o.start() >= 5
          && a.text().startsWith("from ", o.start() - 5) && (o.currency() == null) == (m.currency() == null)) {
        return o;
      }
    }
    return m;
  }

  /** The words right after the amount are of this kind: "$60 cheaper", "300 more" (comparative), "$38 a share" (rate). */
  private static boolean after(AuditedArticle a, Amounts.Amount m, String kind) {
    for (Cue c : a.cues("xs-numbers", m.end(), Math.min(a.text().length(), m.end() + 14))) {
      if (kind.equals(c.tag()) && a.text().substring(m.end(), c.start()).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whose a figure is: the subject right before it ("Brandvik Foods will cut 1,200 jobs", "Dana
   * Whitlock paid a £3m settlement", "Maria Lopez won 51%"): a person of the story or a named
   * organisation (two words or more, or an acronym) with at most three words and no comma between
   * it and the figure, and not only the source ("Whitlock said …"). Empty otherwise: a place or a
   * demonym ("Syrian airstrikes kill 22") owns no count.
   */
  static String owner(Story story, AuditedArticle a, Sentence s, int at) {
    int from = Math.max(s.span().start(), at - 60);
    List<Entities.Entity> es = Entities.in(story, a, from, at, false);
    if (es.isEmpty()) {
      return "";
    }
    Entities.Entity e = es.get(es.size() - 1);
    Tokens ts = a.tokens();
    String gap = a.text().substring(e.end(), at);
    boolean named = !e.key().startsWith("org:") || e.name().strip().contains(" ") || e.name().length() > 1
        && e.name().equals(e.name().toUpperCase(Locale.ROOT));
    if (e.key().startsWith("place:") || !named || gap.contains(",") || gap.contains(";")
        || ts.from(at) - ts.until(e.end()) > 3 || Entities.source(a, e)) {
      return "";
    }
    return e.key();
  }
}
