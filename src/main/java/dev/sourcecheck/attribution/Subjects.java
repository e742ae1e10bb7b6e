package dev.sourcecheck.attribution;

import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The speaker of a cue: the subject of a verb of saying (to its left, across adverbs, auxiliaries,
 * time words, a parenthesis or a comma-delimited appositive or relative clause: "Warren, who has
 * not endorsed a candidate, told reporters"), or the noun phrase after it ("said Smith", "according
 * to the ministry"). A phrase's head is its last noun before a preposition, relative clause or
 * verb; a person named there is the speaker, a role or organisation noun is kept as the speaker,
 * and a generic head is a described source. Every window is capped. Not shared between threads.
 */
final class Subjects {
  /** Words looked at to the left of a verb, and in one noun phrase. */
  private static final int MAX_LEFT = 60;
  private static final int MAX_PHRASE = 10;
  private static final int MAX_SKIP = 4;
  private static final int MAX_SEGMENTS = 6;

  private final ArticleIndex x;
  private final Persons persons;
  private final Phrases phrases;
  private final Appositives appositives;
  private final Predicates predicates;
  private final Clauses clauses;

  Subjects(ArticleIndex x, Persons persons, Pronouns pronouns) {
    this.x = x;
    this.persons = persons;
    this.phrases = new Phrases(x, persons, pronouns);
    this.appositives = new Appositives(x, persons, phrases);
    this.predicates = new Predicates(x, this);
    this.clauses = new Clauses(x, this);
  }

  /** The coordinated predicate's subject before conjunction {@code c} ({@link Predicates#coordinated}). */
  Source coordinated(int c, int sent, int floor) {
    return predicates.coordinated(c, sent, floor);
  }

  /** The agent of a passive verb of saying ({@link Predicates#passiveAgent}), or null. */
  Source passiveAgent(dev.sourcecheck.lexicon.LexiconMatcher.Match cue) {
    return predicates.passiveAgent(cue);
  }

  /** The speaker phrase in words {@code [a, b]} ({@link Phrases#phrase}). */
  Source phrase(int a, int b, boolean subject) {
    return phrases.phrase(a, b, subject);
  }

  /** The phrase {@code [i, e]} read by its head ({@link Phrases#head}). */
  Source head(int i, int e, int b, boolean subject) {
    return phrases.head(i, e, b, subject);
  }

  /** The subject to the left of the cue starting at word {@code v}. */
  Source left(int v) {
    int sent = x.sentenceOf(v);
    int floor = Math.max(0, v - MAX_LEFT);
    int k = v - 1;
    boolean passive = false;
    for (int skipped = 0; k >= floor && skipped < MAX_SKIP && same(k, sent) && x.spaced(k + 1); skipped++) {
      String t = x.function(k);
      passive |= "be".equals(t) && !x.folded(v).endsWith("ing");
      boolean when = "prep".equals(t) && k + 1 < v && "time".equals(x.function(k + 1)); // "Trump on Saturday tweeted"
      if (!when && !"adv".equals(t) && !"aux".equals(t) && !"be".equals(t) && !"time".equals(t) && !"neg".equals(t)
          || persons.endingAt(k) != null && x.capitalised(k)) { // "May said": a surname, not the auxiliary
        break;
      }
      k--;
    }
    if (passive) {
      return Source.NONE; // "the contracts are now called": the subject of a passive is what is said, not who says it
    }
    boolean paren = false;
    if (k >= floor && x.gapHas(k + 1, ")")) {
      // "Gov. Phil Bryant (R) said": the parenthesis is no subject
      int open = k;
      while (open > floor && open > k - MAX_PHRASE && !x.gapHas(open, "(")) {
        open--;
      }
      if (x.gapHas(open, "(")) {
        k = open - 1;
        paren = !x.gapHas(open, ",;:");
      }
    }
    Source relative = paren ? Source.NONE : clauses.relativeSubject(k, sent, floor);
    if (relative.found()) {
      return relative;
    }
    int rel = paren ? -1 : clauses.restrictiveRelative(k, sent, floor);
    Source ante = rel > floor ? near(rel - 1, sent, floor) : Source.NONE;
    if (ante.found() && !ante.kind().equals("pronoun") && !appositives.ofName(ante.first(), floor)) {
      return ante; // "the groups who wrote to her on Thursday say": the phrase the relative clause restricts
    }
    // "At the convention Sen. Elizabeth Warren (D-MA) said": the name before the parenthesis
    Source near = k + 1 < x.size && (paren || x.spaced(k + 1)) ? near(k, sent, floor) : Source.NONE;
    if (near.found()) {
      return near;
    }
    List<int[]> segments = new ArrayList<>();
    int end = k;
    while (end >= floor && same(end, sent) && segments.size() < MAX_SEGMENTS) {
      int start = end;
      while (start - 1 >= floor && same(start - 1, sent) && !boundary(start)
          && (!"conj".equals(x.function(start - 1)) || appositives.opener(start))) {
        start--; // "a strategist and former adviser to Scott Walker": one appositive
      }
      if (start == end && x.initial(start) && x.folded(start).endsWith("ly") && x.gapHas(start + 1, ",")) {
        break; // "Tellingly, none of them replied": an adverb opening the sentence is no speaker
      }
      segments.add(new int[] {start, end});
      if (start - 2 >= floor && same(start - 2, sent) && "conj".equals(x.function(start - 1)) && x.gapHas(start - 1, ",")) {
        end = start - 2; // "…, refugees, and migration, said": the last item of a list in an appositive
        continue;
      }
      if (start - 1 < floor || !same(start - 1, sent) || !x.gapHas(start, ",()—–")) {
        break;
      }
      end = start - 1;
    }
    Source fallback = Source.NONE;
    for (int s = 0; s < segments.size(); s++) {
      int[] seg = segments.get(s);
      // a segment enclosed by commas before the verb may be an aside ("Warren, who …, told")
      boolean enclosed = s > 0 || x.gapHas(seg[1] + 1, ",()—–");
      boolean aside = enclosed && s + 1 < segments.size() && aside(seg[0]);
      Source src = phrase(seg[0], seg[1], true);
      if (aside && "sub".equals(x.function(seg[0])) && s > 0 && src.last() == seg[1] && appositives.opener(segments.get(s - 1)[0])
          && (src.kind().equals("name") || src.kind().equals("pronoun"))) {
        aside = false; // "…, while Mike Huckabee, the former Arkansas governor, proposed": the clause's own subject
      }
      if (src.found() && src.first() == src.last() && x.is(src.first(), Lists.PLACES) && s + 1 < segments.size()) {
        continue; // "of Elizabeth, Colorado, slammed": a place in apposition
      }
      if (!src.found() || aside) {
        if (src.found() && !fallback.found()) {
          fallback = src;
        }
        continue;
      }
      boolean plain = (src.kind().equals("name") || src.kind().equals("pronoun")) && !appositives.opener(seg[0]);
      if (!plain && s + 1 < segments.size()) {
        // "Amy Pope, deputy homeland security adviser, said", "Jeff Weaver, Sanders' campaign manager, said",
        // "Eric Woolson, an Iowa strategist and former adviser to Scott Walker, said", "Greenpeace, an environmental
        // group, said": the name before its appositive
        Source named = appositives.nameBefore(segments, s + 1);
        named = named == null && src.kind().equals("org") ? appositives.organisationBefore(segments.get(s + 1), src) : named;
        if (named != null) {
          return named;
        }
      }
      return src;
    }
    if (!fallback.found() && k >= floor && same(k, sent) && "conj".equals(x.function(k)) && x.spaced(k + 1)) {
      return predicates.coordinated(k, sent, floor);
    }
    return fallback;
  }

  /**
   * The noun phrase whose last word is {@code k}, right before the verb: a pronoun, a name, a
   * role, organisation or generic noun (walking left over its modifiers), with a name before an
   * appositive role preferred ("Amy Pope, deputy homeland security adviser, said"); NONE when
   * word {@code k} is no such head (a post-modified phrase: "a person familiar with the talks").
   */
  Source near(int k, int sent, int floor) {
    if (k < floor || !same(k, sent)) {
      return Source.NONE;
    }
    String t = x.function(k);
    if (t != null && t.startsWith("pron") && x.reflexive(k) && k - 1 >= floor && same(k - 1, sent) && x.spaced(k)) {
      Source emphasised = near(k - 1, sent, floor); // "Lumio itself would only say", "Trump himself said"
      if (emphasised.found()) {
        return emphasised;
      }
    }
    if (t != null && t.startsWith("pron")) {
      return phrase(k, k, true);
    }
    Mention m = persons.endingAt(k);
    Source agent = m == null ? null : predicates.agentOfModifier(m, sent, floor);
    if (agent != null) {
      return agent;
    }
    boolean headWord = m != null && !x.possessive(k) || x.is(k, Lists.HEADS) || x.to(k, Lists.ROLES) != null
        || x.is(k, Lists.ORGS) || x.capitalised(k) && !x.initial(k) && Names.nameWord(x, k);
    if (!headWord && !x.possessive(k) && x.function(k) == null && !x.capitalised(k) && !x.is(k, Lists.VERBS) && k - 1 >= floor
        && (x.possessive(k - 1) || Lists.definite(x.function(k - 1)) || x.function(k - 1) != null && x.function(k - 1).startsWith("poss")
        || named(k - 1, floor)) && x.spaced(k)) {
      // "the victim's mother told reporters", "which an FBI investigation said": a described speaker, kept
      int j = (x.possessive(k - 1) || named(k - 1, floor)) && k - 2 >= floor
          && (Lists.definite(x.function(k - 2)) || "indef".equals(x.function(k - 2))) ? k - 2 : k - 1;
      boolean opens = j - 1 < floor || !same(j - 1, sent) || boundary(j) || "conj".equals(x.function(j - 1))
          || "rel".equals(x.function(j - 1));
      return opens ? new Source("role", persons.org(j, k).key, j, k, phrases.describe(j, k, k)) : Source.NONE;
    }
    if (!headWord || x.possessive(k)) {
      return Source.NONE;
    }
    int j = k;
    while (j - 1 >= floor && same(j - 1, sent) && (x.joined(j) || x.apostrophe(j)) && k - j < MAX_PHRASE && !phrases.ends.verbBefore(j)
        && (phrases.modifierOrNoun(j - 1) && !x.is(j - 1, Lists.VERBS) || x.possessive(j - 1) || x.apostrophe(j)) && !phrases.ends.opens(j)) {
      j--;
    }
    if (m == null && phrases.ends.verbBefore(j) && "statement".equals(x.tag(k, Lists.ORGS))) {
      return left(j - 1); // "Ryan issued a statement saying": the statement speaks for whoever issued it
    }
    if (m != null) {
      j = x.wordAtOrAfter(m.start()); // the whole name, across its own preposition ("the Department of Health")
    }
    j = m == null ? phrases.ends.ownPhrase(j, k) : j;
    int[] of = appositives.headBeforePreposition(j, m, floor, sent);
    if (of != null) {
      // "Leaders of the organization said", "one of the prosecutors for David Petraeus said", "a spokesman for
      // candidate Hillary Clinton called": the head stands before the preposition, the rest names whom it speaks for
      Source src = head(of[0], of[1], k, true);
      if (src.found()) {
        return src;
      }
    }
    if (j - 2 >= floor && "prep".equals(x.function(j - 1)) && (x.is(j - 2, Lists.SHARES) || x.words.is(j - 2, Tokens.NUMBER))) {
      j -= 2; // "67 percent of voters say": a share of a group, a poll's result
      while (j - 1 >= floor && x.spaced(j) && (x.words.is(j - 1, Tokens.NUMBER) || "quant".equals(x.function(j - 1))
          || Lists.definite(x.function(j - 1)) || "indef".equals(x.function(j - 1)))) {
        j--;
      }
    }
    Source src = head(j, k, k, true);
    Source where = appositives.personBeforeProperPhrase(src.found() ? Math.min(j, src.first()) : j, floor, sent);
    if (where != null) {
      return where; // "Tom Reed of the Brookings Institution said": the person, not where the person works
    }
    Source across = predicates.acrossPreposition(src, j, floor, sent);
    if (across != null) {
      return across;
    }
    if (src.found() && !src.kind().equals("name") && x.gapHas(j, ",") && j - 1 >= floor && same(j - 1, sent)
        && appositives.opener(j)) {
      Mention before = persons.endingAt(j - 1);
      if (before != null && !x.possessive(j - 1) && appositives.personOpening(before)) {
        return new Source("name", before.person(), j - 1, j - 1, phrases.describe(j - 1, j - 1, j - 1)); // "X, a spokesman, said"
      }
    }
    return src;
  }

  /** The subject of the main clause before a participle at word {@code f} ({@link Clauses#mainClause}). */
  Source mainClause(int f) {
    return clauses.mainClause(f);
  }

  /** The subjects of the clauses to the left of word {@code f} ({@link Clauses#clauses}). */
  List<Source> clauses(int f, int max) {
    return clauses.clauses(f, max);
  }

  boolean same(int k, int sent) {
    return k >= 0 && x.sentenceOf(k) == sent && !x.quoted(k);
  }

  /** "an FBI investigation": an organisation's capitalised name between an article and a common noun. */
  private boolean named(int i, int floor) {
    return i - 1 >= floor && x.capitalised(i) && !x.initial(i) && (x.is(i, Lists.ORGS) || persons.endingAt(i) != null)
        && (Lists.definite(x.function(i - 1)) || "indef".equals(x.function(i - 1))) && x.spaced(i);
  }

  /** A clause or phrase boundary before word {@code i}. */
  private boolean boundary(int i) {
    return x.gapHas(i, ",;:()—–\"“”") || x.quoted(i - 1) != x.quoted(i);
  }

  /** A segment that is an aside rather than the subject ({@link Appositives#aside}). */
  boolean aside(int start) {
    return appositives.aside(start);
  }

  /** The subject after the cue ending at word {@code v}: "said Smith", "according to the ministry". */
  Source right(int v) {
    int k = v + 1;
    int sent = x.sentenceOf(v);
    for (int skipped = 0; k < x.size && skipped < MAX_SKIP && "time".equals(x.function(k)); skipped++) {
      k++;
    }
    if (k >= x.size || !same(k, sent) || x.gapHas(k, ".;:!?\"“”")) {
      return Source.NONE;
    }
    if ("prep".equals(x.function(k))) {
      return Source.NONE; // "Asked on Newsnight about the ruling, the chief constable said": where, not who
    }
    int e = k;
    while (e + 1 < x.size && e - k < MAX_PHRASE && same(e + 1, sent) && !boundary(e + 1)) {
      e++;
    }
    return phrases.rightOfVerb(k, e);
  }

}
