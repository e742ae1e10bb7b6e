package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.List;

/**
 * The sieves of {@link QuoteSieves} that read a quotation's context rather than its own tag: a
 * dash line signing it, the speaker it continues (split around its tag, later in its paragraph,
 * alone after it, after indirect speech), the clause it stands in, and last the person named
 * nearest before it. Not shared between threads.
 */
final class ContextSieves {
  private static final int MAX_BACK_PARAGRAPHS = 2;
  private static final int SHORT = 8;
  /** Words after a quotation in which its own tag's verb stands ("…,” the Daily Telegraph reported"). */
  private static final int TAG_WORDS = 5;
  /** Clauses to the left of a quotation whose subject may have said it. */
  private static final int MAX_CLAUSES = 3;
  /** Words an opening phrase before a sentence's subject may hold ("At Brazile's direction, the DNC …"). */
  private static final int MAX_OPENING = 10;

  private final Credits credits;
  private final ArticleIndex x;
  private final Persons persons;
  private final Pronouns pronouns;
  private final Cues cues;
  private final Subjects subjects;
  private final Statements statements;
  /** Paragraphs holding a quotation. */
  private final boolean[] quoted;

  ContextSieves(Credits credits, ArticleIndex x, Persons persons, Pronouns pronouns, Cues cues, Subjects subjects,
      Statements statements) {
    this.credits = credits;
    this.x = x;
    this.persons = persons;
    this.pronouns = pronouns;
    this.cues = cues;
    this.subjects = subjects;
    this.statements = statements;
    quoted = new boolean[x.article.paragraphs().size()];
    for (Quote q : x.article.quotes()) {
      quoted[q.paragraph()] = true;
    }
  }

  private Attribution of(Quote q, Source s, Match cue, boolean afterQuote) {
    return credits.of(q, s, cue, afterQuote);
  }

  /** A quotation ending its paragraph, and the next paragraph a dash and a name ("— Bernie Sanders."). */
  Attribution dashLine(Quote q) {
    int a = x.wordAtOrAfter(q.span().end());
    if (a >= x.size || x.paragraphOf(a) == q.paragraph() || x.paragraphOf(a) != q.paragraph() + 1) {
      return null;
    }
    var next = x.article.paragraphs().get(q.paragraph() + 1).span();
    String lead = x.text.substring(next.start(), x.words.start(a));
    if (!(lead.contains("-") || lead.contains("—") || lead.contains("–")) || lead.length() > 3) {
      return null;
    }
    int e = a;
    while (e + 1 < x.size && x.paragraphOf(e + 1) == x.paragraphOf(a) && !x.gapHas(e + 1, ",.;:") && e - a < 8) {
      e++;
    }
    Source s = subjects.phrase(a, e, true);
    return s.found() && s.person() != null ? of(q, s, null, true) : null;
  }

  /** A quotation continuing the last speaker: split around its tag, later in the paragraph, or alone after it. */
  Attribution continued(Quote q, Attribution last, Quote lastQuote) {
    int qs = q.span().start();
    Paragraph p = x.article.paragraphs().get(q.paragraph());
    boolean opens = x.wordBefore(qs) < 0 || x.paragraphOf(x.wordBefore(qs)) != q.paragraph();
    if (last != null && lastQuote != null && (lastQuote.paragraph() == q.paragraph()
        || q.continued() || opens && q.paragraph() - lastQuote.paragraph() <= MAX_BACK_PARAGRAPHS
        && noProseBetween(lastQuote, q) && !x.namedTagAfter(q, TAG_WORDS))) {
      return new Attribution(q.index(), last.person(), last.how().equals("vague") ? "vague" : "continuation", qs, qs);
    }
    int first = x.wordAtOrAfter(q.inner().start());
    if (!opens && first < x.size && x.sentenceOf(first) >= 0
        && x.wordAtOrAfter(x.article.sentences().get(x.sentenceOf(first)).span().start()) == first) {
      // a quotation opening a sentence after a statement in its paragraph: "Cruz tweeted a warning. “…”"
      Statement st = statements.lastBefore(p, qs);
      if (st != null && st.person() != null) {
        return new Attribution(q.index(), st.person(), "continuation", qs, qs);
      }
    }
    if (opens && !x.namedTagAfter(q, TAG_WORDS)) {
      // the paragraph before ends in indirect speech: "Smith said the plan was dead. / “It is over.”"
      for (int pi = q.paragraph() - 1; pi >= Math.max(0, q.paragraph() - 1); pi--) {
        Statement st = statements.lastIn(x.article.paragraphs().get(pi));
        if (st != null && st.person() != null) {
          return new Attribution(q.index(), st.person(), "continuation", qs, qs);
        }
      }
    }
    return null;
  }

