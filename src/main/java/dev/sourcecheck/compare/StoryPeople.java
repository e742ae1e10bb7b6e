package dev.sourcecheck.compare;

import dev.sourcecheck.attribution.Mention;
import dev.sourcecheck.attribution.Person;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.budget.Deadline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The people of one story: the attribution model's people of every article, merged across
 * articles. Two full names are one person when their surnames are one spelling (equal, or
 * Jaro-Winkler at least 0.93 for names of four letters or more: Zelensky / Zelenskyy) and their
 * first names agree (equal, an initial, or Jaro-Winkler at least 0.9); a surname written alone is
 * the story's one person of that surname, or a person of its own when none or several share it.
 * Speaking institutions keep keys of their own ({@code org:} and the folded name). Candidates are
 * looked up by the surname's first letter, so merging stays near linear in the people. A person
 * is shown by the shortest full form of their name seen. Not
 * thread-safe: built and used by one story's comparison.
 */
final class StoryPeople {
  /**
   * A mention of a story person in one article: the name's span and the role phrase at it, if any;
   * or, {@code described}, a role standing for the name ("the striker": {@link DescribedMentions}).
   */
  record At(String key, int start, int end, String role, int roleStart, int roleEnd, boolean quoted, boolean described) {}

  /** A story person: {@code firsts} are the words before the surname ("Hillary Rodham", "Republican Donald"). */
  private record Entry(String key, List<String> firsts, String last, String name, boolean institution) {
    String first() {
      return firsts.isEmpty() ? null : firsts.get(0);
    }
  }

  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
  private static final Pattern SUFFIX = Pattern.compile("jr|sr|ii|iii|iv");

  private final Map<String, Entry> byKey = new HashMap<>();
  private final Map<Character, List<Entry>> bySurnameInitial = new HashMap<>();
  /** Per article id: the attribution model's person key to the story key. */
  private final Map<String, Map<String, String>> keys = new HashMap<>();
  private final Map<String, List<At>> mentions = new HashMap<>();

  private final Phrases roles;

  StoryPeople(List<AuditedArticle> articles, Phrases roles, Vocab vocab) {
    Deadline deadline = Deadline.current();
    this.roles = roles;
    // full names first, so that a surname alone finds the person whichever article names them fully
    for (AuditedArticle a : articles) {
      for (Person p : a.speakers().people()) {
        List<String> words = nameWords(p.name());
        if (!p.institution() && words.size() >= 2) {
          put(a, p, full(words, written(p.name(), words.size())).key);
        }
      }
    }
    for (AuditedArticle a : articles) {
      for (Person p : a.speakers().people()) {
        List<String> words = nameWords(p.name());
        if (p.institution()) {
          String key = "org:" + String.join(" ", words);
          byKey.putIfAbsent(key, new Entry(key, List.of(), null, p.name(), true));
          put(a, p, key);
        } else if (words.size() == 1) {
          put(a, p, surname(words.get(0), written(p.name(), 1)));
        }
      }
    }
    for (AuditedArticle a : articles) {
      Map<String, String> k = keys.getOrDefault(a.id(), Map.of());
      List<At> out = new ArrayList<>();
      for (Mention m : a.speakers().mentions()) {
        deadline.tick();
        String key = k.get(m.person());
        if (key != null && !a.inBoilerplate(m.start(), m.end())) {
          out.add(new At(key, nameStart(a, m.start(), m.end()), m.end(), m.role(), m.roleStart(), m.roleEnd(),
              m.quoted(), false));
        }
      }
      out.sort((x, y) -> Integer.compare(x.start(), y.start()));
      mentions.put(a.id(), out);
    }
    // then the roles that stand for a name ("the striker"), from the roles the story gives its people
    Map<List<String>, String> holders = DescribedMentions.holders(articles, mentions, roles, vocab, this::institution);
    for (AuditedArticle a : articles) {
      List<At> out = mentions.get(a.id());
      out.addAll(DescribedMentions.in(a, holders));
      out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }
  }

  private void put(AuditedArticle a, Person p, String key) {
    keys.computeIfAbsent(a.id(), x -> new HashMap<>()).put(p.key(), key);
  }

  /** The story key of a person of the article's attribution model, or null. */
  String key(String article, String person) {
    return person == null ? null : keys.getOrDefault(article, Map.of()).get(person);
  }

  /** The fullest name seen for a story key. */
  String name(String key) {
    Entry e = byKey.get(key);
    return e == null ? key : e.name;
  }

  /**
   * Whether a mention by surname alone may be another person of the story: two people of the
   * story share the surname of {@code key} (Bill and Hillary Clinton).
   */
  boolean sharedSurname(String key) {
    Entry e = byKey.get(key);
    if (e == null || e.last == null) {
      return false;
    }
    int n = 0;
    for (Entry o : bySurnameInitial.getOrDefault(e.last.charAt(0), List.of())) {
      n += sameSurname(o.last, e.last) && !o.key.startsWith("~") ? 1 : 0;
    }
    return n >= 2;
  }

  boolean institution(String key) {
    Entry e = byKey.get(key);
    return e != null && e.institution;
  }

  /** The article's mentions of story people, in text order. */
  List<At> mentions(String article) {
    return mentions.getOrDefault(article, List.of());
  }

