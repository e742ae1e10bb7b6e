package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One article as the attribution model reads it, indexed once: its words ({@link Tokens}), for
 * each word the quotation, sentence and paragraph holding it, the lexicon matches starting and
 * ending at it, and which folded words the article writes in lower case or capitalised in the
 * middle of a sentence (evidence for the sentence-initial capital rule). Every question the model
 * asks is an array look-up or a scan of the few matches at one word. Not shared between threads.
 */
final class ArticleIndex {
  final Article article;
  final String text;
  final Tokens words;
  final int size;
  private final int[] quote;
  private final int[] sentence;
  private final int[] paragraph;
  private final List<List<Match>> starting;
  private final List<List<Match>> ending;
  private final Set<String> lower = new HashSet<>();
  private final Set<String> capitalMid = new HashSet<>();

  ArticleIndex(Article a, Tokens words, List<Match> matches) {
    this.article = a;
    this.text = a.text();
    this.words = words;
    this.size = words.size();
    quote = new int[size];
    sentence = new int[size];
    paragraph = new int[size];
    starting = new ArrayList<>(size);
    ending = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      starting.add(null);
      ending.add(null);
    }
    fill(quote, a.quotes().stream().map(Quote::inner).toList());
    fill(sentence, a.sentences().stream().map(Sentence::span).toList());
    fill(paragraph, a.paragraphs().stream().map(Paragraph::span).toList());
    for (Match m : matches) {
      add(starting, m.first(), m);
      add(ending, m.last(), m);
    }
    Deadline deadline = Deadline.current();
    for (int i = 0; i < size; i++) {
      deadline.tick();
      if (quote[i] >= 0 || kind(i) != Paragraph.Kind.BODY) {
        continue;
      }
      String f = Tokens.norm(words.word(i));
      if (!words.capitalised(i) && Character.isLetter(words.word(i).charAt(0))) {
        lower.add(f);
      } else if (words.capitalised(i) && !initial(i) && !words.is(i, Tokens.ALL_CAPS)) {
        capitalMid.add(f);
      }
    }
  }

  /** Marks each word with the index of the span (in text order, not overlapping) holding its start, else -1. */
  private void fill(int[] of, List<dev.sourcecheck.article.Span> spans) {
    java.util.Arrays.fill(of, -1);
    int k = 0;
    for (int i = 0; i < size; i++) {
      int s = words.start(i);
      while (k < spans.size() && spans.get(k).end() <= s) {
        k++;
      }
      if (k < spans.size() && spans.get(k).start() <= s) {
        of[i] = k;
      }
    }
  }

  private static void add(List<List<Match>> at, int i, Match m) {
    List<Match> l = at.get(i);
    if (l == null) {
      at.set(i, l = new ArrayList<>(2));
    }
    l.add(m);
  }

  int quoteOf(int i) {
    return quote[i];
  }

  boolean quoted(int i) {
    return quote[i] >= 0;
  }

  int sentenceOf(int i) {
    return sentence[i];
  }

  int paragraphOf(int i) {
    return paragraph[i];
  }

  Paragraph.Kind kind(int i) {
    return paragraph[i] < 0 ? Paragraph.Kind.META : article.paragraphs().get(paragraph[i]).kind();
  }

  /** The longest match of {@code list} starting at word {@code i}, or null. */
  Match from(int i, String list) {
    return longest(i < 0 || i >= size ? null : starting.get(i), list);
  }

  /** The longest match of {@code list} ending at word {@code i}, or null. */
  Match to(int i, String list) {
    return longest(i < 0 || i >= size ? null : ending.get(i), list);
  }

  /** The match of {@code list} that is word {@code i} alone, or null. */
  Match word(int i, String list) {
    if (i < 0 || i >= size || starting.get(i) == null) {
      return null;
    }
    for (Match m : starting.get(i)) {
      if (m.last() == i && m.list().equals(list)) {
        return m;
      }
    }
    return null;
  }

  boolean is(int i, String list) {
    return word(i, list) != null;
  }

  /** The tag of word {@code i} alone in {@code list}, or null when it is not in the list. */
  String tag(int i, String list) {
    Match m = word(i, list);
    return m == null ? null : m.tag();
  }

  /**
   * Whether word {@code i} is, as written, a word {@code function-roles} tags {@code role}
   * (infinitive, complementizer, particle …), not its possessive ("that's").
   */
  boolean role(int i, String role) {
    return role.equals(tag(i, Lists.ROLE_WORDS)) && !possessive(i);
  }

  /** The function-word tag of word {@code i} (det, poss-m, be, prep, rel …: lexicon function-words), or null. */
  String function(int i) {
    return tag(i, Lists.FUNCTION);
  }

  private static Match longest(List<Match> ms, String list) {
    Match best = null;
    if (ms != null) {
      for (Match m : ms) {
        if (m.list().equals(list) && (best == null || m.last() - m.first() > best.last() - best.first())) {
          best = m;
        }
      }
    }
    return best;
  }

  String folded(int i) {
    return words.folded(i);
  }

  boolean capitalised(int i) {
    return i >= 0 && i < size && words.capitalised(i);
  }

  /** Word {@code i} is a reflexive pronoun ("itself", "himself", "themselves"). */
  boolean reflexive(int i) {
    return folded(i).endsWith("self") || folded(i).endsWith("selves");
  }

  boolean possessive(int i) {
    return words.is(i, Tokens.POSSESSIVE);
  }

  /** The text between word {@code i - 1} and word {@code i}. */
  String gap(int i) {
    return words.gapBefore(i);
  }

  /** Only spaces (no line break, no punctuation) between word {@code i - 1} and word {@code i}. */
  boolean spaced(int i) {
    if (i <= 0 || i >= size) {
      return false;
    }
    for (int k = words.end(i - 1); k < words.start(i); k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\u00a0' && c != '\t') {
        return false;
      }
    }
    return words.end(i - 1) < words.start(i);
  }

  /** Word {@code i - 1} ends in a plural possessive apostrophe ("Sanders’ campaign", "the Clintons' friends"). */
  boolean apostrophe(int i) {
    if (i <= 0 || i >= size) {
      return false;
    }
    String g = gap(i);
    return g.length() == 2 && (g.charAt(0) == '\u2019' || g.charAt(0) == '\'') && g.charAt(1) == ' '
        && folded(i - 1).endsWith("s");
  }

  /** Word {@code i} continues the phrase of word {@code i - 1}: spaces only, or a joining "&" or "/" ("P&G"). */
  boolean joined(int i) {
    if (spaced(i)) {
      return true;
    }
    String g = i <= 0 || i >= size ? "" : gap(i);
    return g.equals("&") || g.equals("/") || g.equals(" & ");
  }

  /** Whether the gap before word {@code i} holds one of {@code chars}. */
  boolean gapHas(int i, String chars) {
    int from = i == 0 ? 0 : words.end(i - 1);
    int to = i >= size ? text.length() : words.start(i);
    for (int k = from; k < to; k++) {
      if (chars.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Word {@code i} opens a sentence, a quotation, a line or a clause after a colon or dash: a
   * capital there says nothing about a name.
   */
  boolean initial(int i) {
    return i == 0 || words.sentenceStart(i) || sentence[i] != sentence[i - 1] || paragraph[i] != paragraph[i - 1]
        || gapHas(i, "\n:\"“‘([—–") || quote[i] != quote[i - 1];
  }

  /** The article writes this folded word in lower case somewhere in its body prose. */
  boolean writtenLower(String folded) {
    return lower.contains(folded);
  }

  /** The article writes this folded word capitalised in the middle of a sentence of its body. */
  boolean writtenCapitalMid(String folded) {
    return capitalMid.contains(folded);
  }

  /** Whether the sentence of word {@code i} is a headline, a deck or a Title Case line. */
  boolean headline(int i) {
    return kind(i) == Paragraph.Kind.HEADLINE || kind(i) == Paragraph.Kind.DECK;
  }

  int wordAtOrAfter(int offset) {
    return words.from(offset);
  }

  /** Index of the last word ending at or before {@code offset}, or -1. */
  int wordBefore(int offset) {
    return words.until(offset) - 1;
  }

  /**
   * A capitalised word, then a verb of saying or reporting, within {@code window} words after the
   * quotation in its sentence ("“…,” The Information reported."): the tag names a speaker of its own,
   * even one no sieve could resolve, so the quotation continues no earlier paragraph's speaker. A
   * description in lower case ("…,” the gambling tycoon told Reuters) may be the earlier speaker's.
   */
  boolean namedTagAfter(Quote q, int window) {
    int a = wordAtOrAfter(q.span().end());
    int last = wordBefore(q.inner().end());
    if (a >= size || last < 0 || sentenceOf(a) != sentenceOf(last) || paragraphOf(a) != q.paragraph()) {
      return false;
    }
    boolean named = false;
    for (int k = a; k < Math.min(size, a + window) && sentenceOf(k) == sentenceOf(a) && !quoted(k); k++) {
      if (is(k, Lists.VERBS) || from(k, Lists.REPORTS) != null) {
        return named;
      }
      named |= capitalised(k) && function(k) == null;
    }
    return false;
  }
}
