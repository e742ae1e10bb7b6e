package dev.sourcecheck.attribution;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.function.Function;

/**
 * Views attributed by words that are no verb of saying the model reads for quotations (lexicon
 * {@code clause-beliefs}): a state of believing or feeling after a linking verb ("some Democrats
 * are concerned that …", "aides remain confident", "critics have long been skeptical of …"; tag
 * {@code state}), and verbs of agreeing or pointing out ("experts agree that …", "analysts point
 * out that …"; tag {@code stance}), and verbs of judging ("critics have likened the rallies to …",
 * "Republicans denounced the deal"; tag {@code judging}). The speaker is found as for a verb of saying: the subject
 * before the linking verb. Such a statement attributes a view, never a quotation's words. Not
 * shared between threads.
 */
final class BeliefStates {
  static final String LIST = "clause-beliefs";
  static final String STATE = "state";
  static final String STANCE = "stance";
  /** A verb of judging, approving or disputing ("denounced the deal"): a view, reported as an act. */
  static final String JUDGING = "judging";
  /** Adverbs and negations between a linking verb and its state ("are not yet convinced"). */
  private static final int MAX_BETWEEN = 2;

  private final ArticleIndex x;
  private final Subjects subjects;
  private final Function<Match, Source> subjectOf;

  BeliefStates(ArticleIndex x, Subjects subjects, Function<Match, Source> subjectOf) {
    this.x = x;
    this.subjects = subjects;
    this.subjectOf = subjectOf;
  }

  /** Whether {@code st} is a belief state or stance found here. */
  static boolean is(Statement st) {
    return is(st.tag());
  }

  private static boolean is(String tag) {
    return STATE.equals(tag) || STANCE.equals(tag) || JUDGING.equals(tag);
  }

  /** The statement of the match {@code m} of {@code clause-beliefs}, or null when it attributes nothing here. */
  Statement of(Match m) {
    int f = m.first();
    int si = x.sentenceOf(f);
    if (si < 0 || x.quoted(f) || x.capitalised(f) && !x.initial(f) || !is(m.tag())) {
      return null;
    }
    Source s;
    if (STATE.equals(m.tag())) {
      int link = link(f);
      if (link < 0) {
        return null; // "the people concerned", "a confident start": no state of a subject
      }
      s = subjects.left(link);
    } else {
      if (passive(f, m)) {
        return null; // "the case was dismissed", "officials were criticized": the subject is judged, not judging
      }
      s = subjectOf.apply(m);
    }
    if (!s.found()) {
      return null;
    }
    return new Statement(si, s.person(), x.text.substring(m.start(), m.end()), m.start(), m.end(),
        s.kind().equals("described"), s.kind(), m.tag(), s.description());
  }

  /**
   * A stance verb in a past form after a form of "be", over adverbs and a conjoined participle ("was
   * widely condemned", "were mocked and criticized"): a passive.
   */
  private boolean passive(int f, Match m) {
    if (m.entry().term().endsWith("ing")) {
      return false;
    }
    int k = f - 1;
    for (int n = 0; n < MAX_BETWEEN + 1 && k >= 0 && x.spaced(k + 1); n++) {
      String t = x.function(k);
      if ("conj".equals(t) && k > 0 && x.folded(k - 1).endsWith("ed")) {
        k -= 2; // "mocked and criticized"
      } else if ("adv".equals(t) || "degree".equals(t) || "neg".equals(t)) {
        k--;
      } else {
        break;
      }
    }
    return k >= 0 && x.spaced(k + 1) && "be".equals(x.function(k));
  }

  /**
   * The linking verb before the state at word {@code f} ("are", "remain", "have been", "grew"),
   * over at most {@link #MAX_BETWEEN} adverbs or negations, or -1.
   */
  private int link(int f) {
    int k = f - 1;
    for (int n = 0; n < MAX_BETWEEN && k >= 0 && x.spaced(k + 1) && x.sentenceOf(k) == x.sentenceOf(f)
        && ("adv".equals(x.function(k)) || "neg".equals(x.function(k)) || "degree".equals(x.function(k))); n++) {
      k--;
    }
    if (k < 0 || !x.spaced(k + 1) || x.sentenceOf(k) != x.sentenceOf(f)) {
      return -1;
    }
    return "be".equals(x.function(k)) || "link".equals(x.tag(k, LIST)) ? k : -1;
  }

}
