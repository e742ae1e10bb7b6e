package dev.sourcecheck.compare;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The predicates of an aligned sentence, outside quotations, each as {@code key|subject}, negated
 * or stated plainly. The key is the predicate's class from {@code xs-predicates} ("feature" and
 * "play" are one, "shut" and "close") or else its stem ({@link Vocab#predicate}); the subject is the
 * person or organisation named last before it, or a quantified phrase opening its clause ("None of
 * the children", "Two of the children": {@link QuantifiedSubjects}), or the definite noun that opens
 * the sentence before its auxiliary when no one is named before the predicate ("The alarm was not
 * triggered", "Some of the hospice's services had been cut": {@code ~stem}), or empty. A predicate is
 * negated when an {@code xs-negation} word stands before it ("will not attend", "never signed"),
 * or when it is the first after a negative quantifier's phrase ("No patients have been moved"). A
 * predicate stated plainly is also keyed with its object's noun ("accessed bank details":
 * {@code access|~detai}), which a passive's quantified subject meets.
 * Stateless.
 */
final class Predicates {
  /** Words a negation governs at most: none of them is stated plainly. */
  static final int SCOPE_NEGATION = 5;

  private Predicates() {}

  static void read(Story story, AlignedSentence x) {
    AuditedArticle a = x.doc;
    int from = x.s.span().start();
    int to = x.s.span().end();
    Tokens ts = a.tokens();
    String[] norms = story.norms(a);
    Map<Integer, String> classes = new HashMap<>();
    for (Cue c : a.cues("xs-predicates", from, to)) {
      for (int k = ts.from(c.start()); k < ts.until(c.end()); k++) {
        classes.put(k, c.tag());
      }
    }
    List<Entities.Entity> names = new ArrayList<>(Entities.in(story, a, from, to, false));
    List<QuantifiedSubjects.Subject> quantified = QuantifiedSubjects.in(story, a, x.s);
    for (QuantifiedSubjects.Subject q : quantified) {
      names.add(new Entities.Entity(q.key(), q.noun(), q.start(), q.end()));
    }
    names.sort(Comparator.comparingInt(Entities.Entity::start));
    // names inside a relative clause set off by commas are not the subject after it ("The striker,
    // who scored 19 goals for AZ, will play")
    List<int[]> clauses = relativeClauses(story, ts, norms, from, to);
    names.removeIf(e -> inClause(clauses, e));
    // "The alarm was not triggered": a definite noun opening the sentence before its auxiliary is
    // the subject of what follows when no one is named before it
    int opener = openingNoun(story, a, ts, norms, from, to);
    if (opener >= 0 && names.stream().noneMatch(e -> e.start() < ts.end(opener))) {
      names.add(0, new Entities.Entity("~" + Vocab.stem(norms[opener]), ts.word(opener), ts.start(opener), ts.end(opener)));
    }
    Set<Integer> negatedAt = new HashSet<>();
    List<Cue> negations = a.cues("xs-negation", from, to);
    Set<Integer> affirming = new HashSet<>();
    for (Cue c : negations) {
      if (c.tag().equals("affirms")) {
        affirming.add(c.start()); // "not only … but also" affirms
      }
    }
    for (Cue c : negations) {
      if (c.inQuote() || c.tag().equals("quantifier") || affirming.contains(c.start())) {
        continue;
      }
      int k = ts.until(c.end());
      negate(story, x, a, ts, norms, classes, k, to, subject(names, c.start()), negatedAt);
    }
    for (QuantifiedSubjects.Subject q : quantified) {
      if (q.negative()) {
        negate(story, x, a, ts, norms, classes, q.next(), to, q.key(), negatedAt);
      }
    }
    for (int i = ts.from(from); i < ts.until(to); i++) {
      String n = norms[i];
      if (story.vocab.content(n)) {
        x.stems.add(Vocab.stem(n));
      }
      if (!negatedAt.contains(i) && story.vocab.content(n) && !a.inQuote(ts.start(i), ts.end(i)) && !ts.capitalised(i)) {
        String p = key(classes, norms, i) + "|" + subject(names, ts.start(i));
        if (!x.negatedSet.contains(p)) {
          add(x.asserted, x.assertedSet, p);
        }
        String before = nounBefore(story, a, ts, norms, i, ts.from(from));
        if (before != null && !x.negatedSet.contains(key(classes, norms, i) + "|" + before)) {
          add(x.asserted, x.assertedSet, key(classes, norms, i) + "|" + before);
        }
        // and of its object, what a passive's subject is ("accessed bank details" / "no bank
        // details had been accessed")
        String object = object(story, a, ts, norms, i, ts.until(to));
        if (object != null && !x.negatedSet.contains(key(classes, norms, i) + "|" + object)) {
          add(x.asserted, x.assertedSet, key(classes, norms, i) + "|" + object);
        }
      }
    }
  }

  /** Negates the first content word from {@code k} on, with its scope (the words it governs). */
  private static void negate(Story story, AlignedSentence x, AuditedArticle a, Tokens ts, String[] norms,
      Map<Integer, String> classes, int k, int to, String subject, Set<Integer> negatedAt) {
    while (k < ts.size() && ts.start(k) < to && !story.vocab.content(norms[k])) {
      k++;
    }
    if (k < ts.size() && ts.start(k) < to && !a.inQuote(ts.start(k), ts.end(k))) {
      add(x.negated, x.negatedSet, key(classes, norms, k) + "|" + subject);
      String before = nounBefore(story, a, ts, norms, k, ts.from(x.s.span().start()));
      if (before != null) {
        add(x.negated, x.negatedSet, key(classes, norms, k) + "|" + before);
      }
      String object = object(story, a, ts, norms, k, ts.until(to));
      if (object != null) {
        add(x.negated, x.negatedSet, key(classes, norms, k) + "|" + object);
      }
      // the negation's scope: the verb and the words it governs ("not win the support of many")
      for (int j = k; j < Math.min(ts.size(), k + SCOPE_NEGATION) && ts.start(j) < to; j++) {
        String gap = ts.gapBefore(j);
        if (j > k && ",;:—–()".chars().anyMatch(ch -> gap.indexOf(ch) >= 0)) {
          break;
        }
        negatedAt.add(j);
      }
    }
  }

  /**
   * The noun of the words right after {@code i}, past its determiners ("accessed bank details",
   * "close any of its nine libraries"), keyed "~stem", or null.
   */
  private static String object(Story story, AuditedArticle a, Tokens ts, String[] norms, int i, int end) {
    int noun = -1;
    int first = story.vocab.determinersFrom(norms, i + 1, end);
    for (int j = i + 1; j < first; j++) {
      if (!ts.gapBefore(j).isBlank()) {
        return null;
      }
    }
    for (int j = first; j < end && j < first + QuantifiedSubjects.MAX_WORDS && ts.gapBefore(j).isBlank() && !ts.capitalised(j)
        && !a.inQuote(ts.start(j), ts.end(j)); j++) {
      if (story.vocab.content(norms[j])) {
        noun = j;
      } else if (!story.vocab.joiner(norms[j]) || noun < 0) {
        break;
      }
    }
    return noun < 0 || !Character.isLetter(norms[noun].charAt(0)) ? null : "~" + Vocab.stem(norms[noun]);
  }

  /** The first token of the sentence, outside quotations, whose predicate key is {@code key}, or -1. */
  static int find(Story story, AlignedSentence x, String key) {
    AuditedArticle a = x.doc;
    Tokens ts = a.tokens();
    String[] norms = story.norms(a);
    Map<Integer, String> classes = new HashMap<>();
    for (Cue c : a.cues("xs-predicates", x.s.span().start(), x.s.span().end())) {
      for (int k = ts.from(c.start()); k < ts.until(c.end()); k++) {
        classes.put(k, c.tag());
      }
    }
    for (int i = ts.from(x.s.span().start()); i < ts.until(x.s.span().end()); i++) {
      if (story.vocab.content(norms[i]) && !a.inQuote(ts.start(i), ts.end(i)) && key(classes, norms, i).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private static String key(Map<Integer, String> classes, String[] norms, int k) {
    String c = classes.get(k);
    return c != null ? c : Vocab.predicate(norms[k]);
  }

  /**
   * The character spans of the sentence's relative clauses set off by commas: from a comma and a
   * {@code relative} word of {@code xs-function-words} to the next comma, dash or bracket; an
   * unclosed one is not taken (its predicate is the clause's own).
   */
  private static List<int[]> relativeClauses(Story story, Tokens ts, String[] norms, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int end = ts.until(to);
    for (int i = ts.from(from) + 1; i < end; i++) {
      if (!story.vocab.relatives.contains(norms[i]) || ts.gapBefore(i).indexOf(',') < 0) {
        continue;
      }
      for (int j = i + 1; j < end; j++) {
        String gap = ts.gapBefore(j);
        if (",;:—–()".chars().anyMatch(ch -> gap.indexOf(ch) >= 0)) {
          if (gap.indexOf(',') >= 0) {
            out.add(new int[] {ts.start(i), ts.end(j - 1)});
          }
          i = j - 1;
          break;
        }
      }
    }
    return out;
  }

  private static boolean inClause(List<int[]> clauses, Entities.Entity e) {
    for (int[] c : clauses) {
      if (c[0] <= e.start() && e.end() <= c[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head noun of a sentence's opening subject, a determiner and at most three lower-case
   * content words right before an auxiliary ("The alarm was", "The planned strike will"), outside
   * quotations; -1 when the sentence opens otherwise.
   */
  private static int openingNoun(Story story, AuditedArticle a, Tokens ts, String[] norms, int from, int to) {
    int first = ts.from(from);
    int end = ts.until(to);
    int k = story.vocab.determinersFrom(norms, first, end);
    if (k == first || k >= end) {
      return -1;
    }
    int head = -1;
    while (k < end && k - first <= 4 && !ts.capitalised(k) && ts.gapBefore(k).isBlank() && story.vocab.content(norms[k])
        && Character.isLetter(norms[k].charAt(0)) && !a.inQuote(ts.start(k), ts.end(k))) {
      head = k++;
    }
    return head >= 0 && k < end && ts.gapBefore(k).isBlank() && story.vocab.auxiliaries.contains(norms[k]) ? head : -1;
  }

  /**
   * The common-noun phrase standing right before the predicate at {@code k}, past its auxiliaries
   * and negations ("said the airline would not suspend", "and fuel had leaked"): at most three
   * lower-case content words opened by a determiner, a punctuation mark, a function word or the
   * sentence start, keyed "~" and their stems ("~airli", "~termin fee"), or null.
   */
  private static String nounBefore(Story story, AuditedArticle a, Tokens ts, String[] norms, int k, int first) {
    int j = k - 1;
    while (j >= first && ts.gapBefore(j + 1).isBlank() && !story.vocab.content(norms[j])
        && (story.vocab.auxiliaries.contains(norms[j]) || !a.cues("xs-negation", ts.start(j), ts.end(j)).isEmpty())) {
      j--;
    }
    int head = j;
    while (j >= first && head - j < 3 && ts.gapBefore(j + 1).isBlank() && story.vocab.content(norms[j]) && !ts.capitalised(j)
        && Character.isLetter(norms[j].charAt(0)) && !a.inQuote(ts.start(j), ts.end(j))) {
      j--;
    }
    // "no deaths linked": a negative quantifier's phrase is no plain subject
    if (j == head || j >= first && ts.gapBefore(j + 1).isBlank()
        && (story.vocab.content(norms[j]) || !a.cues("xs-negation", ts.start(j), ts.end(j)).isEmpty())) {
      return null;
    }
    StringBuilder key = new StringBuilder("~");
    for (int m = j + 1; m <= head; m++) {
      key.append(m > j + 1 ? " " : "").append(Vocab.stem(norms[m]));
    }
    return key.toString();
  }

  /** The key of the last name before {@code at}, or empty. */
  private static String subject(List<Entities.Entity> names, int at) {
    String key = "";
    for (Entities.Entity e : names) {
      if (e.end() <= at) {
        key = e.key();
      }
    }
    return key;
  }

  /** Adds {@code s} to {@code list} unless it is there ({@code members} holds the list's strings). */
  private static void add(List<String> list, Set<String> members, String s) {
    if (members.add(s)) {
      list.add(s);
    }
  }
}
