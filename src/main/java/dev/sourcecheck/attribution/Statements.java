package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who says or believes what outside quotations: every verb of saying or believing with its
 * speaker ("Umerov said the talks…": the reported words are Umerov's), the vague words of the
 * {@code vague-sources} list ("reportedly"), and agentless passives of a verb of saying or
 * believing ("it is believed", "is said to", "it has been suggested", "is widely regarded as"),
 * which name no one by their very form. A participle after a comma ("…, adding that …") has the
 * subject of its clause. Not shared between threads.
 */
final class Statements {
  private final ArticleIndex x;
  private final Cues cues;
  private final Subjects subjects;
  /** By identity: every cue is one object of the article's match list, and a match's own hash walks its whole lexicon. */
  private final Map<Match, Source> subjectOf = new IdentityHashMap<>();
  private final List<Statement> all = new ArrayList<>();

  Statements(ArticleIndex x, Cues cues, Subjects subjects) {
    this.x = x;
    this.cues = cues;
    this.subjects = subjects;
    this.passives = new Passives(x);
    this.beliefs = new BeliefStates(x, subjects, this::subjectOf);
  }

  private final Passives passives;
  private final BeliefStates beliefs;

  /** The speaker of a cue, found once. */
  Source subjectOf(Match cue) {
    Source s = subjectOf.get(cue);
    if (s == null) {
      s = find(cue);
      subjectOf.put(cue, s);
    }
    return s;
  }

  private Source find(Match cue) {
    if (cues.accordingTo(cue)) {
      return subjects.right(cue.last());
    }
    int f = cue.first();
    boolean afterConj = f > 0 && "conj".equals(x.tag(f - 1, Lists.FUNCTION)) && x.spaced(f);
    int g = f;
    while (g > 0 && "adv".equals(x.tag(g - 1, Lists.FUNCTION)) && x.spaced(g) && !x.gapHas(g, ",")) {
      g--; // "…, recently telling one person …": an adverb between the comma and the participle
    }
    if (afterConj || x.folded(f).endsWith("ing") && g > 0 && (x.gapHas(g, ",")
        || "sub".equals(x.tag(g - 1, Lists.FUNCTION)))) {
      // "…, adding that …", "…, writing “…”", "while adding": the subject of the main clause before
      Match prev = null;
      for (Match c : cues.in(x.sentenceOf(f))) {
        if (c.last() < f && !cues.accordingTo(c)) {
          prev = c;
        }
      }
      if (prev != null) {
        return subjectOf(prev);
      }
      Source main = subjects.mainClause(f);
      return objectConjunct(main) ? Source.NONE : main;
    }
    Source s = basisOwner(subjects.left(f));
    if ((x.gapHas(f, ",") || x.initial(f)) && !s.kind().equals("name") && !s.kind().equals("pronoun")) {
      // "…, explained Rosenberg, “…”": the speaker after the verb, when a boundary closes the name
      Source r = subjects.right(cue.last());
      boolean closed = r.found() && (r.last() + 1 >= x.size || x.gapHas(r.last() + 1, ",.;:\"“”"));
      if (r.kind().equals("name") && closed) {
        return r;
      }
      if (r.kind().equals("described") && closesClause(r) && (!s.found() || s.last() < f - 1) && !x.initial(f)) {
        return r; // "…, said several observers.", "…, said one person with knowledge of the talks, who …"; "The navy
                  // was told to wait, said an official who …": not the subject of the clause before the comma
      }
    }
    if (!s.found() && (f == 0 || x.quoted(f - 1) || x.initial(f) || x.gapHas(f, ",") && x.gapHas(cue.last() + 1, ","))) {
      s = subjects.right(cue.last()); // "“…,” said Smith", "The plan, said Smith, is dead"
    }
    return s;
  }

  /** Words looked back over for the verb of a conjoined object. */
  private static final int MAX_CONJUNCT_BACK = 20;

  /**
   * A described phrase after "and" that is the second part of an object, not a clause's subject:
   * its segment before "and" holds a verb (an auxiliary, a verb of saying) or opens in lower case
   * after a comma ("uniting evangelicals and other conservatives behind him, arguing …", "…,
   * beheaded Americans and others, and vowed …", "criticized the chairman and his allies …,
   * accusing …"); not "Senate Democrats and other critics rallied, saying …".
   */
  private boolean objectConjunct(Source s) {
    int c = s.first() - 1;
    if (!s.kind().equals("described") || c <= 0 || !"conj".equals(x.tag(c, Lists.FUNCTION)) || !x.spaced(c)) {
      return false;
    }
    int sent = x.sentenceOf(c);
    int k = c - 1;
    for (int n = 0; n < MAX_CONJUNCT_BACK && k >= 0 && x.sentenceOf(k) == sent && !x.quoted(k); n++, k--) {
      String t = x.tag(k, Lists.FUNCTION);
      if ("aux".equals(t) || "be".equals(t) || cueAt(k, sent) || pastVerb(k)) {
        return true;
      }
      if (k == 0 || x.gapHas(k, ",;:()—–") || x.sentenceOf(k - 1) != sent) {
        return !x.capitalised(k); // the segment opens here
      }
    }
    return false;
  }

  /** A lower-case word in -ed of five letters or more: a past verb ("criticized", "pursued"). */
  private boolean pastVerb(int k) {
    String w = x.folded(k);
    return !x.capitalised(k) && w.length() > 4 && w.endsWith("ed") && x.tag(k, Lists.FUNCTION) == null;
  }

  private boolean cueAt(int k, int sent) {
    for (Match c : cues.in(sent)) {
      if (c.first() == k) {
        return true;
      }
    }
    return false;
  }

  /** Words a speaker phrase after its verb may run to before the boundary that closes it. */
  private static final int MAX_AFTER = 16;
  /** The same once a relative clause has opened ("an official who was briefed on … and spoke anonymously because …"). */
  private static final int MAX_AFTER_RELATIVE = 24;

  /**
   * The phrase {@code r} after a verb of saying runs, over its post-modifiers ("one person familiar
   * with the talks", "an official who was briefed on the encounter"), to a comma or the end of the
   * sentence, with no finite verb of its own clause first ("…, said officials would meet" has one).
   */
  private boolean closesClause(Source r) {
    int sent = x.sentenceOf(r.last());
    boolean relative = false;
    for (int k = r.last() + 1; k <= r.last() + (relative ? MAX_AFTER_RELATIVE : MAX_AFTER); k++) {
      if (k >= x.size || x.sentenceOf(k) != sent || x.gapHas(k, ",.;:\"“”")) {
        return true;
      }
      String t = x.tag(k, Lists.FUNCTION);
      relative |= "rel".equals(t);
      if (!relative && ("aux".equals(t) || "be".equals(t))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The speaker of a basis phrase when {@code s} is only its object: in "two people close to the
   * board said", "the board" is what the people are close to; the speaker is the phrase before
   * "close to" (lexicon {@code anonymity}, tag basis).
   */
  private Source basisOwner(Source s) {
    if (!s.found() || s.first() <= 0 || s.kind().equals("described")) {
      return s;
    }
    Match basis = x.to(s.first() - 1, Lists.ANONYMITY);
    if (basis == null || !"basis".equals(basis.tag()) || !x.spaced(s.first())) {
      return s;
    }
    Source owner = subjects.left(basis.first());
    return owner.kind().equals("described") ? owner : s;
  }

  List<Statement> run(List<Match> matches) {
    Deadline deadline = Deadline.current();
    for (Match c : cues.all) {
      deadline.tick();
      int si = x.sentenceOf(c.first());
      if (si < 0) {
        continue;
      }
      Source s = subjectOf(c);
      boolean vague = s.kind().equals("described");
      all.add(new Statement(si, s.person(), x.text.substring(c.start(), c.end()), c.start(), c.end(), vague,
          s.kind(), c.tag(), s.description()));
    }
    for (Match m : matches) {
      deadline.tick();
      if (m.list().equals(Lists.VAGUE) && !x.quoted(m.first()) && x.sentenceOf(m.first()) >= 0 && !named(m.first())) {
        all.add(new Statement(x.sentenceOf(m.first()), null, x.text.substring(m.start(), m.end()), m.start(), m.end(),
            true, "hedge", m.tag(), Description.NONE));
      }
      if (m.list().equals(Lists.VERBS)) {
        Statement p = passives.of(m);
        if (p != null) {
          all.add(p);
        }
      }
      if (m.list().equals(BeliefStates.LIST)) {
        Statement b = beliefs.of(m);
        if (b != null) {
          all.add(b);
        }
      }
    }
    all.sort((a, b) -> a.cueStart() != b.cueStart() ? Integer.compare(a.cueStart(), b.cueStart())
        : Integer.compare(b.cueEnd(), a.cueEnd()));
    List<Statement> kept = new ArrayList<>();
    for (Statement st : all) {
      Statement prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (prev != null && st.cueStart() < prev.cueEnd()) {
        if (st.cueEnd() - st.cueStart() > prev.cueEnd() - prev.cueStart()) {
          kept.set(kept.size() - 1, st);
        }
        continue;
      }
      kept.add(st);
    }
    all.clear();
    all.addAll(kept);
    return kept;
  }

  /**
   * Word {@code f} continues a capitalised name ("Fox News reports", "CBS News reports that"): a
   * capital mid-sentence right after another capital, so the phrase names its source.
   */
  private boolean named(int f) {
    return f > 0 && x.capitalised(f) && !x.initial(f) && !x.headline(f) && x.capitalised(f - 1) && x.spaced(f)
        && x.sentenceOf(f - 1) == x.sentenceOf(f);
  }

  /** A statement with a verb of saying: not a vague word, a passive or a belief state ("critics are confident"). */
  private static boolean speaking(Statement st) {
    return !st.kind().equals("hedge") && !st.kind().equals("passive") && !BeliefStates.is(st);
  }

  /** The last statement of a paragraph with a verb of saying (after {@link #run}), or null. */
  Statement lastIn(Paragraph p) {
    if (lastOf == null) {
      lastOf = new Statement[x.article.paragraphs().size()];
      for (Statement st : all) {
        int pi = x.paragraphOf(x.wordAtOrAfter(st.cueStart()));
        if (pi >= 0 && speaking(st)) {
          lastOf[pi] = st;
        }
      }
    }
    return lastOf[p.index()];
  }

  private Statement[] lastOf;

  /** The last statement with a verb of saying in paragraph {@code p} before offset {@code before}, or null. */
  Statement lastBefore(Paragraph p, int before) {
    Statement found = null;
    int from = java.util.Collections.binarySearch(starts(), p.span().start());
    for (int i = from < 0 ? -from - 1 : from; i < all.size() && all.get(i).cueStart() < before; i++) {
      Statement st = all.get(i);
      if (speaking(st)) {
        found = st;
      }
    }
    return found;
  }

  private List<Integer> starts;

  private List<Integer> starts() {
    if (starts == null) {
      starts = all.stream().map(Statement::cueStart).toList();
    }
    return starts;
  }
}
