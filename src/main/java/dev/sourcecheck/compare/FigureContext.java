package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.time.Days;
import java.util.ArrayList;
import java.util.List;

/**
 * What a figure's sentence is about, for keying a figure beyond what it counts: the names of the
 * sentence (people, organisations and places, a lead's dateline place) and its other content
 * words, both as stems. Read by {@link FigureReader}. Stateless.
 */
final class FigureContext {
  private FigureContext() {}

  private static boolean within(List<Cue> cues, int offset) {
    for (Cue c : cues) {
      if (c.start() <= offset && offset < c.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names of the figure's sentence as stems of their words (places also by their country):
   * the people, organisations and places it names, sources of a verb of saying left out. Stems,
   * so that "Syria's Manbij" and "Manbij" share one however the attribution model cut them.
   */
  static List<String> names(Story story, AuditedArticle a, Sentence s, boolean lead) {
    List<String> out = new ArrayList<>();
    String dateline = a.article().metadata().dateline();
    if (lead && dateline != null) {
      // "CASTELLMAR, Nov 29 (Reuters) - About 1,200 residents …": the dateline names the lead's place
      for (String w : StoryPeople.words(dateline.split("[,(]", 2)[0])) { // the place, not the date or the agency
        if (story.vocab.content(w) && Character.isLetter(w.charAt(0)) && !Days.calendarWord(w) && !out.contains(Vocab.stem(w))) {
          out.add(Vocab.stem(w));
        }
      }
    }
    for (Entities.Entity e : Entities.in(story, a, s.span().start(), s.span().end(), false)) {
      if (Entities.source(a, e)) {
        continue;
      }
      List<String> words = new ArrayList<>(StoryPeople.words(e.name()));
      if (e.key().startsWith("place:")) {
        words.addAll(StoryPeople.words(e.key().substring(6))); // Aleppo names Syria too
      }
      for (String w : words) {
        String stem = Vocab.stem(w);
        if (story.vocab.content(w) && !out.contains(stem)) {
          out.add(stem);
        }
      }
    }
    return out;
  }

  /**
   * The content stems of the figure's sentence outside the figure, numbers and the words of what is
   * counted ("people", "killed", "jobs"): what the count is about.
   */
  static List<String> context(Story story, AuditedArticle a, Sentence s, int start, int end) {
    Tokens ts = a.tokens();
    List<Cue> counted = a.cues("xs-counts", s.span().start(), s.span().end());
    List<String> out = new ArrayList<>();
    for (int i = ts.from(s.span().start()); i < ts.until(s.span().end()) && out.size() < 40; i++) {
      if (ts.start(i) >= start && ts.end(i) <= end || ts.is(i, Tokens.NUMBER) || within(counted, ts.start(i))) {
        continue;
      }
      String n = story.norms(a)[i];
      String stem = Vocab.stem(n);
      if (story.vocab.content(n) && Character.isLetter(n.charAt(0)) && !out.contains(stem)) {
        out.add(stem);
      }
    }
    return out;
  }
}
