package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each direct quotation its speaker, after the two-stage sieves of Muzny et al. (2017),
 * most precise first: (1) the tag right after the quotation ("…," Smith said / said Smith / the
 * spokeswoman said / he said / according to X); (2) the tag before it in its sentence (Smith
 * said: "…"; Smith told reporters "…"); (3) a colon introduction with no verb ("Hoff's letter
 * makes the case: …"); (4) a quotation split around its tag, or following an attributed one in
 * its paragraph, continues that speaker; (5) a quotation opening its paragraph with no tag
 * continues the speaker of the paragraph before (a quotation or indirect speech); (6) a short
 * quoted phrase in a sentence whose verb of saying has a speaker is that speaker's, a longer one
 * the person its clause is about; (7) last, the person named nearest before it. Before (4), a
 * list item's Title Case heading is the person whose name opens it. Not shared between threads.
 */
final class QuoteSieves {
  /** Words a quotation may hold to be a partial quotation of its sentence's speaker. */
  private static final int SHORT = 8;

  private final ArticleIndex x;
  private final ContextSieves context;
  private final TagSieves tags;
  private final LeadSieves lead;
  private final Relays relays;
  private final TitleLines titles;
  private final Owners owners;
  private final Subordinates subordinates;

  QuoteSieves(ArticleIndex x, Persons persons, Pronouns pronouns, Cues cues, Subjects subjects,
      Statements statements) {
    this.x = x;
    Credits credits = new Credits(x, persons, pronouns, cues, statements);
    this.context = new ContextSieves(credits, x, persons, pronouns, cues, subjects, statements);
    this.relays = new Relays(x, cues, subjects, credits);
    this.tags = new TagSieves(credits, x, cues, subjects, statements, relays);
    this.lead = new LeadSieves(x, cues, subjects, statements, credits, relays);
    this.titles = new TitleLines(x, persons);
    this.owners = new Owners(x, persons, cues);
    this.subordinates = new Subordinates(x, cues, statements, credits, subjects);
  }

  List<Attribution> run() {
    List<Attribution> out = new ArrayList<>();
    Attribution last = null;
    Quote lastQuote = null;
    Deadline deadline = Deadline.current();
    for (Quote q : x.article.quotes()) {
      deadline.tick();
      Attribution a = attribute(q, last, lastQuote);
      out.add(a);
      if (a.person() != null || a.how().equals("vague") || a.how().equals("pronoun")) {
        last = a;
        lastQuote = q;
      }
    }
    context.shareForward(out);
    return out;
  }

  private Attribution attribute(Quote q, Attribution last, Quote lastQuote) {
    int qs = q.span().start();
    int inFirst = x.wordAtOrAfter(q.inner().start());
    if (inFirst >= x.size || x.paragraphOf(inFirst) < 0) {
      return none(q);
    }
    Attribution closing = relays.closing(q);
    if (closing == null) {
      closing = relays.opening(q); // "According to GMA News, Salceda said the “…”"
    }
    if (closing != null) {
      return closing; // "…” referring to his vow, the Chicago Tribune reports."
    }
    TagSieves.Tag after = tags.after(q);
    if (after != null && after.tight()) {
      Attribution inner = subordinates.speaker(q); // "After Scalia said that … “less advanced schools,” Trump said"
      return inner != null ? inner : after.at();
    }
    if (namesAThing(q)) {
      return none(q); // "a cafe called “The Copper Pot”", "a website called “…”": a name, nobody's words
    }
    Attribution a = owners.owner(q); // "Donald Trump's claim that President Barack Obama “founded ISIS”"
    if (a == null) {
      a = subordinates.absolute(q); // "…, with Lewandowski taking to Twitter to call Fields “totally delusional”"
    }
    if (a != null) {
      return a;
    }
    a = lead.dashLabel(q, qs); // "Polls did predict the caucus - HuffPollster: “…”"
    if (a == null) {
      a = lead.before(q, qs);
    }
    if (a != null && a.cueEnd() >= 0) {
      // "She said that experts found her plans strong, to which O'Malley interjected: “…”": a verb the lists do
      // not know right before the quotation is nearer than the known verb of saying before it
      Attribution nearer = tags.before(q);
      if (nearer != null && nearer.person() != null && nearer.cueStart() > a.cueEnd()) {
        a = nearer;
      }
    }
    if (a == null && after != null) {
      a = after.at(); // a tag further on, when no verb of saying stands before the quotation
    }
    if (a == null) {
      a = lead.colon(q, qs);
    }
    if (a == null) {
      a = tags.before(q);
    }
    if (a == null) {
      a = context.dashLine(q);
    }
    if (a == null) {
      a = titles.heading(q); // "Gina Rodriguez Questioned What It Means To Be “Latino Enough.”"
    }
    if (a == null && !q.continued() && !opensSentence(q)) {
      // "Christie refers to him as “Mr. Trump,” while Trump refers to the governor as “Chris.”": a quotation
      // inside a sentence is first that sentence's, then a continuation of the quotation before
      a = context.partial(q, qs);
    }
    if (a == null) {
      a = context.continued(q, last, lastQuote);
    }
    if (a == null) {
      a = context.partial(q, qs);
    }
    if (a == null && q.wordCount() > SHORT / 2) {
      a = context.nearest(q, qs);
    }
    return a != null ? a : none(q);
  }

  /**
   * The quotation is the name of a thing: right after a participle of naming ({@code
   * quote-introducers} tag name: "called", "known as", "dubbed") that follows a common noun ("a cafe
   * called", "a website called"); not "Trump called Cruz “…”" (the naming verb's subject speaks),
   * "what Romney, for one, called “…”" or "labeled “top secret” by the State Department" (an agent
   * follows). A title ("a memo titled “…”") stays its author's words.
   */
  private boolean namesAThing(Quote q) {
    int k = x.wordAtOrAfter(q.span().start()) - 1;
    if (k <= 0 || x.quoted(k) || !x.text.substring(x.words.end(k), q.span().start()).isBlank()) {
      return false;
    }
    Match m = x.to(k, Lists.INTRODUCERS);
    if (m == null || !"name".equals(m.tag()) || x.folded(m.first()).endsWith("ing")) {
      return false;
    }
    int before = m.first() - 1;
    if (before > 0 && "adv".equals(x.tag(before, Lists.FUNCTION)) || before > 0 && !x.capitalised(before)
        && x.folded(before).endsWith("ly") && x.tag(before, Lists.FUNCTION) == null) {
      before--; // "a set of seven notes, simply called “Notes”"
    }
    if (before < 0 || x.sentenceOf(before) != x.sentenceOf(m.first())) {
      return false;
    }
    int next = x.wordAtOrAfter(q.span().end());
    if (next < x.size && x.sentenceOf(next) == x.sentenceOf(k) && "agent".equals(x.tag(next, Lists.PASSIVE))) {
      return false; // "emails labeled “top secret” by the State Department": the agent's words
    }
    // "a move supporters called “…”": a source noun before the verb is its subject, not the thing named
    return !x.gapHas(m.first(), ",") && !x.capitalised(before) && x.tag(before, Lists.FUNCTION) == null
        && x.tag(before, Lists.HEADS) == null && !x.possessive(before)
        && x.quoteOf(before) < 0;
  }

  /** The quotation's first word opens its sentence. */
  private boolean opensSentence(Quote q) {
    int first = x.wordAtOrAfter(q.inner().start());
    int sent = first < x.size ? x.sentenceOf(first) : -1;
    return sent < 0 || x.wordAtOrAfter(x.article.sentences().get(sent).span().start()) == first;
  }

  private static Attribution none(Quote q) {
    return new Attribution(q.index(), null, "none", -1, -1);
  }

}
