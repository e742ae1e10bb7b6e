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
          // a noun-phrase subject is its own join when the two sentences also share what follows
          // the predicate ("fuel had not leaked from the hull" / "fuel had leaked from the hull")
          boolean itself = object.equals(subject);
          if (!object.startsWith(lemma + "~") || itself && (reporting(story, x, lemma) || lemma.length() < 2)) {
            continue;
          }
          String after = itself ? after(story, x, lemma) : null;
          String head = object.substring(object.lastIndexOf(object.contains(" ") ? ' ' : '~') + 1);
          Integer id = stemIds.get(head);
          if (id == null || index.get(id).size() > cap) {
            continue;
          }
          for (AlignedSentence y : index.get(id)) {
            if (y.doc == x.doc) {
              continue;
            }
            describe(story, y, described);
            if (states(story, y, subject, lemma, opens) && y.assertedSet.contains(object) && !y.negatedSet.contains(subject)
                // an object is not the noun right before the other's predicate (its subject)
                && (!itself ? !head.equals(headBefore(story, y, lemma))
                    : !head.equals(after) && head.equals(headBefore(story, x, lemma))
                        && head.equals(headBefore(story, y, lemma)) && (after.isEmpty() || y.stems.contains(after)))
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

  /** Whether the predicate {@code lemma} of {@code x} is a reporting verb (xs-reporting): "did not say". */
  private static boolean reporting(Story story, AlignedSentence x, String lemma) {
    int at = Predicates.find(story, x, lemma.substring(0, lemma.length() - 1));
    return at < 0 || !x.doc.cues("xs-reporting", x.doc.tokens().start(at), x.doc.tokens().end(at)).isEmpty();
  }

  /**
   * The stem of the content word right before the predicate {@code lemma}, past its auxiliaries
   * and negations ("fuel had not leaked": {@code fuel}), or empty.
   */
  private static String headBefore(Story story, AlignedSentence x, String lemma) {
    int at = Predicates.find(story, x, lemma.substring(0, lemma.length() - 1));
    var ts = x.doc.tokens();
    String[] norms = story.norms(x.doc);
    int j = at - 1;
    while (j >= ts.from(x.s.span().start()) && ts.gapBefore(j + 1).isBlank() && !story.vocab.content(norms[j])) {
      j--;
    }
    return at > 0 && j >= ts.from(x.s.span().start()) && ts.gapBefore(j + 1).isBlank() && story.vocab.content(norms[j])
        ? Vocab.stem(norms[j]) : "";
  }

  /**
   * The stem of the first content word after the predicate {@code lemma} in its clause, at most
   * four words on ("leaked from the hull": {@code hull}), or empty.
   */
  private static String after(Story story, AlignedSentence x, String lemma) {
    int at = Predicates.find(story, x, lemma.substring(0, lemma.length() - 1));
    var ts = x.doc.tokens();
    String[] norms = story.norms(x.doc);
    for (int k = at + 1; at >= 0 && k < Math.min(ts.size(), at + 5) && ts.start(k) < x.s.span().end(); k++) {
      String gap = ts.gapBefore(k);
      if (",;:—–()".chars().anyMatch(ch -> gap.indexOf(ch) >= 0)) {
        break;
      }
      if (story.vocab.content(norms[k])) {
        return Vocab.stem(norms[k]);
      }
    }
    return "";
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
