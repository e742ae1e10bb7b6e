package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.engine.RuleLoadException;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.lexicon.LexiconMatcher;
import java.nio.file.Path;

/** The speaker the attribution model gives the quotation on one line of a small article, for the speaker pattern tests. */
final class SpeakerProbe {
  private SpeakerProbe() {}

  /** The product lexicons, loaded once for every test class that asks. */
  private static final class Lexicons {
    static final LexiconMatcher MATCHER = load();

    private static LexiconMatcher load() {
      try {
        return new LexiconMatcher(RuleSet.load(Path.of("rules")).lexicons().values());
      } catch (RuleLoadException e) {
        throw new IllegalStateException("the product rules do not load: " + e.getMessage(), e);
      }
    }
  }

  /** The matcher over the product lexicons. */
  static LexiconMatcher matcher() {
    return Lexicons.MATCHER;
  }

  /** "name/position" of the speaker of the quotation on {@code line} (1-based), as {@link AttributionModelTest#speakerAt} gives it. */
  static String speaker(String text, int line) {
    Article a = AttributionModelTest.parse(text);
    return AttributionModelTest.speakerAt(a, AttributionModel.find(a, Lexicons.MATCHER), line);
  }

  /** The speaker key alone (no position) of the quotation on {@code line}. */
  static String who(String text, int line) {
    String s = speaker(text, line);
    return s.substring(0, s.indexOf('/'));
  }

  /** The described source's phrase given for the quotation on {@code line} (as the report names a vague speaker), or null. */
  static String described(String text, int line) {
    Article a = AttributionModelTest.parse(text);
    Speakers sp = AttributionModel.find(a, Lexicons.MATCHER);
    for (dev.sourcecheck.article.Quote q : a.quotes()) {
      if (a.index().line(q.span().start()) == line) {
        Attribution at = sp.attribution(q.index());
        for (Statement st : sp.statements()) {
          if (at.how().equals("vague") && st.cueStart() == at.cueStart()) {
            return st.source().text();
          }
        }
        return null;
      }
    }
    throw new AssertionError("no quotation on line " + line);
  }
}
