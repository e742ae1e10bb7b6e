package dev.sourcecheck.compare;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A person referred to by the role the article gives them: "The striker, who scored 19 goals, will
 * play on Saturday" after "striker Kofi Mensah"; "the judge told him" after "Judge Helen Marsh". A
 * definite "the" and the head of one of the article's roles (its last word, or its last two: "the
 * chief executive"; the part before "of", "for" or "at": "head of procurement" gives "head"), where
 * exactly one person of the article holds a role with that head. Heads that the article may use for
 * an unnamed source ({@code source-heads}: "the official", "the spokesman") are not read. Mentions in
 * quotations and boilerplate are skipped, and so is the role written right before or after the name
 * it belongs to, which the name's own mention covers. One pass over the article's words.
 * Stateless.
 */
final class DescribedMentions {
  /** Words of a role's head read at most ("the chief executive"). */
  static final int HEAD_WORDS = 2;

  private DescribedMentions() {}

  /**
   * Each role head, as words, to the one story person holding it in any article (their roles by
   * {@link RoleReader#read} at their mentions by name, {@code named}); a head several people hold
   * is dropped.
   */
  static Map<List<String>, String> holders(List<AuditedArticle> articles, Map<String, List<StoryPeople.At>> named,
      Phrases roles, Vocab vocab, Predicate<String> institution) {
    Map<List<String>, String> holders = new HashMap<>();
    for (AuditedArticle a : articles) {
      for (StoryPeople.At m : named.getOrDefault(a.id(), List.of())) {
        if (m.quoted() || institution.test(m.key()) || m.key().startsWith("~")) {
          continue;
        }
        for (RoleReader.Role r : RoleReader.read(a, m, roles, vocab)) {
          if (r.former() || r.past()) {
            continue;
          }
          List<String> head = head(a.text().substring(r.start(), r.end()));
          for (int n = 1; n <= Math.min(HEAD_WORDS, head.size()); n++) {
            List<String> tail = List.copyOf(head.subList(head.size() - n, head.size()));
            if (n == 1 && vocab.unnamedHeads.contains(tail.get(0))) {
              break;
            }
            holders.merge(tail, m.key(), (x, y) -> x.equals(y) ? x : "");
          }
        }
      }
    }
    holders.values().removeIf(String::isEmpty);
    return holders;
  }

  /** The described mentions of {@code a}: "the" and a head {@code holders} gives one person for. */
  static List<StoryPeople.At> in(AuditedArticle a, Map<List<String>, String> holders) {
    List<StoryPeople.At> out = new ArrayList<>();
    if (holders.isEmpty()) {
      return out;
    }
    Tokens ts = a.tokens();
    for (int i = 0; i + 1 < ts.size(); i++) {
      if (!ts.folded(i).equals("the")) {
        continue;
      }
      // the longest head after "the" that one person holds
      for (int n = Math.min(HEAD_WORDS, ts.size() - i - 1); n >= 1; n--) {
        List<String> words = new ArrayList<>(n);
        for (int j = i + 1; j <= i + n; j++) {
          words.add(bare(ts.folded(j)));
        }
        String key = holders.get(words);
        int end = ts.end(i + n);
        if (key != null && !next(ts, i + n + 1) && !a.inQuote(ts.start(i), end) && !a.inBoilerplate(ts.start(i), end)
            && !capitalisedAfter(ts, i + n + 1) && !ts.capitalised(i + n)) {
          out.add(new StoryPeople.At(key, ts.start(i), end, null, -1, -1, false, true));
          break;
        }
      }
    }
    return out;
  }

  /** The role's head words, lower-cased: before "of", "for" or "at", after a possessive ("Harrowgate's"). */
  static List<String> head(String role) {
    List<String> words = new ArrayList<>();
    for (String w : role.strip().split("\\s+")) {
      String f = w.toLowerCase(Locale.ROOT);
      if (f.equals("of") || f.equals("for") || f.equals("at")) {
        break;
      }
      if (f.endsWith("'s") || f.endsWith("’s")) {
        words.clear();
        continue;
      }
      words.add(f);
    }
    words.removeIf(w -> w.isEmpty() || !Character.isLetter(w.charAt(0)) || w.equals("the") || w.equals("a") || w.equals("an"));
    return words;
  }

  /** A word without its possessive ("striker's"). */
  private static String bare(String folded) {
    return folded.endsWith("'s") || folded.endsWith("’s") ? folded.substring(0, folded.length() - 2) : folded;
  }

  /** The head runs on into a noun of its own: "the striker position" is not the striker. */
  private static boolean next(Tokens ts, int k) {
    return k < ts.size() && ts.gapBefore(k).equals("-");
  }

  /** A name right after the head ("the striker Kofi Mensah"): the name's own mention covers it. */
  private static boolean capitalisedAfter(Tokens ts, int k) {
    return k < ts.size() && ts.gapBefore(k).equals(" ") && ts.capitalised(k) && !ts.sentenceStart(k);
  }
}