  /** The mention whose name lies in {@code [from, to)} and ends last, or null. */
  At lastIn(String article, int from, int to) {
    At best = null;
    for (At m : mentions(article)) {
      if (m.start() >= to) {
        break;
      }
      if (m.start() >= from && m.end() <= to) {
        best = m;
      }
    }
    return best;
  }

  private Entry full(List<String> words, String name) {
    List<String> firsts = List.copyOf(words.subList(0, words.size() - 1));
    String last = words.get(words.size() - 1);
    List<Entry> cands = bySurnameInitial.computeIfAbsent(last.charAt(0), x -> new ArrayList<>());
    for (Entry e : cands) {
      if (sameSurname(e.last, last) && sameFirst(e.firsts, firsts)) {
        if (shorter(name, e.name)) {
          Entry longer = new Entry(e.key, e.firsts, e.last, name, false);
          byKey.put(e.key, longer);
          cands.set(cands.indexOf(e), longer);
        }
        return e;
      }
    }
    String key = firsts.get(0) + " " + last;
    if (byKey.containsKey(key)) {
      key = String.join(" ", firsts) + " " + last; // another person of that first name and surname
    }
    for (int n = 2; byKey.containsKey(key); n++) {
      key = String.join(" ", firsts) + " " + last + " " + n;
    }
    Entry e = new Entry(key, firsts, last, name, false);
    cands.add(e);
    byKey.put(e.key, e);
    return e;
  }

  /**
   * Whether {@code a} is the better name to show: fewer words (the attribution model may keep a
   * word before the name: "Billionaire Donald Trump", "Vermonter Bernie Sanders"), then longer.
   */
  private static boolean shorter(String a, String b) {
    int wa = a.strip().split("\\s+").length;
    int wb = b.strip().split("\\s+").length;
    return wa != wb ? wa < wb && wa >= 2 : a.length() > b.length();
  }

  private String surname(String last, String name) {
    Entry found = null;
    for (Entry e : bySurnameInitial.getOrDefault(last.charAt(0), List.of())) {
      if (sameSurname(e.last, last)) {
        if (found != null && !sameFirst(found.firsts, e.firsts)) {
          found = null; // two people share this surname: a surname alone does not say which
          break;
        }
        found = found == null ? e : found;
      }
    }
    if (found != null) {
      return found.key;
    }
    String key = "~" + last;
    byKey.putIfAbsent(key, new Entry(key, List.of(), last, name, false));
    return key;
  }

  /** The last {@code words} words of a name as written: the name without a title written as part of it. */
  private static String written(String name, int words) {
    String[] ws = name.strip().split("\\s+");
    return ws.length <= words ? name : String.join(" ", java.util.Arrays.copyOfRange(ws, ws.length - words, ws.length));
  }

  /** Where the name proper starts in a mention that begins with a title ("Treasurer Paul Gant"). */
  private int nameStart(AuditedArticle a, int start, int end) {
    Tokens ts = a.tokens();
    int from = ts.from(start);
    int to = ts.until(end);
    List<String> w = new ArrayList<>();
    for (int i = from; i < to; i++) {
      w.add(ts.folded(i).replace(".", ""));
    }
    int skip = 0;
    while (w.size() - skip > 2) {
      Phrases.Match m = roles.at(w.subList(skip, w.size()), 0);
      if (m == null || skip + m.to() >= w.size() - 1) {
        break;
      }
      skip += m.to();
    }
    return skip == 0 ? start : ts.start(from + skip);
  }

  /** The words of a person's name, a title written as part of it left out ("Treasurer Paul Gant"). */
  private List<String> nameWords(String name) {
    List<String> w = words(name);
    while (w.size() > 2) {
      Phrases.Match m = roles.at(w, 0);
      if (m == null || m.to() >= w.size() - 1) {
        break;
      }
      w = w.subList(m.to(), w.size());
    }
    return w;
  }

  /** The folded words of a name, without a generational suffix (Jr., III). */
  static List<String> words(String name) {
    Tokens ts = Tokens.of(name);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ts.size(); i++) {
      String w = Tokens.norm(ts.word(i)).toLowerCase(Locale.ROOT);
      if (!(i > 1 && i == ts.size() - 1 && SUFFIX.matcher(w).matches())) {
        out.add(w);
      }
    }
    return out;
  }

  static boolean sameSurname(String a, String b) {
    return a.equals(b) || Math.min(a.length(), b.length()) >= 4 && JW.apply(a, b) >= 0.93;
  }

  /** Two names' words before the surname agree: one of each is the same first name (or an initial of it). */
  private static boolean sameFirst(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    if (a.size() > 1 && b.size() > 1 && onlyInitials(a.subList(1, a.size())) && onlyInitials(b.subList(1, b.size()))
        && !String.join("", a.subList(1, a.size())).equals(String.join("", b.subList(1, b.size())))) {
      return false; // middle initials that differ: George H. W. Bush is not George W. Bush
    }
    for (String x : a) {
      for (String y : b) {
        if (sameFirst(x, y) && (x.length() > 1 || y.length() > 1 || a.size() == 1 || b.size() == 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean onlyInitials(List<String> names) {
    return names.stream().allMatch(n -> n.replace(".", "").length() <= 2);
  }

  private static boolean sameFirst(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return true;
    }
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0);
    }
    return JW.apply(a, b) >= 0.9;
  }
}
