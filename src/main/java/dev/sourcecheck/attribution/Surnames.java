package dev.sourcecheck.attribution;

import dev.sourcecheck.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A word read as a place, a nationality or an outlet that is a surname the article gives in full: see {@link #add}. Stateless. */
final class Surnames {
  private Surnames() {}

  /**
   * "Israel said", "said Cuban", "Paris, who used to work on Capitol Hill, said": a word read as a
   * place, a nationality, an outlet or a function word is a person's surname where the article has
   * named that person in full ("Rep. Steve Israel", "Mark Cuban", "Ed Paris") and the word stands
   * next to a verb of saying or before ", who". Added as weak one-word names (a mention of the
   * full name, never a person of its own), in text order.
   */
  static void add(ArticleIndex x, List<Name> out) {
    Set<String> full = new HashSet<>();
    boolean[] covered = new boolean[x.size];
    for (Name n : out) {
      if (n.kind() == Name.Kind.PERSON && n.words() >= 2 && !n.weak()) {
        full.add(Tokens.norm(x.words.word(n.last())));
      }
      for (int k = n.first(); k <= n.last(); k++) {
        covered[k] = true;
      }
    }
    if (full.isEmpty()) {
      return;
    }
    boolean added = false;
    for (int k = 0; k < x.size; k++) {
      if (covered[k] || !x.capitalised(k) || x.words.is(k, Tokens.ALL_CAPS) || x.headline(k)
          || !full.contains(Tokens.norm(x.words.word(k)))
          || k + 1 < x.size && x.capitalised(k + 1) && x.spaced(k + 1) || k > 0 && x.capitalised(k - 1) && x.spaced(k)
          && !x.initial(k)) {
        continue;
      }
      if (speechNext(x, k)) {
        out.add(new Name(k, k, -1, -1, null, Name.Kind.PERSON, true, x.quoted(k)));
        added = true;
      }
    }
    if (added) {
      out.sort((a, b) -> Integer.compare(a.first(), b.first()));
    }
  }

  /** A verb of saying right after word {@code k} or right before it, or ", who" after it. */
  private static boolean speechNext(ArticleIndex x, int k) {
    int n = k + 1;
    if (n < x.size && x.sentenceOf(n) == x.sentenceOf(k)) {
      if (x.spaced(n) && x.from(n, Lists.VERBS) != null && !x.capitalised(n)) {
        return true;
      }
      if (x.gapHas(n, ",") && "rel".equals(x.tag(n, Lists.FUNCTION)) && x.role(n, "personal-relative")) {
        return true;
      }
    }
    int p = k - 1;
    return p >= 0 && x.spaced(k) && x.sentenceOf(p) == x.sentenceOf(k) && x.to(p, Lists.VERBS) != null
        && !x.capitalised(p);
  }
}
