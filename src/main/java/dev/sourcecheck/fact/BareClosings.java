package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Sentence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attribution that closes its sentence with no comma before it, as scraped and syndicated copy
 * that lost its commas writes it ("… were killed in Aleppo according to the Syrian Observatory.",
 * "… died from poisoning the manager of the hospital told Reuters.", "… holding them captive the
 * Observatory said."): the speaker phrase and verb end the sentence (after adjuncts such as "on
 * Monday" or an addressee such as "Reuters"), a reported clause of a few words stands before them,
 * and the word just before is a word of that clause, not one that makes the attribution part of it
 * ("what Trump said", "as officials said", "that Smith said"). Stateless.
 */
final class BareClosings {
  private BareClosings() {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}’'.-]+");
  /** Words of the reported clause before the attribution, at least. */
  private static final int MIN_CLAUSE = 4;
  /** Words the attribution (speaker phrase and verb) may run to. */
  private static final int MAX_ATTRIBUTION = 12;

  /**
   * True when the attribution at {@code [start, end)}, whose verb starts at {@code cueStart}, closes
   * its sentence with no comma right before it (the caller reads one after a comma with {@link SpeechShapes#closing}).
   */
  static boolean closes(Article a, WordTags tags, int start, int end, int cueStart) {
    String text = a.text();
    int si = a.sentenceAt(start);
    if (si < 0 || start <= 0 || text.charAt(start - 1) != ' ') {
      return false;
    }
    Sentence s = a.sentences().get(si);
    if (words(text, start, end) > MAX_ATTRIBUTION) {
      return false;
    }
    String before = text.substring(s.span().start(), start);
    if (before.contains(" — ") || before.contains(" – ") || before.indexOf(';') >= 0) {
      return false; // "… were racist — something Obama indicated earlier.": the attribution closes only the last segment
    }
    int prev = -1;
    int prevEnd = -1;
    int count = 0;
    Matcher m = WORD.matcher(text).region(s.span().start(), start);
    while (m.find()) {
      prev = m.start();
      prevEnd = m.end();
      count++;
    }
    if (count < MIN_CLAUSE || !text.substring(prevEnd, start).isBlank()) {
      return false; // too short a clause before, or a mark between ("…: officials said", "“…” he said")
    }
    String t = tags.tag(prev, WordTags.FUNCTION);
    if (t != null && (t.equals("rel") || t.equals("sub") || t.equals("conj") || t.equals("dem") || t.equals("be")
        || t.equals("aux") || t.startsWith("pron") || t.equals("det") || t.equals("indef") || t.startsWith("poss"))
        || tags.tag(prev, WordTags.VERBS) != null) {
      return false; // "what Trump said", "as officials said", "said the ministry told": part of another clause
    }
    Matcher between = WORD.matcher(text).region(start, Math.max(start, cueStart));
    while (between.find()) {
      String b = tags.tag(between.start(), WordTags.FUNCTION);
      if ("aux".equals(b) || "be".equals(b)) {
        return false; // "the office Clinton had announced earlier.": a relative clause with no pronoun, not a closing attribution
      }
    }
    int i = SpeechShapes.afterAdjuncts(text, tags, end);
    if ("verb".equals(tags.tag(cueStart, "clause-addressees"))) {
      i = SpeechShapes.afterAdjuncts(text, tags, SpeechShapes.afterAddressee(text, tags, i)); // "told Reuters news agency."
    }
    int stop = s.span().end();
    return i >= stop || ".!?".indexOf(text.charAt(i)) >= 0 && a.sentenceAt(i) == si;
  }

  private static int words(String text, int start, int end) {
    int n = 0;
    Matcher m = WORD.matcher(text).region(start, end);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
