package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;

/**
 * Measures and rates, for {@link FigureReader}. A measure ("150 metres", "a 240-metre bridge",
 * "787ft", unit words tagged measure: in {@code xs-numbers}, already converted to one unit per
 * dimension by {@link Amounts}) is keyed by its unit and by the noun it stands before, when it
 * stands before one ("the 2,300 kg satellite", "a 3,200-kilogram Halcyon-3 satellite": a name of up
 * to two capitalised words may come between), so the same measure of the same thing is compared;
 * a word tagged measure-after ("beyond", "long", "above") says the measure is of a distance or a
 * size, not of a noun. A rate is an amount followed by rate words ("€12m a day", "18,000 vehicles a
 * day", tag rate:PER): its measure gets "/PER", so it is compared only with the same rate.
 * Stateless.
 */
final class MeasuredThings {
  private MeasuredThings() {}

  /** The rate words right after {@code at} ("a day", "per share"), or null. */
  static Cue rate(AuditedArticle a, int at) {
    for (Cue c : a.cues("xs-numbers", at, Math.min(a.text().length(), at + 14))) {
      if (c.tag() != null && c.tag().startsWith("rate:") && a.text().substring(at, c.start()).isBlank()) {
        return c;
      }
    }
    return null;
  }

  /** "rate:day" as the part a rate adds to a figure's measure: "/day". */
  static String per(Cue rate) {
    return "/" + rate.tag().substring(5);
  }

  /** The noun a measure stands before, singular, or null. */
  static String noun(Story story, AuditedArticle a, Sentence s, Amounts.Amount m) {
    Tokens ts = a.tokens();
    int k = m.last();
    int names = 0;
    while (k < ts.size() && ts.start(k) < s.span().end() && ts.gapBefore(k).isBlank() && ts.capitalised(k) && names < 2) {
      k++;
      names++;
    }
    if (k >= ts.size() || ts.start(k) >= s.span().end() || !ts.gapBefore(k).isBlank() || ts.capitalised(k)
        || ts.is(k, Tokens.NUMBER)) {
      return null;
    }
    String w = ts.folded(k);
    if (!Character.isLetter(w.charAt(0)) || !story.vocab.content(w)) {
      return null;
    }
    for (Cue c : a.cues("xs-numbers", ts.start(k), ts.end(k))) {
      if ("measure-after".equals(c.tag()) || c.tag() != null && c.tag().startsWith("rate:")) {
        return null;
      }
    }
    return Counted.singular(w);
  }
}
