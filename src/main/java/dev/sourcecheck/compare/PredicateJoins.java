package dev.sourcecheck.compare;

import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.compare.AlignedSentence.Pair;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs a sentence that negates a predicate of a subject (named, or a noun: "The company") and of
 * an object ("Lumora did not pay a ransom": {@code pay|<lumora>} and {@code pay|~ranso}) with each sentence of another
 * article of its story that states both plainly ("Lumora paid a ransom to the group behind the
 * attack, two people familiar with the matter said"), however little else the two share: the
 * predicate's key, not the sentences' overlap, joins them. Candidates are the sentences holding the
 * object's stem (through the aligner's index, skipping stems too common to look up), so cost
 * follows the negations of a story. Each such pair is a {@link
 * dev.sourcecheck.fact.story.SentencePair} with {@code joinedOn} set; the pairs aligned by shared
 * words are not touched. Stateless.
 */
final class PredicateJoins {
  private PredicateJoins() {}

  static void facts(Story story, List<AlignedSentence> sents, List<List<AlignedSentence>> index,
      Map<String, Integer> stemIds, Map<AlignedSentence, Boolean> described, List<Object> out) {
    int cap = Math.max(SentenceAligner.MAX_POSTING_MIN, 3 * story.articles.size());
    Set<String> done = new HashSet<>();
    for (AlignedSentence x : sents) {
      if (!negates(x)) {
        continue;
      }
      describe(story, x, described);
      for (String negated : x.negated) {
        String subject = negated;
        int bar = negated.indexOf('|');
        String who = subject.substring(bar + 1);
        String lemma = subject.substring(0, bar + 1);
        String opens = opening(story, x, lemma);
        if (who.isEmpty() && opens == null) {
          continue;
        }
        for (String object : x.negated) {
          if (!object.startsWith(lemma + "~") || object.equals(subject)) {
            continue;
          }
          Integer id = stemIds.get(object.substring(lemma.length() + 1));
          if (id == null || index.get(id).size() > cap) {
            continue;
          }
          for (AlignedSentence y : index.get(id)) {
            if (y.doc == x.doc) {
              continue;
            }
            describe(story, y, described);
            if (states(story, y, subject, lemma, opens) && y.assertedSet.contains(object) && !y.negatedSet.contains(subject)
                && done.add(x.index + " " + y.index)) {
              int shared = SentenceAligner.intersection(x.ids, y.ids);
              double overlap = shared / (double) Math.min(x.ids.length, y.ids.length);
              out.add(SentenceAligner.pair(story, x, y, new Pair(x, y, shared, overlap), subject, object));
            }
          }
        }
      }
    }
  }

  /**
   * Whether {@code y} states the predicate of the subject: keyed so, or opened by the same noun
   * phrase before the predicate ("The company did not halt" / "The company halted", "Greyline has
   * never paid" / "Greyline paid", however each name is resolved).
   */
  private static boolean states(Story story, AlignedSentence y, String subject, String lemma, String opens) {
    return subject.length() > lemma.length() && y.assertedSet.contains(subject)
        || opens != null && opens.equals(opening(story, y, lemma));
  }

  /**
   * The noun phrase that opens the sentence and stands right before its predicate {@code lemma}
   * and any auxiliaries and negations ("The company did not halt": {@code ~compa}), or null.
   */
  private static String opening(Story story, AlignedSentence x, String lemma) {
    int at = Predicates.find(story, x, lemma.substring(0, lemma.length() - 1));
    String[] norms = story.norms(x.doc);
    Set<Integer> negations = new HashSet<>();
    for (Cue c : x.doc.cues("xs-negation", x.s.span().start(), x.s.span().end())) {
      for (int k = x.doc.tokens().from(c.start()); k < x.doc.tokens().until(c.end()); k++) {
        negations.add(k);
      }
    }
    while (at > 0 && (!story.vocab.content(norms[at - 1]) || negations.contains(at - 1))) {
      at--;
    }
    return at > 0 ? QuantifiedSubjects.opening(story, x.doc, x.s, at) : null;
  }

  /** Whether a negation of xs-negation stands in the sentence outside quotations. */
  private static boolean negates(AlignedSentence x) {
    for (Cue c : x.doc.cues("xs-negation", x.s.span().start(), x.s.span().end())) {
      if (!c.inQuote() && !c.tag().equals("affirms") && !c.tag().equals("quantifier")) {
        return true;
      }
    }
    return false;
  }

  private static void describe(Story story, AlignedSentence x, Map<AlignedSentence, Boolean> described) {
    if (described.put(x, true) == null) {
      SentenceReading.describe(story, x);
    }
  }
}