  /** No paragraph of the outlet's own prose (without a quotation) stands between two quotations. */
  private boolean noProseBetween(Quote a, Quote b) {
    for (int pi = a.paragraph() + 1; pi < b.paragraph(); pi++) {
      Paragraph p = x.article.paragraphs().get(pi);
      if (p.kind() == Paragraph.Kind.BODY && !hasQuote(pi)) {
        return false;
      }
    }
    return true;
  }

  private boolean hasQuote(int paragraph) {
    return quoted[paragraph];
  }

  /**
   * A quotation inside a sentence whose clause has a speaker: a short phrase in a sentence whose
   * verb of saying has a speaker, or the person (for a longer quotation also the organisation)
   * the clause is about ("Bush referred to Rubio as “a bright, charismatic leader”").
   */
  Attribution partial(Quote q, int qs) {
    int first = x.wordAtOrAfter(q.inner().start());
    int sent = x.sentenceOf(first);
    if (q.wordCount() <= SHORT) {
      for (Match c : cues.in(sent)) {
        Source s = statements.subjectOf(c);
        if (s.found() && s.person() != null) {
          return of(q, s, c, false);
        }
      }
    }
    int b = x.wordBefore(qs);
    if (b < 0 || x.sentenceOf(b) != sent && !x.gapHas(b + 1, ":") || x.paragraphOf(b) != q.paragraph()) {
      return null;
    }
    for (Source s : subjects.clauses(b + 1, MAX_CLAUSES)) {
      if (x.initial(s.first()) && x.from(s.first(), Lists.VERBS) != null && s.first() == s.last()) {
        continue; // "Adding, “…”": a verb of saying opening the sentence, not a name
      }
      // "The president campaigned on … “on day one”", "The FBI concluded that Clinton had been “extremely
      // careless”", "Walter Hewlett sniped that Fiorina, a first-time chief executive, was “learning on the job”"
      if (s.kind().equals("role") && s.first() > 0 && x.gapHas(s.first(), ",")) {
        // "while Mike Huckabee, the former Arkansas governor, proposed we “wake up …”": the name before the
        // appositive, not whoever else holds that role in the article
        Mention named = persons.endingAt(s.first() - 1);
        if (named != null && !x.possessive(s.first() - 1) && !persons.person(named.person()).institution) {
          return new Attribution(q.index(), named.person(), q.wordCount() <= SHORT ? "partial" : "before",
              named.start(), named.end());
        }
      }
      boolean person = s.kind().equals("name") || s.kind().equals("pronoun")
          || s.kind().equals("role") && s.description().definite();
      // an organisation's or a role's short phrase may be the outlet's scare quote ("The government's “peace plan”")
      // "The Ohio Democratic Party is trying to convince the courts to add back the “Golden Week”": an
      // organisation named as the clause's subject (not "the government", its possessive or a place: "The
      // government presented its “peace plan”" is the outlet's scare quote)
      boolean org = (s.kind().equals("org") || s.kind().equals("role")) && q.wordCount() > SHORT / 2
          || s.kind().equals("org") && x.capitalised(s.last()) && !x.initial(s.last()) && !x.possessive(s.last())
          && x.from(s.last(), Lists.PLACES) == null
          && x.from(s.first(), Lists.PLACES) == null;
      if (s.person() != null && (person || org)) {
        return new Attribution(q.index(), s.person(), q.wordCount() <= SHORT ? "partial" : "before",
            x.words.start(s.first()), x.words.end(s.last()));
      }
    }
    return null;
  }

  /**
   * The last sieve (least precise): the person named last before the quotation in its paragraph or
   * the paragraph before, outside quotations. A short phrase never gets one (it may be a scare quote).
   */
  Attribution nearest(Quote q, int qs) {
    if (x.namedTagAfter(q, TAG_WORDS)) {
      return null; // "“…,” The Information reported.": a tag of its own, unresolved, guesses no one
    }
    int from = x.article.paragraphs().get(Math.max(0, q.paragraph() - 1)).span().start();
    Attribution subject = subjectBefore(q, qs, from);
    if (subject != null) {
      return subject;
    }
    Mention best = pronouns.lastMentionBefore(qs, from);
    int pron = -1;
    for (int k = x.wordBefore(qs); k >= 0 && x.words.start(k) >= from && pron < 0; k--) {
      String t = x.tag(k, Lists.FUNCTION);
      if (!x.quoted(k) && ("pron-m".equals(t) || "pron-f".equals(t))) {
        pron = k;
      }
    }
    if (pron >= 0 && (best == null || x.words.start(pron) > best.start())) {
      return new Attribution(q.index(), pronouns.resolve(pron), "pronoun", x.words.start(pron), x.words.end(pron));
    }
    return best == null ? null : new Attribution(q.index(), best.person(), "nearest", best.start(), best.end());
  }

