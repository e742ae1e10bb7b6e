package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;
import java.util.List;
import java.util.Locale;

/**
 * What a figure counts, for {@link FigureReader}: the counted noun after the figure or before it
 * (lexicon {@code xs-counts}), what happened to it ("killed", "laid off"), what a money figure,
 * a percentage or a vote measures (lexicon {@code xs-quantities}), and what was voted on.
 * Stateless.
 */
final class Counted {
  private Counted() {}

  /**
   * Words {@code [from, to)} between a figure and its noun: at most two lower-case words, "of" (a partitive of xs-function-words) or
   * adjectives; or a name of two or three capitalised words ("1,900 Northway Rail drivers", "2,000
   * New York residents"), which only a listed noun may follow (one capitalised word is mostly a
   * demonym or a group, "25 Kurdish fighters", and the figure stays a count of people).
   */
  private static boolean modifiersOnly(Story story, Tokens ts, int from, int to, boolean listedNoun) {
    boolean name = listedNoun && to - from >= 2 && to - from <= 3;
    for (int k = from; k < to && name; k++) {
      name = ts.capitalised(k) && !ts.is(k, Tokens.NUMBER) && ts.gapBefore(k).isBlank() && story.vocab.content(ts.folded(k));
    }
    if (name) {
      return ts.gapBefore(to).isBlank();
    }
    if (to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = ts.folded(k);
      if (ts.capitalised(k) || ts.is(k, Tokens.NUMBER) || !ts.gapBefore(k).isBlank()
          || !story.vocab.content(w) && !story.vocab.partitives.contains(w)) {
        return false;
      }
    }
    return to == from || ts.gapBefore(to).isBlank();
  }

