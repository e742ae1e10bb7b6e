package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;

/**
 * Speech tags found by their position rather than by a known verb, for {@link TagSieves}: a verb
 * the lexicons do not know right after a quotation ("…," Smith quipped / "…," interjected Smith /
 * "…," an angry Hollande retaliated), a verb that is a tag only there ("…," he went on: lexicon
 * speech-tags), or a verb right before one ("Others … shouted, “…”"). Here the position is the
 * evidence. Not shared between threads.
 */
final class PositionalTags {
  /** Words after a quotation in which its tag is looked for. */
  private static final int MAX_TAG = 24;

  private final Credits credits;
  private final ArticleIndex x;
  private final Subjects subjects;

  PositionalTags(Credits credits, ArticleIndex x, Subjects subjects) {
    this.credits = credits;
    this.x = x;
    this.subjects = subjects;
  }

  /**
   * A verb the lexicons do not know in a tight position: "…," Smith quipped / "…," the senator
   * beamed / "…," interjected Smith / "…," Murphy, the head of the group, Tweeted.
   */
  Attribution tag(Quote q, int a) {
    if (!tagExpected(q)) {
      return null;
    }
    if (verbLike(a) && !x.capitalised(a)) {
      Source s = subjects.right(a);
      if (speaker(s) && closed(s.last())) {
        return credits.of(q, s, null, true);
      }
      return null;
    }
    int sent = x.sentenceOf(a);
    for (int v = a + 1; v < Math.min(x.size, a + MAX_TAG / 2); v++) {
      if (x.sentenceOf(v) != sent || x.quoted(v) || x.gapHas(v, ";:!?\n")) {
        return null;
      }
      boolean known = x.from(v, Lists.VERBS) != null;
      var tagOnly = x.from(v, Lists.TAG_VERBS); // "…?" Trump went on, as if …
      if ((verbLike(v) || known || tagOnly != null) && (x.spaced(v) || x.gapHas(v, ","))) {
        Source s = subjects.left(v);
        if (speaker(s) && someone(s) && (s.first() == a || opensWithModifiers(a, s.first()))
            && closed(tagOnly != null ? tagOnly.last() : v)) {
          return credits.of(q, s, null, true);
        }
      }
    }
    return null;
  }

  /**
   * A verb the lexicons do not know right before the quotation and a comma or colon: "Others …
   * shouted, “…”", "Trump tried to laugh it off by interjecting, “…”". Its subject, or null.
   */
  Attribution before(Quote q) {
    int b = x.wordBefore(q.span().start());
    if (b < 1 || x.quoted(b) || x.paragraphOf(b) != q.paragraph() || !x.gapHas(b + 1, ",:")) {
      return null;
    }
    String w = x.folded(b);
    String prev = x.function(b - 1);
    if (prev != null && (Lists.definite(prev) || "indef".equals(prev) || prev.startsWith("poss")) || x.possessive(b - 1)) {
      return null; // "the meeting, “…”": a noun
    }
    boolean ing = w.endsWith("ing") && w.length() > 5 && x.function(b) == null && !x.capitalised(b) && !x.is(b, Lists.HEADS);
    if (!ing && !verbLike(b) || ing && x.initial(b)) {
      return null; // "Adding, “…”": a participle opening its sentence has its subject in the sentence before
    }
    Source s = ing ? subjects.mainClause(b) : subjects.left(b);
    return speaker(s) ? credits.of(q, s, null, false) : null;
  }

  /**
   * "…," an angry Hollande retaliated / "…," a visibly tired Lopez conceded: an article and at most
   * two lower-case modifiers stand between the quotation and the speaker's name.
   */
  private boolean opensWithModifiers(int a, int first) {
    String t = x.function(a);
    if (first <= a || first - a > 3 || !(Lists.definite(t) || "indef".equals(t))) {
      return false;
    }
    for (int k = a + 1; k < first; k++) {
      if (x.capitalised(k) || x.function(k) != null && !"adv".equals(x.function(k)) || !x.spaced(k) || x.quoted(k)) {
        return false;
      }
    }
    return x.capitalised(first);
  }

  /** A speaker a positional tag may name. */
  private static boolean speaker(Source s) {
    return s.found() && !s.kind().equals("none");
  }

  /**
   * A speaker an unknown verb after a quotation may have: a name, pronoun or organisation, or a
   * role word ("the senator beamed"), not any noun ("… — the balloons cascaded down", "…," many in
   * the audience appeared to warm).
   */
  private boolean someone(Source s) {
    String k = s.kind();
    return k.equals("name") || k.equals("pronoun") || k.equals("org") || k.equals("role") && x.to(s.last(), Lists.ROLES) != null;
  }

  /** The quotation closes where a tag follows: with a comma, question or exclamation mark inside or after it. */
  private boolean tagExpected(Quote q) {
    int e = q.inner().end();
    char last = e > q.inner().start() ? x.text.charAt(e - 1) : ' ';
    if (last == ',' || last == '?' || last == '!' || last == '—' || last == '–') {
      return true;
    }
    int after = q.span().end();
    return after < x.text.length() && x.text.charAt(after) == ',';
  }

  /** Word {@code v} ends its clause or is followed by an adverbial, not by an object clause. */
  private boolean closed(int v) {
    int k = v + 1;
    if (k >= x.size || x.sentenceOf(k) != x.sentenceOf(v) || !x.spaced(k)) {
      return true;
    }
    String t = x.function(k);
    return "prep".equals(t) || "time".equals(t) || "adv".equals(t) || "conj".equals(t) || "sub".equals(t);
  }

  /**
   * A word shaped like a verb in the past tense the lexicons do not know ("quipped", "beamed",
   * "interjected"): lower case (or a capital right after a name: "Tweeted"), ending in -ed, and
   * no function word, source head, role, organisation or place.
   */
  private boolean verbLike(int k) {
    if (k < 0 || k >= x.size || x.quoted(k) || x.words.is(k, dev.sourcecheck.text.Tokens.NUMBER)) {
      return false;
    }
    String w = x.folded(k);
    if (w.length() < 4 || !w.endsWith("ed") || x.function(k) != null || x.is(k, Lists.HEADS) || x.from(k, Lists.ROLES) != null
        || x.is(k, Lists.ORGS) || x.is(k, Lists.PLACES) || x.is(k, Lists.ROLE_MODIFIERS)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return !x.capitalised(k) || !x.initial(k);
  }
}
