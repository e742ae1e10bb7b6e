package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sentence of a story with what the comparisons ask of it, computed once: its stems as sorted
 * ids (for alignment) and, once {@link SentenceReading#describe} has run, its hedge and the stems
 * the hedge governs, its attribution, quoted share and negated and asserted predicates.
 */
final class AlignedSentence {
  final AuditedArticle doc;
  final int docIndex;
  final Sentence s;
  final int[] ids;
  final int index;
  String hedge = "";
  /** The stems of the words the hedge governs. */
  final Set<String> scope = new HashSet<>();
  final Set<String> stems = new HashSet<>();
  boolean attributed;
  /** The person or organisation the attribution model gives the sentence, or empty. */
  String source = "";
  double quoted;
  final List<String> negated = new ArrayList<>();
  final List<String> asserted = new ArrayList<>();
  /** The members of {@link #negated} and {@link #asserted}: a long sentence's look-ups stay linear. */
  final Set<String> negatedSet = new HashSet<>();
  final Set<String> assertedSet = new HashSet<>();

  AlignedSentence(AuditedArticle doc, int docIndex, Sentence s, int[] ids, int index) {
    this.doc = doc;
    this.docIndex = docIndex;
    this.s = s;
    this.ids = ids;
    this.index = index;
  }

  /** Two sentences aligned: how many stems they share and that over the smaller one's. */
  record Pair(AlignedSentence a, AlignedSentence b, int shared, double overlap) {}
}
