package dev.sourcecheck.parse;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Line;
import dev.sourcecheck.article.Metadata;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.article.Span;
import dev.sourcecheck.article.TextIndex;
import dev.sourcecheck.budget.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Parses a plain-text article: lines, metadata ({@link MetadataReader}: glued date prefix, header
 * fields, byline, date line, dateline, credit lines, {@code Source:} footer), headline and deck,
 * paragraphs, sentences and quotations. Every element keeps its offsets in the given text ({@code
 * \r} of CRLF and lone-CR files stays in the text but in no element's content). Stateless and
 * thread-safe; linear in the text.
 */
public final class TextArticleParser {
  private TextArticleParser() {}

  /** As {@link #parse(String, String, String, ParseWords)} with the bundled rule set's word lists. */
  public static Article parse(String id, String path, String text) {
    return parse(id, path, text, ParseWords.bundled());
  }

  /** The article in {@code text}, read with the word lists of a rule set ({@link ParseWords}). */
  public static Article parse(String id, String path, String text, ParseWords words) {
    List<Line> lines = TextLines.lines(text);
    Meta meta = new Meta(lines.size(), words);
    for (int i = 0; i < lines.size(); i++) {
      meta.start[i] = lines.get(i).content().start();
      meta.end[i] = lines.get(i).content().end();
    }
    MetadataReader.read(text, lines, meta);

    TextIndex index = new TextIndex(text);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int[] b : TextLines.blocks(text, lines, meta)) {
      Span block = new Span(meta.start[b[0]], meta.end[b[1]]);
      for (Span w : Windows.paragraphs(text, block, words)) {
        Deadline.check();
        paragraphs.add(w == block
            ? new Paragraph(-1, Paragraph.Kind.BODY, block, lines.get(b[0]).number(), lines.get(b[1]).number())
            : new Paragraph(-1, Paragraph.Kind.BODY, w, index.line(w.start()), index.line(w.end())));
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (meta.line[i]) {
        Line l = lines.get(i);
        paragraphs.add(new Paragraph(-1, Paragraph.Kind.META, l.content(), l.number(), l.number()));
      }
    }
    paragraphs.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    paragraphs = renumber(paragraphs);
    paragraphs = classifyHeadline(text, paragraphs, meta);
    paragraphs = MetadataReader.readDateline(text, paragraphs, meta);

    List<Sentence> sentences = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    boolean carry = false;
    for (Paragraph p : paragraphs) {
      if (p.kind() == Paragraph.Kind.META) {
        continue;
      }
      Deadline.check();
      for (Span s : SentenceSplitter.split(text, p.span().start(), p.span().end(), words)) {
        sentences.add(new Sentence(sentences.size(), p.index(), s, s.of(text)));
      }
      List<QuoteFinder.Found> found = QuoteFinder.find(text, p.span().start(), p.span().end());
      for (int k = 0; k < found.size(); k++) {
        QuoteFinder.Found f = found.get(k);
        boolean continued = carry && k == 0 && f.span().start() == p.span().start();
        quotes.add(new Quote(quotes.size(), f.span(), f.inner(), f.inner().of(text), f.mark(), p.index(), continued));
      }
      if (!found.isEmpty() || !marker(text, p.span())) {
        carry = !found.isEmpty() && found.get(found.size() - 1).unclosed();
      }
    }
    Metadata metadata = meta.metadata(text);
    return new Article(id, path, text, metadata, lines, paragraphs, sentences, quotes, index);
  }

  /**
   * A short paragraph without sentence punctuation (an {@code Advertisement} marker, a photo
   * credit) that an open quotation runs on across.
   */
  private static boolean marker(String text, Span span) {
    if (span.length() > 40) {
      return false;
    }
    int words = 1;
    for (int i = span.start(); i < span.end(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '"' || c == '“' || c == '”') {
        return false;
      }
      if (c == ' ') {
        words++;
      }
    }
    return words <= 3;
  }

  private static List<Paragraph> renumber(List<Paragraph> ps) {
    List<Paragraph> out = new ArrayList<>();
    for (Paragraph p : ps) {
      out.add(new Paragraph(out.size(), p.kind(), p.span(), p.firstLine(), p.lastLine()));
    }
    return out;
  }

  /**
   * The first prose paragraph is a headline when it is one line and one sentence of 3 to 20 words
   * that does not end like a sentence (a question or exclamation only in Title Case), is not a
   * caption, does not open with a dateline, and at least two more paragraphs follow. The paragraph
   * right after it is the deck when it is short (one line, at most 60 words and two sentences),
   * more paragraphs follow, and it reads like a summary rather than a news lede: no dateline and
   * none of a lede's words (see {@link #ledeWords}).
   */
  private static List<Paragraph> classifyHeadline(String text, List<Paragraph> ps, Meta meta) {
    List<Integer> prose = new ArrayList<>();
    for (Paragraph p : ps) {
      if (p.kind() != Paragraph.Kind.META) {
        prose.add(p.index());
      }
    }
    if (prose.size() < 3) {
      return ps;
    }
    Paragraph first = ps.get(prose.get(0));
    if (first.firstLine() != first.lastLine() || first.span().length() > 300) {
      return ps;
    }
    String head = first.span().of(text);
    int words = head.split("\\s+").length;
    char end = lastNonClosing(head);
    boolean sentenceEnd = ".,;:…".indexOf(end) >= 0 || (end == '?' || end == '!') && !titleCase(head);
    boolean headline = words >= 3 && words <= 20 && !sentenceEnd && !startsWithDateline(head, meta.words) && !caption(head, meta.words)
        && SentenceSplitter.split(text, first.span().start(), first.span().end()).size() == 1;
    if (!headline) {
      return ps;
    }
    List<Paragraph> out = new ArrayList<>(ps);
    out.set(first.index(), withKind(first, Paragraph.Kind.HEADLINE));
    if (meta.title == null) {
      meta.title = head;
    }
    Paragraph second = ps.get(prose.get(1));
    if (prose.size() >= 4 && second.firstLine() == second.lastLine() && second.span().length() <= 500) {
      String deck = second.span().of(text);
      int deckWords = deck.split("\\s+").length;
      int deckSentences = SentenceSplitter.split(text, second.span().start(), second.span().end()).size();
      boolean summary = !ledeWords(deck, meta.words);
      if (deckWords >= 3 && deckWords <= 60 && deckSentences <= 2 && !startsWithDateline(deck, meta.words) && summary) {
        out.set(second.index(), withKind(second, Paragraph.Kind.DECK));
      }
    }
    return out;
  }

  static boolean startsWithDateline(String s, ParseWords words) {
    Matcher m = MetadataPatterns.DATELINE.matcher(s.length() > 160 ? s.substring(0, 160) : s);
    return m.lookingAt() && MetadataPatterns.isDateline(m, words);
  }

  /**
   * Words of a news lede that a deck, written in the simple present of headlines, does not have: a
   * word of {@code words-deck-not} (a weekday, {@code said}, {@code has}, {@code was}, {@code
   * according}) or a lower-case past in -ed.
   */
  private static boolean ledeWords(String s, ParseWords words) {
    for (String w : s.split("[^\\p{L}’']+")) {
      if (words.deckNot.contains(w)
          || w.length() > 4 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0)) && !w.endsWith("eed")) {
        return true;
      }
    }
    return false;
  }

  /** A photo caption or credit: bracketed, or opening with a word of {@code words-caption-openers}. */
  private static boolean caption(String s, ParseWords words) {
    char c = s.charAt(0);
    if (c == '(' || c == '[') {
      return true;
    }
    return words.captionOpeners.contains(s.split("[\\s:]+", 2)[0].toLowerCase(Locale.ROOT));
  }

  private static char lastNonClosing(String s) {
    int i = s.length() - 1;
    while (i > 0 && (Chars.isClosing(s.charAt(i)) || Chars.isSpace(s.charAt(i)))) {
      i--;
    }
    return s.charAt(i);
  }

  /** Most words longer than three letters start with a capital. */
  private static boolean titleCase(String s) {
    int counted = 0;
    int capital = 0;
    for (String w : s.split("\\s+")) {
      String t = w.replaceAll("^[^\\p{L}\\p{N}]+", "");
      if (t.length() > 3) {
        counted++;
        if (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))) {
          capital++;
        }
      }
    }
    return counted >= 2 && capital * 5 >= counted * 4;
  }

  private static Paragraph withKind(Paragraph p, Paragraph.Kind kind) {
    return new Paragraph(p.index(), kind, p.span(), p.firstLine(), p.lastLine());
  }


}
