package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;

/**
 * A term written as one word before its noun, for {@link FigureReader}: "a five-year contract", "a
 * 10-year sentence", "a six-month ban". The span ({@link Amounts}, unit span:UNIT) counts the unit
 * ("years") and is keyed by what the noun is a term of (lexicon {@code xs-counts}, term:STATE:
 * "sentence" a term of the sentenced, "deal" and "contract" of a contract), so that "a 10-year
 * sentence" and "jailed for eight years" are one count. A span before any other noun ("a
 * five-year plan", "a 30-day review") is no figure. Stateless.
 */
final class Terms {
  private Terms() {}

  static FigureReader.Figure term(Story story, AuditedArticle a, Sentence s, Amounts.Amount m) {
    Tokens ts = a.tokens();
    String unit = m.unit().substring(5);
    for (Cue c : a.cues("xs-counts", m.end(), Math.min(s.span().end(), m.end() + 40))) {
      if (!c.tag().startsWith("term:")) {
        continue;
      }
      int between = ts.from(c.start()) - m.last();
      for (int k = m.last(); k < ts.from(c.start()); k++) {
        if (ts.capitalised(k) || ts.is(k, Tokens.NUMBER) || !ts.gapBefore(k).isBlank()) {
          return null; // "a five-year, £40m contract": a new phrase, not this span's noun
        }
      }
      if (between > 2 || !ts.gapBefore(ts.from(c.start())).isBlank()) {
        return null;
      }
      String state = c.tag().substring(5);
      return new FigureReader.Figure(m.start(), c.end(), unit + "|" + state, FigureReader.owner(story, a, s, m.start()),
          unit, m.value(), m.low(), m.high(), "", false, state, null, true);
    }
    return null;
  }
}
