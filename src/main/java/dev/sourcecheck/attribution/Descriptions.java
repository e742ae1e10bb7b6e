package dev.sourcecheck.attribution;

import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;

/**
 * What a speaker's phrase says about the speaker, for {@link Phrases}: quantity, determiner,
 * capitalised modifiers, the head's kind, the basis of knowledge or anonymity phrase of its clause
 * ("familiar with", "on condition of anonymity") and whether a name stands in apposition. Every
 * window is capped. Not shared between threads.
 */
final class Descriptions {
  private static final int MAX_LEFT = 60;
  private static final int MAX_PHRASE = 10;

  private final ArticleIndex x;
  private final Persons persons;
  private final Phrases phrases;

  Descriptions(ArticleIndex x, Persons persons, Phrases phrases) {
    this.x = x;
    this.persons = persons;
    this.phrases = phrases;
  }

  /** What the phrase {@code [i, e]} (head {@code e}, tail up to {@code b}) says about its speaker. */
  Description describe(int i, int e, int b) {
    StringBuilder quantity = new StringBuilder();
    boolean definite = false;
    boolean capitalised = false;
    for (int k = i; k < e; k++) {
      String t = x.function(k);
      if ("quant".equals(t) && quantity.length() == 0) {
        quantity.append(x.folded(k));
      }
      if (k == i && (Lists.definite(t) || t != null && t.startsWith("poss") || x.possessive(k))) {
        definite = true;
      }
      if (x.capitalised(k) && !(x.initial(k) && (k == i && t != null || ordinary(k)))) {
        capitalised = true; // not a function word or an ordinary word capitalised only because it opens the sentence
      }
    }
    for (int k = i; k + 1 < e; k++) {
      if ((x.is(k, Lists.SHARES) || x.words.is(k, Tokens.NUMBER)) && "prep".equals(x.function(k + 1))) {
        quantity.setLength(0);
        quantity.append("share"); // "a majority of Republicans", "40 percent of Clinton voters"
      }
    }
    String head = x.folded(e);
    String headTag = x.tag(e, Lists.HEADS);
    if (headTag == null) {
      headTag = x.to(e, Lists.ROLES) != null ? "role" : x.tag(e, Lists.ORGS) != null ? "org" : "";
    }
    if ("quant".equals(x.function(e)) || headTag.equals("group") && isQuantHead(e)) {
      quantity.setLength(0);
      quantity.append(head);
    }
    int of = partitive(e);
    if (of >= 0 && x.tag(of, Lists.HEADS) != null && !"share".equals(quantity.toString())) {
      quantity.setLength(0);
      quantity.append(head); // "one of those advisers", "some of his rivals": the quantity of a described group
      head = x.folded(of);
      headTag = x.tag(of, Lists.HEADS);
    }
    String basis = basis(e);
    int tail = phrases.tail(e, Math.min(x.size - 1, e + MAX_PHRASE));
    boolean named = appositiveName(tail) || commaAfter(e, b) && nameBefore(i) || bareName(e, b) || nameOpens(i, e);
    if (headTag.equals("document")) {
      named |= byAgent(e);
    }
    int end = x.words.end(Math.max(of, phrases.tail(e, b)));
    String text = x.text.substring(x.words.start(i), end);
    return new Description(text, x.words.start(i), end, head, headTag, quantity.toString(), definite, capitalised,
        basis, named);
  }

  /**
   * Word {@code k}, capitalised where it opens a sentence, is an ordinary word: by the rule names
   * follow ({@code name-stop}), the article never writes it capitalised in the middle of a
   * sentence ("Exit polls told", "Recent polls show", "Public polls show"), and it is no acronym
   * or mixed-case brand ("CNN", "YouGov"). "Quinnipiac" and "Gallup" are capitalised wherever the
   * story writes them again.
   */
  private boolean ordinary(int k) {
    String w = x.words.word(k);
    return w.chars().skip(1).noneMatch(Character::isUpperCase) && !x.writtenCapitalMid(Tokens.norm(w));
  }

  /** Words a partitive's noun phrase may hold after "of" ("one of the president's senior advisers"). */
  private static final int MAX_PARTITIVE = 5;

  /**
   * The head of the partitive after a quantity word {@code e} ("one of those advisers", "some of
   * his rivals", "many of the local GOP leaders"; a plural group noun is no quantity: "critics of the
   * report" keep their head): the first word tagged in {@code source-heads}
   * after "of" and determiners, possessives and modifiers joined by spaces, or -1. Not after a share
   * ("a majority of"), which is a poll's result, nor across a name that is the partitive's own head
   * ("one of the Clintons").
   */
  int partitive(int e) {
    boolean quantity = "quant".equals(x.function(e)) // "one", "two", "several", "another"
        || "group".equals(x.tag(e, Lists.HEADS)) && !x.folded(e).endsWith("s"); // "some", "many", "most", "few"; not "critics of"
    if (!quantity || e + 2 >= x.size || !x.spaced(e + 1)
        || !x.folded(e + 1).equals("of")) {
      return -1;
    }
    for (int k = e + 2; k < Math.min(x.size, e + 2 + MAX_PARTITIVE) && (x.spaced(k) || x.apostrophe(k)); k++) {
      if (x.is(k, Lists.HEADS) && !"quant".equals(x.function(k))) {
        return k;
      }
      String t = x.function(k);
      if (t != null && !Lists.definite(t) && !t.startsWith("poss") && !t.equals("quant") && !t.equals("adv")) {
        return -1; // "one of them", "some of which", "many of whom"
      }
    }
    return -1;
  }