  /**
   * What a count counts: the noun after it (or before it, "the death toll rose to 40") and what
   * happened to it; as {key, unit, label}, or null when it counts nothing known (an age, a bare
   * number).
   */
  static String[] counted(Story story, AuditedArticle a, Sentence s, Amounts.Amount m, int figureStart) {
    Tokens ts = a.tokens();
    String noun = null;
    String state = null;
    String unit = "count";
    boolean time = false; // the noun is a span of time (time: in xs-counts)
    int nounEnd = m.end();
    boolean listed = false;
    boolean stateShown = false;
    // "three other Americans": part of a count, not the count
    for (Cue c : a.cues("xs-counts", m.end(), Math.min(s.span().end(), m.end() + 8))) {
      if (c.tag().equals("partial") && a.text().substring(m.end(), c.start()).isBlank()) {
        return null;
      }
    }
    // "one of four Americans", "two of the 12 victims": a part of another figure, not a count
    int of = m.last();
    if (of < ts.size() && story.vocab.partitives.contains(ts.folded(of))) {
      int n = of + 1;
      if (n < ts.size() && !story.vocab.content(ts.folded(n)) && !ts.is(n, Tokens.NUMBER)) {
        n++; // "of the", "of its"
      }
      if (n < ts.size() && ts.start(n) < s.span().end()
          && (ts.is(n, Tokens.NUMBER) || !a.cues("xs-numbers", ts.start(n), ts.end(n)).isEmpty())) {
        return null;
      }
    }
    // "kills 3 wounds 20": a state right before the figure is its state, a state word after it is the next clause's
    String before = stateBefore(story.vocab, a, s, ts, figureStart);
    // the noun: a listed one within two words after the figure, else a plural word right after it
    for (Cue c : a.cues("xs-counts", m.end(), Math.min(s.span().end(), m.end() + 40))) {
      String t = c.tag();
      if (!modifiersOnly(story, ts, m.last(), ts.until(c.start()), t.startsWith("count:"))) {
        break;
      }
      if (t.startsWith("count:") || t.startsWith("time:") || t.equals("skip")) {
        if (t.equals("skip")) {
          return null;
        }
        String v = t.substring(t.indexOf(':') + 1);
        if (t.startsWith("time:")) {
          unit = v;
          noun = v;
          time = true;
        } else {
          noun = v.contains("/") ? v.substring(0, v.indexOf('/')) : v;
          state = v.contains("/") ? v.substring(v.indexOf('/') + 1) : null;
        }
        nounEnd = c.end();
        listed = true;
        break;
      }
      if (t.startsWith("state:") && noun == null && ts.until(c.start()) == m.last() && before == null) {
        state = t.substring(6); // "16 dead", "three killed"
        noun = "people";
        nounEnd = c.end();
        stateShown = true;
        break;
      }
    }
    // any other counted thing: a plural word right after the figure ("40 volunteers")
    if (noun == null && m.last() < ts.size() && ts.start(m.last()) < s.span().end()) {
      int k = m.last();
      String w = ts.folded(k);
      if (ts.gapBefore(k).isBlank() && !ts.capitalised(k) && w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss")
          && !w.contains("'") && Character.isLetter(w.charAt(0)) && story.vocab.content(w)) {
        noun = w.substring(0, w.length() - 1);
        nounEnd = ts.end(k);
      }
    }
    // a part of a set someone owns: "11 of the paper's figures", "40 of its stores": a definite set, counted as listed
    if (noun == null && of + 3 < ts.size() && story.vocab.partitives.contains(ts.folded(of))
        && story.vocab.determiners.contains(Tokens.norm(ts.folded(of + 1))) && ts.start(of + 3) < s.span().end()) {
      int k = ts.folded(of + 2).endsWith("'s") ? of + 3 : of + 2;
      String w = ts.folded(k);
      if (k > of + 2 || !ts.folded(of + 1).equals("the")) {
        if (!ts.capitalised(k) && w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.contains("'")
            && Character.isLetter(w.charAt(0)) && story.vocab.content(w) && ts.gapBefore(k).isBlank()) {
          noun = w.substring(0, w.length() - 1);
          nounEnd = ts.end(k);
          listed = true;
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
        } else if (c.tag().startsWith("count:") && story.vocab.partitives.contains(a.text().substring(c.end(), figureStart).strip())) {
          noun = c.tag().substring(6); // "a crowd of 31,200", "a workforce of 6,500" (xs-function-words partitive)
          listed = true;
        }
      }
    }
    // what happened to the counted: a state right before the figure ("killing 25", "laid off 1,200")
    // or after the noun ("were killed", "have been laid off")
    if (state == null) {
      state = before;
    }
    if (state == null && !prospect(a, s, figureStart)) {
      for (Cue c : a.cues("xs-counts", nounEnd, Math.min(s.span().end(), nounEnd + 80))) {
        int gap = ts.from(c.start()) - ts.until(nounEnd);
        if (c.tag().startsWith("state:") && (gap <= 3 || gap <= 10 && placePhrase(story.vocab, a, ts, nounEnd, c.start()))) {
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
    if (time && state == null) {
      return null; // "in the past four years": a span of time counts nothing by itself
    }
    String key = state == null ? noun : noun + "|" + state;
    String label = state == null || stateShown ? "" : state;
    if (noun.equals("votes") && state == null) {
      // votes for something: keyed by what was voted on ("60 votes for the nomination")
      String what = nearestVoted(a, s, m);
      if (what != null) {
        key = "votes|" + what;
        label = "for the " + what;
      }
    }
    return new String[] {key, unit, label, Integer.toString(nounEnd), listed || state != null ? "listed" : "any"};
  }

  /** A prospect shortly before the figure ("faces up to ten years in prison"): a penalty not passed. */
  private static boolean prospect(AuditedArticle a, Sentence s, int figureStart) {
    for (Cue c : a.cues("xs-counts", Math.max(s.span().start(), figureStart - 30), figureStart)) {
      if (c.tag().equals("prospect")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A state right before the figure (at most one word between): "killing 25", "laid off 1,200";
   * not across a joiner of {@code xs-function-words} ("Two contractors were killed and 37 miners
   * spent …": the state ends the clause before).
   */
  private static String stateBefore(Vocab vocab, AuditedArticle a, Sentence s, Tokens ts, int figureStart) {
    String state = null;
    for (Cue c : a.cues("xs-counts", Math.max(s.span().start(), figureStart - 30), figureStart)) {
      int next = ts.until(c.end());
      boolean joined = next < ts.from(figureStart) && vocab.joiners.contains(ts.folded(next));
      if (c.tag().startsWith("state:") && ts.from(figureStart) - next <= 1 && !joined) {
        state = c.tag().substring(6);
      }
    }
    return state;
  }

  /**
   * The words between the counted noun and a state are a phrase of where or whose ("3,200
   * residents of the Porto district had to leave their homes"): they open with a word of {@code
   * words-place-openers} ("of", "in", "from"), and hold no comma, no sentence end and no other figure.
   */
  private static boolean placePhrase(Vocab vocab, AuditedArticle a, Tokens ts, int from, int to) {
    int first = ts.from(from);
    if (first >= ts.size() || !vocab.placeOpeners.contains(ts.folded(first))) {
      return false;
    }
    for (int i = first; i < ts.size() && ts.start(i) < to; i++) {
      if (ts.is(i, Tokens.NUMBER)) {
        return false;
      }
    }
    String between = a.text().substring(from, to);
    return between.indexOf(',') < 0 && between.indexOf(';') < 0;
  }

  private static String nearestVoted(AuditedArticle a, Sentence s, Amounts.Amount m) {
    String noun = null;
    int best = Integer.MAX_VALUE;
    for (Cue c : a.cues("xs-quantities", s.span().start(), s.span().end())) {
      int d = distance(m.start(), m.end(), c);
      if ("votes".equals(c.tag()) && d >= 0 && d <= FigureReader.REACH && d < best) {
        best = d;
        noun = singular(c.term().toLowerCase(Locale.ROOT));
      }
    }
    return noun;
  }

  /**
   * The {@code xs-quantities} noun of this kind nearest the figure, within reach in its sentence,
   * and not nearer another figure of the sentence ("made $320,000 on a budget of $27 million": the
   * budget is the second figure).
   */
  static String measured(AuditedArticle a, Sentence s, Amounts.Amount m, String kind, List<Amounts.Amount> all) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestLength = 0;
    for (Cue c : a.cues("xs-quantities", s.span().start(), s.span().end())) {
      String tag = c.tag() == null ? "" : c.tag();
      if (!tag.equals(kind) && !tag.startsWith(kind + "/")) {
        continue;
      }
      int distance = distance(m.start(), m.end(), c);
      if (distance < 0 || distance > FigureReader.REACH) {
        continue;
      }
      boolean nearerOther = false;
      for (Amounts.Amount o : all) {
        if (o != m && (o.currency() != null) == (m.currency() != null) && (o.unit() != null) == (m.unit() != null)) {
          int od = distance(o.start(), o.end(), c);
          nearerOther |= od >= 0 && od < distance;
        }
      }
      // the nearest; of two as near, the longer ("a £12.6m funding gap": the gap, not the funding)
      if (!nearerOther && (distance < bestDistance || distance == bestDistance && c.end() - c.start() > bestLength)) {
        bestDistance = distance;
        bestLength = c.end() - c.start();
        best = tag.contains("/") ? tag.substring(tag.indexOf('/') + 1) : singular(c.term().toLowerCase(Locale.ROOT));
      }
    }
    return best;
  }

  static int distance(int start, int end, Cue c) {
    return c.end() <= start ? start - c.end() : c.start() >= end ? c.start() - end : -1;
  }

  static String singular(String noun) {
    boolean plural = noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is")
        && !noun.equals("sales");
    return plural ? noun.substring(0, noun.length() - 1) : noun;
  }
}
