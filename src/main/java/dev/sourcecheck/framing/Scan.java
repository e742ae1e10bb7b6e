package dev.sourcecheck.framing;

import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.List;

/**
 * One text as the framing facts read it: its words, its lexicon matches by lexicon, and which
 * words carry no subject of their own (function words, modality words, outcome words). An
 * article's text, or a title that is not in it. Immutable once built.
 */
final class Scan {
  final String text;
  final Tokens tokens;
  final Cues cues;
  final LexiconMatcher matcher;
  /** Per word: a function word, a modality word or an outcome or verdict word. */
  final boolean[] skip;

  Scan(String text, Tokens tokens, Cues cues, LexiconMatcher matcher) {
    this.text = text;
    this.tokens = tokens;
    this.cues = cues;
    this.matcher = matcher;
    this.skip = new boolean[tokens.size()];
    Deadline deadline = Deadline.current();
    for (String lexicon : List.of(Cues.FUNCTION, Cues.FILLER, Cues.MODALITY, Cues.OUTCOMES, Cues.EVIDENCE, Cues.BASE, Cues.VERDICTS,
        Cues.VERDICT_EVIDENCE)) {
      for (Match m : cues.all(lexicon)) {
        deadline.tick();
        for (int i = tokens.from(m.start()); i < tokens.size() && tokens.start(i) < m.end(); i++) {
          skip[i] = true;
        }
      }
    }
  }

  /** A text that is not an article's (a title kept only as metadata), matched on its own. */
  static Scan of(String text, LexiconMatcher matcher) {
    List<Match> ms = matcher == null ? List.of() : matcher.find(text, 0, text.length());
    return new Scan(text, Tokens.of(text), new Cues(ms), matcher);
  }

  Stems stems(int from, int to) {
    return Stems.of(tokens, skip, from, to);
  }
}
