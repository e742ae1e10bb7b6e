package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Quantified noun phrases that open a clause (the sentence's start, or right after a verb of saying
 * from {@code xs-reporting}), read as the subject of the predicates after them: "None of the
 * children has been admitted", "Two of the prosecution witnesses were recalled", "No bank or card
 * details had been accessed", "Eleven patients have been moved". The quantifier is a number (digits
 * or an {@code xs-numbers} number word) or a negative quantifier ({@code xs-negation}, tag
 * {@code quantifier}: none of, no, not one of). The phrase's noun is the last content word of the
 * run after the quantifier (its "of the" skipped; {@code joiner} words of {@code xs-function-words}
 * such as "or" kept inside), which ends at any other function word, a capital or punctuation.
 * A bare noun phrase that opens the clause and is followed by an auxiliary ({@code xs-function-words}
 * tag {@code auxiliary}) is a subject too, not negative: "Fuel has leaked" meets "No fuel has
 * leaked", "Passengers were taken to hospital" meets "No passengers were taken". Stateless.
 */
final class QuantifiedSubjects {
  /** Content words a quantified phrase holds at most ("the district's nine libraries"). */
  static final int MAX_WORDS = 4;

  private QuantifiedSubjects() {}

  /**
   * A quantified subject: {@code key} "~" and its noun's stem, the phrase's character span, whether
   * its quantifier negates, and the token after the phrase.
   */
  record Subject(String key, String noun, int start, int end, boolean negative, int next) {}

  static List<Subject> in(Story story, AuditedArticle a, Sentence s) {
    Tokens ts = a.tokens();
    int from = ts.from(s.span().start());
    int to = ts.until(s.span().end());
    List<Integer> opens = new ArrayList<>();
    opens.add(from);
    for (Cue c : a.cues("xs-reporting", s.span().start(), s.span().end())) {
      if (!c.inQuote()) {
        opens.add(ts.until(c.end()));
      }
    }
    List<Subject> out = new ArrayList<>();
    for (int open : opens) {
      Subject q = at(story, a, open, to);
      if (q != null && (out.isEmpty() || out.get(out.size() - 1).end() <= q.start())) {
        out.add(q);
      }
    }
    return out;
  }

  private static Subject at(Story story, AuditedArticle a, int i, int to) {
    Tokens ts = a.tokens();
    String[] norms = story.norms(a);
    if (i >= to || a.inQuote(ts.start(i), ts.end(i))) {
      return null;
    }
    int k;
    boolean negative = false;
    Cue q = cueAt(a, "xs-negation", ts.start(i), ts.end(i) + 24);
    if (q != null && q.tag().equals("quantifier") && q.start() == ts.start(i)) {
      negative = true;
      k = ts.until(q.end());
    } else if (ts.is(i, Tokens.NUMBER) || number(a, ts, i)) {
      k = i + 1;
    } else {
      return bare(story, a, i, to);
    }
    // "of the", "of its": function words before the phrase's words
    while (k < to && !story.vocab.content(norms[k]) && !story.vocab.joiner(norms[k]) && ts.gapBefore(k).isBlank()) {
      k++;
    }
    int noun = -1;
    int words = 0;
    for (; k < to && ts.gapBefore(k).isBlank() && !ts.capitalised(k); k++) {
      if (story.vocab.content(norms[k])) {
        noun = k;
        words++;
      } else if (!story.vocab.joiner(norms[k]) || noun < 0) {
        break;
      }
    }
    if (noun < 0 || words > MAX_WORDS || !Character.isLetter(norms[noun].charAt(0))) {
      return null;
    }
    return new Subject("~" + Vocab.stem(norms[noun]), norms[noun], ts.start(i), ts.end(noun), negative, noun + 1);
  }

  /** "Fuel has leaked": content words, no name among them, then an auxiliary. */
  private static Subject bare(Story story, AuditedArticle a, int i, int to) {
    Tokens ts = a.tokens();
    String[] norms = story.norms(a);
    int k = i;
    while (k < to && k - i < MAX_WORDS && story.vocab.content(norms[k]) && (k == i || !ts.capitalised(k)
        && ts.gapBefore(k).isBlank())) {
      k++;
    }
    if (k == i || k >= to || !ts.gapBefore(k).isBlank() || !story.vocab.auxiliaries.contains(norms[k]) || !Character.isLetter(norms[k - 1].charAt(0))
        || !Entities.in(story, a, ts.start(i), ts.end(k - 1), false).isEmpty()) {
      return null;
    }
    return new Subject("~" + Vocab.stem(norms[k - 1]), norms[k - 1], ts.start(i), ts.end(k - 1), false, k);
  }

  /**
   * The bare noun phrase that opens sentence {@code s} and ends right before token {@code at}, a
   * predicate ("The company halted production", "Lumora paid a ransom", "Harwick Borough Council
   * suspended"): its last word's key ("~compa"), or null. Content words only.
   */
  static String opening(Story story, AuditedArticle a, Sentence s, int at) {
    Tokens ts = a.tokens();
    String[] norms = story.norms(a);
    int i = ts.from(s.span().start());
    while (i < at && !story.vocab.content(norms[i]) && ts.gapBefore(i + 1).isBlank()) {
      i++; // "The", "A"
    }
    if (i >= at || at - i > MAX_WORDS) {
      return null;
    }
    for (int k = i; k < at; k++) {
      if (!story.vocab.content(norms[k]) || k > i && !ts.gapBefore(k).isBlank()) {
        return null;
      }
    }
    if (!ts.gapBefore(at).isBlank() || !Character.isLetter(norms[at - 1].charAt(0))) {
      return null;
    }
    return "~" + Vocab.stem(norms[at - 1]);
  }

  private static boolean number(AuditedArticle a, Tokens ts, int i) {
    for (Cue c : a.cues("xs-numbers", ts.start(i), ts.end(i))) {
      if (c.tag().startsWith("value:")) {
        return true;
      }
    }
    return false;
  }

  private static Cue cueAt(AuditedArticle a, String lexicon, int from, int to) {
    for (Cue c : a.cues(lexicon, from, to)) {
      if (c.start() == from) {
        return c;
      }
    }
    return null;
  }
}
