package dev.sourcecheck.compare;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.attribution.Attribution;
import dev.sourcecheck.attribution.Person;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.fact.Cue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who said each direct quotation, as a story-wide person key. The attribution package's {@link dev.sourcecheck.attribution.AttributionModel
 * AttributionModel} decides per article; its person is mapped to the story's key by name ({@link
 * People}). Where it finds no person, a minimal fallback lookup applies: the nearest reporting verb (lexicon {@code
 * xs-reporting}) outside quotations in the quotation's sentences, its subject a name right before
 * it ("Leavitt told") or right after it ("said Leavitt"); "she"/"he" is the article's last speaker;
 * a quotation with no reporting verb that stands alone in its paragraph, or follows another in the
 * same paragraph, continues the last quotation's speaker. Not thread-safe (one per story).
 */
final class Speakers {
  private static final Set<String> PRONOUNS = Set.of("she", "he");
  private static final Set<String> SKIP = Set.of("also", "later", "then", "previously", "earlier", "again",
      "repeatedly", "once", "has", "had", "have", "recently", "further", "separately", "publicly", "privately");

  private final People people;
  Speakers(People people) {
    this.people = people;
  }

  /** Speaker keys by quotation index: the attribution API's persons, else the fallback lookup's. */
  Map<Integer, String> of(Doc d) {
    Map<Integer, String> out = fallback(d);
    dev.sourcecheck.attribution.Speakers sp = d.speakers;
    for (Attribution a : sp.attributions()) {
      Person p = sp.person(a.person());
      if (p == null || p.institution()) {
        continue;
      }
      List<Words.Token> name = Words.tokens(p.name());
      String key = name.isEmpty() ? null : people.keyOfWritten(name.size() > 4 ? name.subList(name.size() - 2, name.size()) : name);
      if (key != null) {
        out.put(a.quote(), key);
      }
    }
    return out;
  }

  /** Speaker key (a person key, "org:..." for an organisation, or null) of each quotation of an article, by index. */
  Map<Integer, String> fallback(Doc d) {
    Map<Integer, String> out = new HashMap<>();
    String lastSpeaker = null;
    String lastQuoteSpeaker = null;
    int lastQuoteParagraph = -10;
    List<Quote> quotes = d.article.quotes();
    int qi = 0;
    for (Sentence s : d.article.sentences()) {
      List<Cue> verbs = new ArrayList<>();
      for (Cue c : d.cues("xs-reporting", s.span().start(), s.span().end())) {
        if (!c.inQuote()) {
          verbs.add(c);
        }
      }
      List<String> subjects = new ArrayList<>();
      for (Cue v : verbs) {
        String subj = subject(d, s, v, lastSpeaker);
        subjects.add(subj);
        if (subj != null && !subj.startsWith("org:")) {
          lastSpeaker = subj;
        }
      }
      while (qi < quotes.size() && quotes.get(qi).span().start() < s.span().end()) {
        Quote q = quotes.get(qi++);
        String speaker = null;
        int best = Integer.MAX_VALUE;
        for (int k = 0; k < verbs.size(); k++) {
          Cue v = verbs.get(k);
          int dist = v.start() >= q.span().end() ? v.start() - q.span().end() : Math.max(0, q.span().start() - v.end());
          if (subjects.get(k) != null && dist < best) {
            best = dist;
            speaker = subjects.get(k);
          }
        }
        if (speaker == null && verbs.isEmpty() && q.paragraph() - lastQuoteParagraph <= 1 && lastQuoteSpeaker != null
            && (q.paragraph() == lastQuoteParagraph || standsAlone(d, q))) {
          speaker = lastQuoteSpeaker;
        }
        if (speaker != null) {
          out.put(q.index(), speaker);
          lastQuoteSpeaker = speaker;
          lastQuoteParagraph = q.paragraph();
          if (!speaker.startsWith("org:")) {
            lastSpeaker = speaker;
          }
        } else {
          lastQuoteSpeaker = null;
        }
      }
    }
    return out;
  }

  private static boolean standsAlone(Doc d, Quote q) {
    var p = d.article.paragraphs().get(q.paragraph()).span();
    String outside = d.text.substring(p.start(), q.span().start()) + d.text.substring(q.span().end(), p.end());
    return Words.tokens(outside).size() <= 2;
  }

  /** The subject of a reporting verb: a name or pronoun right before it, else a name right after it. */
  private String subject(Doc d, Sentence s, Cue v, String lastSpeaker) {
    List<Words.Token> before = Words.tokens(d.text, s.span().start(), v.start());
    int i = before.size() - 1;
    while (i >= 0 && SKIP.contains(before.get(i).norm()) && !d.inQuote(before.get(i).start(), before.get(i).end())) {
      i--;
    }
    if (i >= 0 && !d.inQuote(before.get(i).start(), before.get(i).end())) {
      Words.Token t = before.get(i);
      if (PRONOUNS.contains(t.norm())) {
        return lastSpeaker;
      }
      if (Words.capitalized(t.raw()) && onlySpace(d.text, t.end(), skipStart(before, i, v))) {
        String k = nameEndingAt(d, s, t.end());
        if (k != null) {
          return k;
        }
      }
    }
    List<Words.Token> after = Words.tokens(d.text, v.end(), s.span().end());
    if (!after.isEmpty() && Words.capitalized(after.get(0).raw()) && !d.inQuote(after.get(0).start(), after.get(0).end())) {
      for (People.Run r : people.runs(d.text, after.get(0).start(), s.span().end())) {
        if (r.start() == after.get(0).start()) {
          return r.names().isEmpty() ? org(d, r) : people.keyOfWritten(r.names());
        }
        break;
      }
    }
    return null;
  }

  private static int skipStart(List<Words.Token> before, int i, Cue v) {
    return i + 1 < before.size() ? before.get(i + 1).start() : v.start();
  }

  private static boolean onlySpace(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != ',') {
        return false;
      }
    }
    return true;
  }

  private String nameEndingAt(Doc d, Sentence s, int end) {
    for (People.Run r : people.runs(d.text, s.span().start(), end)) {
      if (r.end() == end) {
        return r.names().isEmpty() ? org(d, r) : people.keyOfWritten(r.names());
      }
    }
    return null;
  }

  private static String org(Doc d, People.Run r) {
    return "org:" + d.text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT);
  }
}