  private boolean isQuantHead(int e) {
    return !x.is(e, Lists.HEADS) || "group".equals(x.tag(e, Lists.HEADS)) && x.is(e, Lists.FUNCTION);
  }

  /** The basis or anonymity phrase of the clause holding word {@code e}, or "". */
  private String basis(int e) {
    int sent = x.sentenceOf(e);
    int from = Math.max(0, e - MAX_LEFT);
    int to = Math.min(x.size, e + MAX_LEFT);
    for (int k = from; k < to; k++) {
      if (x.sentenceOf(k) != sent || x.quoted(k)) {
        continue;
      }
      Match m = x.from(k, Lists.ANONYMITY);
      if (m != null) {
        return m.entry().term();
      }
    }
    return "";
  }

  /** ", John Smith," right after the phrase ending at word {@code e}. */
  /**
   * A person's name closes the phrase after its head with no comma, as copy that lost its commas
   * writes an appositive ("An activist at the scene Muaz Al Shami said", "a local activist in the
   * town Ahmed Nasser told"); not the object of a preposition ("aides to Chris Christie said",
   * "a person close to Hillary Clinton") nor the end of a capitalised run ("aide to President George W.").
   */
  private boolean bareName(int e, int b) {
    Mention m = b > e + 1 ? persons.endingAt(b) : null;
    if (m == null || persons.person(m.person()).institution) {
      return false;
    }
    int first = x.wordAtOrAfter(m.start());
    return first > e + 1 && first < b && x.spaced(first) && x.function(first - 1) == null && !x.capitalised(first - 1)
        && !x.possessive(b); // after a plain lower-case word: not "to President George W. Bush", "of the Council Mustafa Sino"
  }

  /**
   * The phrase opens with a name and goes on, with no comma, to the description of whoever it
   * names ("said Hadi Abdullah a Syrian activist", "according to Mohammad Zein Khandaqani a member
   * of the Medical Council", "The Local Coordination Committees an activist collective said").
   */
  private boolean nameOpens(int i, int e) {
    Mention m = persons.startingAt(i);
    if (m == null) {
      return false;
    }
    int after = x.wordAtOrAfter(m.end());
    String t = after < e ? x.function(after) : null;
    return x.spaced(after) && (Lists.definite(t) || "indef".equals(t)) && !x.possessive(after - 1);
  }

  private boolean appositiveName(int e) {
    int k = e + 1;
    if (k >= x.size || !x.gap(k).strip().equals(",")) {
      return false;
    }
    Mention m = persons.startingAt(k);
    if (m == null || persons.person(m.person()).institution) {
      return false;
    }
    // closed by punctuation or the sentence's end ("an aide, John Smith, said"); not the subject of the
    // next clause ("According to recent polls, Trump holds only 14 percent")
    int after = x.wordAtOrAfter(m.end());
    return after >= x.size || x.sentenceOf(after) != x.sentenceOf(k) || !x.spaced(after);
  }

  /**
   * The phrase starting at word {@code i} (set off by commas) stands in apposition after a name: "Senator John Cornyn
   * of Texas, the No. 2 Republican in the Senate, said", "Dan Backer, the fund's strategist, has".
   */
  private boolean nameBefore(int i) {
    if (i <= 0 || !x.gap(i).strip().endsWith(",")) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - MAX_NAME_BACK) && x.sentenceOf(k) == x.sentenceOf(i); k--) {
      Mention m = persons.endingAt(k);
      if (m != null) {
        return true;
      }
      if (!x.capitalised(k) && !"prep".equals(x.tag(k, Lists.FUNCTION))
          || k < i - 1 && !x.spaced(k + 1) && !x.gap(k + 1).strip().matches("[()]+,?")) {
        return false; // "Cornyn of Texas", "Christie (R)": a name, then its place or party
      }
    }
    return false;
  }

  private static final int MAX_NAME_BACK = 4;

  /** A comma between the head {@code e} and the verb after word {@code b}: the phrase is set off ("Cornyn, the No. 2 Republican, said"). */
  private boolean commaAfter(int e, int b) {
    for (int k = e + 1; k <= Math.min(b + 1, x.size - 1); k++) {
      if (x.gap(k).contains(",")) {
        return true;
      }
    }
    return false;
  }

  /** Words between an agent's preposition and its name ("a study by the liberal watchdog group Media Matters"). */
  private static final int MAX_AGENT_WORDS = 6;

  /** "a poll by Gallup", "a study from Harvard", "a report by the nonpartisan Congressional Budget Office": a capitalised agent after the document noun. */
  private boolean byAgent(int e) {
    for (int k = e + 1; k < Math.min(x.size, e + 6) && x.spaced(k); k++) {
      if ("prep".equals(x.function(k)) && k + 1 < x.size) {
        for (int j = k + 1; j < Math.min(x.size, k + 1 + MAX_AGENT_WORDS) && x.spaced(j); j++) {
          boolean placeOrTime = x.is(j, Lists.PLACES) || "time".equals(x.function(j));
          if (!placeOrTime && (x.capitalised(j) || !x.words.word(j).chars().allMatch(c -> !Character.isUpperCase(c)))) {
            return true; // "Media Matters", "comScore"; not "a poll of Indiana voters", "a report on Wednesday"
          }
          if ("prep".equals(x.function(j))) {
            break; // "polls show Sanders within two points of Clinton": another phrase
          }
        }
      }
    }
    return false;
  }
}
