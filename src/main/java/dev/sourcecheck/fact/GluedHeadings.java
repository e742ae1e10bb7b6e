package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Positions;
import dev.sourcecheck.article.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds subheadings glued onto the start of a paragraph, in the two shapes that are unambiguous in
 * scraped text (see {@link GluedHeading}). Stateless and thread-safe.
 */
final class GluedHeadings {
  private GluedHeadings() {}

  /** A phrase of 2 to 8 words without punctuation, then a capitalised word W and a lower-case word. */
  private static final Pattern PHRASE =
      Pattern.compile("^((?:[\\p{L}\\p{N}'’-]+\\s+){1,7}[\\p{L}\\p{N}'’-]+)\\s+(\\p{Lu}[\\p{L}'’-]+)\\s+\\p{Ll}");

  static List<GluedHeading> find(Article a) {
    List<GluedHeading> out = new ArrayList<>();
    String text = a.text();
    for (Paragraph p : a.paragraphs()) {
      if (p.kind() != Paragraph.Kind.BODY) {
        continue;
      }
      int s = p.span().start();
      Quote first = Positions.firstQuoteOf(a, p.index());
      if (first != null && first.span().start() == s && !first.continued()) {
        String inner = first.text();
        int after = first.span().end();
        while (after < p.span().end() && Character.isWhitespace(text.charAt(after))) {
          after++;
        }
        boolean shortPhrase = first.wordCount() >= 1 && first.wordCount() <= 6 && !inner.isEmpty()
            && ".,;:!?…".indexOf(inner.charAt(inner.length() - 1)) < 0;
        if (shortPhrase && after > first.span().end() && after < p.span().end()) {
          char c = text.charAt(after);
          if (c == '"' || c == '“' || c == '‘' || c == '\'' || Character.isUpperCase(c)) {
            out.add(new GluedHeading(a.id(), a.index().line(s), s, first.span().end(), first.span().of(text), "quoted"));
            continue;
          }
        }
      }
      String para = p.span().of(text);
      Matcher m = PHRASE.matcher(para);
      if (m.find()) {
        String phrase = m.group(1);
        String w = m.group(2);
        boolean repeated = w.equals(lastCapitalised(phrase));
        boolean capitalStart = Character.isUpperCase(phrase.charAt(0));
        if (repeated && capitalStart) {
          out.add(new GluedHeading(a.id(), a.index().line(s), s, s + m.end(1), phrase, "repeated-name"));
        }
      }
    }
    return out;
  }

  /** The last word of the phrase that starts with a capital letter: the end of the name it mentions. */
  private static String lastCapitalised(String phrase) {
    String[] ws = phrase.split("\\s+");
    for (int i = ws.length - 1; i >= 0; i--) {
      if (!ws[i].isEmpty() && Character.isUpperCase(ws[i].charAt(0))) {
        return ws[i];
      }
    }
    return "";
  }
}
