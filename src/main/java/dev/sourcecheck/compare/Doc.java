package dev.sourcecheck.compare;

import dev.sourcecheck.ArticleResult;
import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.fact.Boilerplate;
import dev.sourcecheck.fact.Cue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One audited article as the cross-source stage reads it: its text, publication date, the
 * sentences that are article prose (not boilerplate, not metadata), and its lexicon cues by
 * lexicon. Built once per article; immutable after construction.
 */
final class Doc {
  final Article article;
  /** The article's speakers as the attribution stage found them. */
  final dev.sourcecheck.attribution.Speakers speakers;
  final String id;
  final String text;
  final LocalDate published;
  final int order;
  final List<Sentence> prose = new ArrayList<>();
  final List<int[]> boilerplate = new ArrayList<>();
  private final Map<String, List<Cue>> cues = new HashMap<>();

  Doc(ArticleResult r, int order) {
    this.article = r.article();
    this.speakers = r.speakers();
    this.id = article.id();
    this.text = article.text();
    this.published = article.metadata().published();
    this.order = order;
    for (Boilerplate b : r.result().boilerplate()) {
      boilerplate.add(new int[] {b.start(), b.end()});
    }
    for (Object f : r.facts()) {
      if (f instanceof Cue c && (c.lexicon().startsWith("xs-") || c.lexicon().equals("roles"))
          && !inBoilerplate(c.start(), c.end())) {
        cues.computeIfAbsent(c.lexicon(), k -> new ArrayList<>()).add(c);
      }
    }
    for (Sentence s : article.sentences()) {
      Paragraph.Kind k = article.paragraphs().get(s.paragraph()).kind();
      if (k != Paragraph.Kind.META && !inBoilerplate(s.span().start(), s.span().end())) {
        prose.add(s);
      }
    }
  }

  boolean inBoilerplate(int start, int end) {
    for (int[] b : boilerplate) {
      if (b[0] < end && start < b[1]) {
        return true;
      }
    }
    return false;
  }

  List<Cue> cues(String lexicon) {
    return cues.getOrDefault(lexicon, List.of());
  }

  List<Cue> cues(String lexicon, int from, int to) {
    List<Cue> out = new ArrayList<>();
    for (Cue c : cues(lexicon)) {
      if (c.start() >= from && c.end() <= to) {
        out.add(c);
      }
    }
    return out;
  }

  /** The quotation holding {@code [start, end)} inside its marks, or null. */
  Quote quoteAt(int start, int end) {
    for (Quote q : article.quotes()) {
      if (q.inner().start() <= start && end <= q.inner().end()) {
        return q;
      }
    }
    return null;
  }

  boolean inQuote(int start, int end) {
    return quoteAt(start, end) != null;
  }

  Sentence sentenceAt(int offset) {
    for (Sentence s : article.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }

  int line(int offset) {
    return article.index().line(offset);
  }
}
