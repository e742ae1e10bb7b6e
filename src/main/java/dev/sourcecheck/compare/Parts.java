package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;

/**
 * A count of a part of a class with what happened to it says at least as much of the whole class:
 * "nine passengers were taken to hospital" says at least nine people were ({@code xs-count-classes}
 * names the class of a counted thing). The whole is a figure of its own, keyed by the class and the
 * state ("people|hospitalised"), qualifier {@code part}, its range open above: it is compared with
 * the count of the class another source gives ("seven people were taken to hospital"), never with
 * another part. A count with no state ("62 passengers") stands for no whole. Stateless.
 */
final class Parts {
  private Parts() {}

  /** Where a whole's position among its article's figures of one key starts: after every figure read directly. */
  static final int NTH = 1000;

  /** The whole a figure is a part of, or null. */
  static FigureReader.Figure whole(Vocab vocab, AuditedArticle a, Sentence s, FigureReader.Figure f) {
    int bar = f.counts().indexOf('|');
    if (bar <= 0 || !f.unit().equals("count") || f.qualifier().equals("vague")) {
      return null;
    }
    String noun = f.counts().substring(0, bar);
    String state = f.counts().substring(bar + 1);
    String whole = vocab.countClasses.get(noun);
    if (whole == null || whole.equals(noun) || state.contains("|")) {
      return null;
    }
    // the text of the claim: the count through what happened to it ("Nine passengers were taken to hospital")
    int end = f.end();
    for (Cue c : a.cues("xs-counts", f.end(), Math.min(s.span().end(), f.end() + 80))) {
      if (c.tag().equals("state:" + state)) {
        end = c.end();
        break;
      }
    }
    return new FigureReader.Figure(f.start(), end, whole + "|" + state, f.owner(), f.unit(), f.value(), f.low(),
        Double.POSITIVE_INFINITY, "part", false, "(at least as many " + whole + ")", a.text().substring(f.start(), end),
        f.listed());
  }
}