  /**
   * "Valastro praised Christie's leadership after Hurricane Sandy. / “We need someone who …”": a
   * quotation with no tag continues the person the sentence before it is about, its subject (after
   * an opening phrase closed by a comma: "At Brazile's direction, the DNC issued a statement …"),
   * not whoever that sentence named last. Null when that sentence opens with no person.
   */
  private Attribution subjectBefore(Quote q, int qs, int from) {
    int b = x.wordBefore(qs);
    if (b < 0 || x.words.start(b) < from || x.quoted(b) || x.sentenceOf(b) < 0) {
      return null;
    }
    int first = firstWordOf(x.sentenceOf(b));
    if (first < 0 || x.words.start(first) < from || x.quoted(first)) {
      return null;
    }
    int k = first;
    if (mentionAt(k) == null && !pronoun(k) && !Lists.definite(x.tag(k, Lists.FUNCTION))) {
      int limit = Math.min(b, first + MAX_OPENING);
      k = -1;
      for (int i = first + 1; i <= limit; i++) {
        if (x.gapHas(i, ",")) {
          k = i;
          break;
        }
      }
      if (k < 0) {
        return null;
      }
    }
    if (Lists.definite(x.tag(k, Lists.FUNCTION)) && k + 1 <= b) {
      k++;
    }
    if (pronoun(k)) {
      String p = pronouns.resolve(k);
      return p == null ? null : new Attribution(q.index(), p, "pronoun", x.words.start(k), x.words.end(k));
    }
    Mention m = mentionAt(k);
    int last = m == null ? -1 : x.words.at(m.end() - 1);
    if (m == null || m.quoted() || last > b) {
      return null;
    }
    if (x.possessive(last) || last + 1 <= b && (x.capitalised(last + 1) && x.spaced(last + 1)
        || "conj".equals(x.tag(last + 1, Lists.FUNCTION)) || x.apostrophe(last + 1))) {
      return null; // "Clinton's aides", "Smith and Jones": the person is no subject of its own
    }
    return new Attribution(q.index(), m.person(), "nearest", m.start(), m.end());
  }

  private Mention mentionAt(int k) {
    Mention m = persons.startingAt(k);
    return m != null ? m : persons.atRole(k);
  }

  private boolean pronoun(int k) {
    String t = x.tag(k, Lists.FUNCTION);
    return "pron-m".equals(t) || "pron-f".equals(t);
  }

  private int firstWordOf(int sent) {
    if (sent < 0) {
      return -1;
    }
    return x.wordAtOrAfter(x.article.sentences().get(sent).span().start());
  }

  /**
   * “A” and “B,” Smith said: a quotation with no tag of its own (or only a guess) shares the tag of
   * the next quotation when nothing but "and", "or" or a comma stands between them in one sentence.
   */
  void shareForward(List<Attribution> out) {
    List<Quote> qs = x.article.quotes();
    for (int i = qs.size() - 2; i >= 0; i--) {
      Attribution a = out.get(i);
      Attribution next = out.get(i + 1);
      boolean weak = a.how().equals("none") || a.how().equals("nearest") || a.how().equals("partial");
      if (!weak || next.how().equals("none") || next.how().equals("nearest") || next.how().equals("continuation")) {
        continue;
      }
      Quote q = qs.get(i);
      Quote n = qs.get(i + 1);
      if (q.paragraph() == n.paragraph() && joined(q.span().end(), n.span().start())) {
        out.set(i, new Attribution(a.quote(), next.person(), next.how(), next.cueStart(), next.cueEnd()));
      }
    }
  }

  /** Nothing but a comma, a joining word ("and", "or": function-roles) or both stands in text {@code [from, to)}. */
  private boolean joined(int from, int to) {
    String between = x.text.substring(from, to).strip();
    if (between.isEmpty() || between.equals(",")) {
      return true;
    }
    int w = x.wordAtOrAfter(from);
    if (w >= x.size || x.words.end(w) > to || !x.role(w, "joiner")) {
      return false;
    }
    String before = x.text.substring(from, x.words.start(w)).strip();
    return (before.isEmpty() || before.equals(",")) && x.text.substring(x.words.end(w), to).isBlank();
  }
}
