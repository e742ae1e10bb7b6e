package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Span;
import dev.sourcecheck.text.Tokens;

/**
 * The heading of a list article's item: "4 / Gina Rodriguez Questioned What It Means To Be “Latino
 * Enough.”", "Nora Obi On Why Her Lab Is “Still Open”": the last line of a paragraph, in Title Case, that
 * opens with the full name of a person the article names in its prose and holds the quotation.
 * That person is the speaker: such a line has no verb of saying the lists know, and the Title Case
 * words after the name are no names ("Lab Stays").
 * Not shared between threads.
 */
final class TitleLines {
  /** Capitalised words longer than three letters the heading must hold before the quotation. */
  private static final int MIN_WORDS = 3;

  private final ArticleIndex x;
  private final Persons persons;

  TitleLines(ArticleIndex x, Persons persons) {
    this.x = x;
    this.persons = persons;
  }

  /** The person whose name opens the Title Case heading holding quotation {@code q}, or null. */
  Attribution heading(Quote q) {
    Span p = x.article.paragraphs().get(q.paragraph()).span();
    int line = Math.max(p.start(), x.text.lastIndexOf('\n', q.span().start()) + 1); // "4\nGina Rodriguez …"
    String after = x.text.substring(q.span().end(), p.end()).strip();
    if (after.contains("\n") || after.startsWith(",") || q.text().strip().endsWith(",")) {
      return null; // the heading is the paragraph's last line; "Cruz Is A ‘Natural Born Citizen,’ Board Finds": a tag after it
    }
    int f = x.wordAtOrAfter(line);
    int b = x.wordBefore(q.span().start());
    if (f + 1 >= b || x.quoted(f) || !x.capitalised(f) || !x.capitalised(f + 1) || !x.spaced(f + 1)) {
      return null;
    }
    int capital = 0;
    for (int k = f; k < x.size && x.words.start(k) < p.end(); k++) {
      if (x.words.word(k).length() > 3 && x.function(k) == null && !x.quoted(k)) { // "… Felt “Invisible” As A Child."
        if (!x.capitalised(k)) {
          return null; // a sentence, not a heading
        }
        capital++;
      }
    }
    String key = Tokens.norm(x.words.word(f)) + " " + Tokens.norm(x.words.word(f + 1));
    Persons.P who = persons.person(key);
    if (capital < MIN_WORDS || who == null || who.institution) {
      return null;
    }
    return new Attribution(q.index(), who.key, "before", x.words.start(f), x.words.end(f + 1));
  }
}
