package dev.sourcecheck.framing;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of every quotation as a phrase ({@link QuotedPhrase}). Each quotation's words are read
 * on their own; a short phrase is looked up in the longer quotations by a hash of its words, so the
 * pass is linear in the quoted words. Stateless.
 */
final class QuoteShapes {
  private QuoteShapes() {}

  /** The longest phrase looked up inside longer quotations. */
  static final int ECHO_WORDS = 6;
  /** The most characters between two quotations of one list. */
  static final int LIST_GAP = 8;

  static List<QuotedPhrase> find(Article a, Tokens all, Cues cues, List<HeadlineParts.Part> parts) {
    List<Quote> qs = a.quotes();
    String text = a.text();
    Deadline deadline = Deadline.current();
    List<String[]> words = new ArrayList<>(qs.size());
    List<Tokens> tokens = new ArrayList<>(qs.size());
    // the short quotations by their length and the hash of their words
    Map<Long, List<Integer>> shortOnes = new HashMap<>();
    boolean[] lengths = new boolean[ECHO_WORDS + 1];
    for (int n = 0; n < qs.size(); n++) {
      deadline.tick();
      Tokens t = Tokens.of(qs.get(n).text());
      String[] w = new String[t.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = t.folded(i);
      }
      tokens.add(t);
      words.add(w);
      if (w.length > 0 && w.length <= ECHO_WORDS) {
        shortOnes.computeIfAbsent(key(w.length, hash(w, 0, w.length)), k -> new ArrayList<>(1)).add(n);
        lengths[w.length] = true;
      }
    }
    boolean[] echo = new boolean[qs.size()];
    for (int n = 0; n < qs.size() && !shortOnes.isEmpty(); n++) {
      String[] w = words.get(n);
      for (int len = 1; len <= ECHO_WORDS && len < w.length; len++) {
        if (!lengths[len]) {
          continue;
        }
        for (int i = 0; i + len <= w.length; i++) {
          deadline.tick();
          long key = key(len, hash(w, i, i + len));
          List<Integer> hits = shortOnes.get(key);
          if (hits != null) {
            // a short quotation found once is an echo for good: it leaves the table, so many copies
            // of one phrase inside many longer quotations cost one look-up each, never a product
            int at = i;
            hits.removeIf(k -> echo[k] = same(words.get(k), w, at));
            if (hits.isEmpty()) {
              shortOnes.remove(key);
            }
          }
        }
      }
    }
    List<QuotedPhrase> out = new ArrayList<>(qs.size());
    for (int n = 0; n < qs.size(); n++) {
      deadline.tick();
      Quote q = qs.get(n);
      boolean listed = n > 0 && list(text, qs.get(n - 1), q) || n + 1 < qs.size() && list(text, q, qs.get(n + 1));
      boolean headline = false;
      for (HeadlineParts.Part p : parts) {
        headline |= p.end() > p.start() && p.start() <= q.span().start() && q.span().end() <= p.end();
      }
      out.add(new QuotedPhrase(a.id(), q.index(), q.span().start(), q.span().end(), a.sentenceAt(q.span().start()),
          words.get(n).length, before(text, q.span().start()), after(text, q.span().end()),
          titleCase(cues, q, tokens.get(n)), echo[n], listed, headline, owned(a, all, cues, q)));
    }
    return out;
  }

  /** Words between a possessive and the noun of speech it owns ("Podliska's most explosive claim"). */
  static final int OWNER_GAP = 2;
  /** How far before a quotation its owner's noun may stand, in characters (a clause, not a paragraph). */
  static final int OWNER_REACH = 200;

  /**
   * Whether, before {@code q} in its sentence and with no clause break between, a noun of speech
   * ({@code speech-nouns}) follows a possessive within {@link #OWNER_GAP} words: a name's or an
   * organisation's ("Trump's", "Sanders'") or a possessive determiner ("her own admission").
   */
  private static boolean owned(Article a, Tokens t, Cues cues, Quote q) {
    int si = a.sentenceAt(q.span().start());
    if (si < 0) {
      return false;
    }
    String text = a.text();
    int from = a.sentences().get(si).span().start();
    List<Match> nouns = cues.in(Cues.SPEECH_NOUNS, Math.max(from, q.span().start() - OWNER_REACH), q.span().start());
    int checked = q.span().start();
    for (int n = nouns.size() - 1; n >= 0; n--) {
      Match m = nouns.get(n);
      if (m.end() > checked) {
        continue;
      }
      if (clauseBreak(text, m.end(), checked)) {
        return false; // each stretch is read once, from the quotation back
      }
      checked = m.end();
      int k = t.from(m.start());
      for (int j = k - 1; j >= 0 && j >= k - 1 - OWNER_GAP && t.start(j) >= from; j--) {
        if (t.is(j, Tokens.POSSESSIVE) || t.word(j).endsWith("s") && t.gapBefore(j + 1).startsWith("'")
            || t.gapBefore(j + 1).startsWith("’") && t.word(j).endsWith("s") || possessiveWord(cues, t, j)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A possessive determiner of {@code function-words} ("his", "her", "their"). */
  private static boolean possessiveWord(Cues cues, Tokens t, int j) {
    Match f = cues.startingAt(Cues.FUNCTION, t.start(j));
    return f != null && f.end() == t.end(j) && f.entry().tag().startsWith("poss");
  }

  /** A semicolon or a spaced dash in {@code [from, to)}: the clause of the noun has ended. */
  private static boolean clauseBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ';' || (c == '—' || c == '–' || c == '-') && i > from && text.charAt(i - 1) == ' '
          && i + 1 < to && text.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static long key(int len, int hash) {
    return (long) len << 32 | (hash & 0xffffffffL);
  }

  private static int hash(String[] w, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + w[i].hashCode();
    }
    return h;
  }

  /** Whether {@code phrase} stands in {@code w} at {@code at}. */
  private static boolean same(String[] phrase, String[] w, int at) {
    for (int i = 0; i < phrase.length; i++) {
      if (!phrase[i].equals(w[at + i])) {
        return false;
      }
    }
    return true;
  }

  /** Every content word inside the quotation starts with a capital letter, and there is one. */
  private static boolean titleCase(Cues cues, Quote q, Tokens t) {
    int offset = q.inner().start();
    List<Match> function = cues.in(Cues.FUNCTION, q.inner().start(), q.inner().end());
    int content = 0;
    int f = 0;
    for (int i = 0; i < t.size(); i++) {
      int start = offset + t.start(i);
      while (f < function.size() && function.get(f).end() <= start) {
        f++;
      }
      boolean skip = f < function.size() && function.get(f).start() <= start || t.is(i, Tokens.NUMBER);
      if (!skip) {
        if (!t.capitalised(i)) {
          return false;
        }
        content++;
      }
    }
    return content > 0;
  }

  /** Two quotations of one paragraph separated only by punctuation and at most one short word. */
  private static boolean list(String text, Quote x, Quote y) {
    if (x.paragraph() != y.paragraph() || y.span().start() - x.span().end() > LIST_GAP) {
      return false;
    }
    int letters = 0;
    for (int i = x.span().end(); i < y.span().start(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters++;
      } else if (letters > 0 && !Character.isWhitespace(c) && c != ',') {
        return false;
      }
    }
    return letters <= 3;
  }

  private static String before(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r' ? "" : String.valueOf(text.charAt(i));
  }

  private static String after(String text, int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' ? "" : String.valueOf(text.charAt(i));
  }
}
