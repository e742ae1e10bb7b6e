package dev.sourcecheck.attribution;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * The verbs of saying and believing outside quotations that can introduce speech: a form used as
 * a noun ("his remarks", "the reports"), as part of a name ("the United States"), in a passive
 * ("is said to", "was asked") or as "call for" is no cue. Indexed by sentence. Not shared
 * between threads.
 */
final class Cues {
  private final ArticleIndex x;
  final List<Match> all = new ArrayList<>();
  /** By identity: a match's own hash walks its whole lexicon. */
  private final java.util.Set<Match> usable = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private final List<List<Match>> bySentence = new ArrayList<>();

  Cues(ArticleIndex x, List<Match> matches) {
    this.x = x;
    int n = x.article.sentences().size();
    for (int i = 0; i < n; i++) {
      bySentence.add(new ArrayList<>(1));
    }
    for (Match m : matches) {
      if (m.list().equals(Lists.VERBS) && cue(m)) {
        all.add(m);
        usable.add(m);
        int s = x.sentenceOf(m.first());
        if (s >= 0) {
          bySentence.get(s).add(m);
        }
      }
    }
  }

  List<Match> in(int sentence) {
    return sentence < 0 || sentence >= bySentence.size() ? List.of() : bySentence.get(sentence);
  }

  /** Whether {@code m} is one of the usable cues. */
  boolean usable(Match m) {
    return usable.contains(m);
  }

  /** A verb of believing or regarding: it attributes a view, not the words of a quotation. */
  boolean belief(Match m) {
    return m.tag().equals("belief") || m.tag().equals("view");
  }

  /** "According to X": the source follows the cue (tag {@code according}). */
  boolean accordingTo(Match m) {
    return m.tag().equals("according");
  }

  private boolean cue(Match m) {
    int f = m.first();
    if (x.quoted(f)) {
      return false;
    }
    if (x.capitalised(f) && !x.initial(f) && !accordingTo(m)) {
      return false; // "the United States", "Says Who": a name, not a verb
    }
    int p = f - 1;
    if (p >= 0 && x.spaced(f)) {
      String t = x.tag(p, Lists.FUNCTION);
      // "Several said", "“…,” another said": a quantity opening its clause, before a past form, is the subject
      boolean quantSubject = "quant".equals(t) && m.entry().term().endsWith("d") && !m.entry().term().contains(" ")
          && (p == 0 || x.initial(p) || x.gapHas(p, ",;:\"“”—(") || "conj".equals(x.tag(p - 1, Lists.FUNCTION)));
      if (Lists.definite(t) || "indef".equals(t) || t != null && t.startsWith("poss") || "quant".equals(t) && !quantSubject
          || x.possessive(p) || x.words.is(p, dev.sourcecheck.text.Tokens.NUMBER)) {
        return false; // "his remarks", "several claims", "the reports", "11 states"; "Several said" is a subject and its verb
      }
      if (("prep".equals(t) || "sub".equals(t)) && !accordingTo(m)) {
        return false; // "amid reports that", "despite claims": a noun after a preposition
      }
      if ("be".equals(t) && !m.entry().term().endsWith("ing")) {
        return false; // "is said to", "was asked": a passive names no speaker before the verb
      }
    }
    String term = m.entry().term();
    if (term.startsWith("call") && m.last() + 1 < x.size) {
      if (x.role(m.last() + 1, "particle")) {
        return false;
      }
    }
    return true;
  }
}
