package dev.sourcecheck.framing;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Line;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.lexicon.LexiconMatcher.Match;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an article's headline and deck are: a {@code Title:} header (or the title metadata, when
 * the text holds it), the paragraphs the parser took for headline and deck, or, when it found
 * none, the first line of the text (and the line after it when the first ends with {@code ;}, a
 * layout some archives use for headline and deck). Stateless.
 */
final class HeadlineParts {
  private HeadlineParts() {}

  /** A headline or deck: {@code start == end == 0} and {@code text} set when it is not in the text. */
  record Part(String kind, String source, int start, int end, String text) {}

  /** The most words a first line may have to be taken for a headline. */
  static final int FIRST_LINE_WORDS = 25;
  /** A first line this long ending with a full stop, with an article or auxiliary, is a lede. */
  static final int LEDE_WORDS = 10;

  static List<Part> find(Article a, Cues cues) {
    String text = a.text();
    List<Part> out = new ArrayList<>();
    String title = a.metadata().title();
    boolean titleInText = false;
    for (MetaField f : a.metadata().fields()) {
      if (f.kind() == MetaField.Kind.TITLE) {
        int at = text.indexOf(f.value(), f.span().start());
        if (at >= 0 && at + f.value().length() <= f.span().end()) {
          out.add(new Part("HEADLINE", "title", at, at + f.value().length(), f.value()));
          titleInText = true;
        }
      }
    }
    boolean headline = false;
    for (Paragraph p : a.paragraphs()) {
      if (p.kind() == Paragraph.Kind.HEADLINE || p.kind() == Paragraph.Kind.DECK) {
        headline |= p.kind() == Paragraph.Kind.HEADLINE;
        String kind = p.kind().name();
        titleInText |= p.span().of(text).strip().equals(title == null ? null : title.strip());
        out.add(new Part(kind, kind.toLowerCase(java.util.Locale.ROOT), p.span().start(), p.span().end(),
            p.span().of(text)));
      }
    }
    if (!headline && out.isEmpty()) {
      firstLines(a, cues, out);
      titleInText |= !out.isEmpty() && title != null && out.get(0).text().strip().equals(title.strip());
    }
    if (title != null && !titleInText && !title.isBlank()) {
      out.add(0, new Part("HEADLINE", "title", 0, 0, title));
    }
    return out;
  }

  /**
   * The first line of the first prose paragraph when it is short, does not read like a lede and
   * at least two more prose paragraphs follow; the line right after it too when the first ends
   * with {@code ;} (in its paragraph or opening the next).
   */
  private static void firstLines(Article a, Cues cues, List<Part> out) {
    List<Paragraph> prose = new ArrayList<>(3);
    for (Paragraph p : a.paragraphs()) {
      if (p.kind() != Paragraph.Kind.META) {
        prose.add(p);
        if (prose.size() == 3) {
          break;
        }
      }
    }
    if (prose.size() < 3) {
      return;
    }
    Paragraph p = prose.get(0);
    String text = a.text();
    Line first = a.lines().get(p.firstLine() - 1);
    int s = Math.max(first.content().start(), p.span().start());
    int e = Math.min(first.content().end(), p.span().end());
    String head = text.substring(s, e);
    int words = head.strip().split("\\s+").length;
    if (e <= s || words < 3 || words > FIRST_LINE_WORDS || lede(a, cues, s, e, words)) {
      return;
    }
    out.add(new Part("HEADLINE", "first-line", s, e, head));
    int next = p.firstLine(); // the 0-based index of the line after the first
    if (head.strip().endsWith(";") && next < a.lines().size() && !a.lines().get(next).isBlank()) {
      Line second = a.lines().get(next);
      Paragraph q = p.lastLine() > p.firstLine() ? p : prose.get(1);
      int s2 = Math.max(second.content().start(), q.span().start());
      int e2 = Math.min(second.content().end(), q.span().end());
      if (e2 > s2 && q.firstLine() <= next + 1 && next + 1 <= q.lastLine()) {
        out.add(new Part("DECK", "first-line", s2, e2, text.substring(s2, e2)));
      }
    }
  }

  /**
   * Whether {@code [s, e)} reads like a news lede rather than a headline: it holds a word of
   * {@code lede-words} ("said", a weekday) or a dateline, or it ends with a full stop and has a
   * past-tense verb (a lower-case word in -ed) or, from {@link #LEDE_WORDS} words up, an article
   * or a past auxiliary: headlines are in the present tense and drop both.
   */
  private static boolean lede(Article a, Cues cues, int s, int e, int words) {
    if (!cues.in(Cues.LEDE, s, e).isEmpty()) {
      return true;
    }
    for (MetaField f : a.metadata().fields()) {
      if (f.kind() == MetaField.Kind.DATELINE && f.span().start() < e && s < f.span().end()) {
        return true;
      }
    }
    String line = a.text().substring(s, e).strip();
    if (!line.endsWith(".")) {
      return false;
    }
    Tokens t = Tokens.of(line);
    for (int i = 0; i < t.size(); i++) {
      String w = t.word(i);
      if (!t.capitalised(i) && w.length() > 4 && w.endsWith("ed")) {
        return true;
      }
    }
    if (words >= LEDE_WORDS) {
      for (Match m : cues.in(Cues.FUNCTION, s, e)) {
        String tag = m.entry().tag();
        if (HeadlineClaims.DETERMINERS.contains(tag) || tag.equals("aux") || tag.equals("be")) {
          return true;
        }
      }
    }
    return false;
  }
}
