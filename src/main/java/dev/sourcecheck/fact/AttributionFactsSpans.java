package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.attribution.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a named speaker is reported to have said in indirect speech ({@link ReportedSpan}),
 * for {@link AttributionFacts}: from the verb of saying to the end of its clause, or the whole
 * sentence before it when the attribution closes the sentence after a comma ("The talks were
 * historic, Leavitt said") or with no comma ({@link BareClosings}). A reported clause ends at a comma before another attribution's speaker
 * phrase ("Although Reynolds says that …, others argue that …", "…, according to a source on the
 * call"): that is another source's clause. Stateless.
 */
final class AttributionFactsSpans {
  private AttributionFactsSpans() {}

  private static final Pattern SPEECH_WORD = Pattern.compile("[\\p{L}’']+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Words after the comma before a closing attribution ("…, Leavitt said"), at most. */
  static final int MAX_CLOSING_WORDS = 7;

  /** The reported clause of the named verb of saying {@code f}; {@code inSentence} are its sentence's statements. */
  static ReportedSpan reported(Article a, WordTags tags, StatementFact f, List<Statement> inSentence) {
    if (f.sentence() < 0) {
      return null;
    }
    Sentence s = a.sentences().get(f.sentence());
    String text = a.text();
    int end = clauseEnd(text, tags, f.end(), s.span().end());
    for (Statement o : inSentence) {
      int os = opening(o);
      if (o.cueStart() != f.start() && os > f.end() && os < end && afterComma(text, os)) {
        end = os; // "…, others argue that …": another speaker's clause
      }
    }
    int start = f.start();
    String before = text.substring(s.span().start(), f.start());
    int comma = Math.max(before.lastIndexOf(", "), Math.max(before.lastIndexOf(",” "), before.lastIndexOf(",\" ")));
    // "The talks were historic, Leavitt said": the speaker after the clause owns what comes before it; not
    // when the comma is inside the speaker's phrase ("The club's legendary captain, Will Strang, said …": it
    // closes an appositive, and the words before it are the outlet's)
    boolean beforeSpeaker = f.sourceStart() < 0 || s.span().start() + comma < f.sourceStart();
    if (comma > 0 && beforeSpeaker && WHITESPACE.split(before.substring(comma)).length <= MAX_CLOSING_WORDS
        && end == s.span().end()) {
      start = s.span().start();
    } else if (end == s.span().end() && BareClosings.closes(a, tags, f.flagStart(), f.flagEnd(), f.start())) {
      start = s.span().start(); // "… were killed in Aleppo according to the Observatory.": the same with the comma lost
    }
    return new ReportedSpan(a.id(), f.sentence(), f.person(), start, end);
  }

  /** Where a statement's words start: its speaker phrase or its cue, whichever is first. */
  private static int opening(Statement o) {
    return o.source().start() >= 0 ? Math.min(o.source().start(), o.cueStart()) : o.cueStart();
  }

  private static boolean afterComma(String text, int offset) {
    int b = offset - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    return b >= 0 && text.charAt(b) == ',';
  }

  /**
   * Where the clause running from {@code from} ends, before {@code to}: a semicolon, a spaced dash,
   * or a comma before a conjunction or a subordinating word ("…, while …", "…, but …").
   */
  static int clauseEnd(String text, WordTags tags, int from, int to) {
    Matcher m = SPEECH_WORD.matcher(text).region(from, to);
    int prevEnd = from;
    while (m.find()) {
      String gap = text.substring(prevEnd, m.start());
      int semi = gap.indexOf(';');
      if (semi >= 0) {
        return prevEnd + semi;
      }
      int dash = Math.max(gap.indexOf(" — "), gap.indexOf(" – "));
      if (dash >= 0) {
        return prevEnd + dash;
      }
      String t = tags.tag(m.start(), WordTags.FUNCTION);
      int comma = gap.indexOf(',');
      if (comma >= 0 && ("sub".equals(t) || "conj".equals(t))) {
        return prevEnd + comma;
      }
      prevEnd = m.end();
    }
    return to;
  }
}
