package dev.sourcecheck.compare;

import dev.sourcecheck.article.Quote;
import dev.sourcecheck.fact.Cue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The people of one story across its articles. Names are runs of capitalised words with titles,
 * nationalities and sentence-initial words stripped; one person despite spelling and
 * transliteration variants (Zelensky / Zelenskyy, by Jaro-Winkler similarity of surnames and first
 * names), surname-only mentions resolved when one person of the story has that surname, and two
 * people who share a surname kept apart when their first names differ. Not thread-safe: built and
 * used by one story's comparison.
 */
final class People {
  /** A name in an article: {@code key} is the person's key in the story, or null if ambiguous. */
  record Mention(String article, int start, int end, int runStart, String key, String written, boolean full) {}

  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

  /** Capitalised words that are titles, offices, nationalities, or words that open sentences: never a name. */
  static final Set<String> NOT_NAME = Set.copyOf(java.util.Arrays.asList(
      "the", "a", "an", "white", "house", "press", "secretary", "president", "vice", "prime", "minister",
      "foreign", "defence", "defense", "state", "of", "special", "envoy", "spokesperson", "spokesman",
      "spokeswoman", "chancellor", "senator", "sen", "rep", "governor", "gov", "mayor", "general", "gen",
      "ambassador", "us", "u.s", "uk", "u.k", "un", "u.n", "eu", "kremlin", "mr", "mrs", "ms", "dr", "chief",
      "deputy", "former", "king", "queen", "pope", "judge", "justice", "senior", "adviser", "advisor", "director",
      "leader", "commander", "lieutenant", "colonel", "officials", "official", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "meanwhile", "despite", "after", "as", "when",
      "on", "in", "at", "but", "and", "if", "while", "although", "members", "attention", "key", "other", "one",
      "two", "three", "recent", "nato", "negotiator", "negotiators", "speaking", "his", "her", "their", "its",
      "this", "that", "these", "those", "some", "many", "both", "it", "he", "she", "they", "we", "i", "there",
      "minister's", "ministry", "department", "council", "parliament", "congress", "senate", "army", "forces",
      "police", "government", "administration", "agency", "office", "news", "reuters", "ap", "afp", "cnn",
      "bbc", "abc", "cbs", "nbc", "fox", "party", "republican", "democrat", "democratic", "republicans",
      "democrats", "union", "european", "national", "united", "states", "nations", "air", "force", "security",
      "envoy's", "press secretary", "secretary-general", "ceo", "chairman", "chairwoman", "head", "spokesperson's",
      "islamic", "observatory", "human", "rights", "syrian", "network", "civil", "defence", "red", "crescent"));

  private static final Set<String> PLACE_SUFFIX_DEMONYM = Set.of("ian", "ean", "ese", "ish", "ch", "i");

  private record Person(String key, String first, String last) {}

  private final List<Person> persons = new ArrayList<>();
  /** The person a full name resolved to (fixed once found: {@link #persons} only grows). */
  private final Map<String, Person> byName = new HashMap<>();
  /** The key a surname alone resolved to (null values too), valid until the next new person. */
  private final Map<String, String> bySurname = new HashMap<>();
  private final Set<String> places;

  People(Set<String> places) {
    this.places = places;
  }

  /** Registers the full names (first and last name) found in a stretch of text. */
  void learn(String text, int from, int to) {
    for (Run r : runs(text, from, to)) {
      List<Words.Token> ns = r.names;
      if (ns.size() >= 2) {
        person(ns.get(0).norm(), surname(ns));
      }
    }
  }

  private static String surname(List<Words.Token> ns) {
    return ns.get(ns.size() - 1).norm();
  }

  private Person person(String first, String last) {
    // persons are only appended, so the first match of a name never changes: look each name up once
    String name = first + "\u0001" + last;
    Person known = byName.get(name);
    if (known != null) {
      return known;
    }
    for (Person p : persons) {
      if (sameSurname(p.last, last) && sameFirst(p.first, first)) {
        byName.put(name, p);
        return p;
      }
    }
    Person p = new Person(first + " " + last, first, last);
    persons.add(p);
    bySurname.clear(); // a new person can make a surname ambiguous
    byName.put(name, p);
    return p;
  }

  static boolean sameSurname(String a, String b) {
    return a.equals(b) || Math.min(a.length(), b.length()) >= 4 && JW.apply(a, b) >= 0.93;
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

  /** The key of a name written with the given words, or null when unknown or ambiguous. */
  String key(List<Words.Token> ns) {
    if (ns.isEmpty()) {
      return null;
    }
    String last = surname(ns);
    if (ns.size() >= 2) {
      return person(ns.get(0).norm(), last).key;
    }
    if (bySurname.containsKey(last)) {
      return bySurname.get(last);
    }
    String key = surnameKey(last);
    bySurname.put(last, key);
    return key;
  }

  /** The key of a surname written alone, given the persons known so far. */
  private String surnameKey(String last) {
    if (places.contains(last)) {
      return null;
    }
    Person found = null;
    for (Person p : persons) {
      if (sameSurname(p.last, last)) {
        if (found != null && !sameFirst(found.first, p.first)) {
          return null; // two people share this surname: a surname alone does not say which
        }
        found = found == null ? p : found;
      }
    }
    return found == null ? "~" + last : found.key;
  }

  /** A run of capitalised words and, inside it, the words left once titles are stripped. */
  record Run(int start, int end, List<Words.Token> names) {}

  /** The runs of capitalised words in {@code [from, to)}, each with its name words. */
  List<Run> runs(String text, int from, int to) {
    // learn and mentions read every prose sentence: find a sentence's runs once
    Map<Long, List<Run>> ofText = runCache.computeIfAbsent(text, x -> new HashMap<>());
    return ofText.computeIfAbsent(((long) from << 32) | to, x -> findRuns(text, from, to));
  }

  /** Runs by text (identity: one article's text) and by {@code from << 32 | to}. */
  private final Map<String, Map<Long, List<Run>>> runCache = new java.util.IdentityHashMap<>();

  private List<Run> findRuns(String text, int from, int to) {
    List<Words.Token> ts = Words.tokens(text, from, to);
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < ts.size()) {
      if (!Words.capitalized(ts.get(i).raw())) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < ts.size() && joined(text, ts.get(j - 1), ts.get(j))
          && (Words.capitalized(ts.get(j).raw()) || ts.get(j).norm().equals("of") && j + 1 < ts.size()
              && Words.capitalized(ts.get(j + 1).raw()))) {
        j++;
      }
      List<Words.Token> run = ts.subList(i, j);
      out.add(new Run(run.get(0).start(), run.get(run.size() - 1).end(), nameWords(run)));
      i = j;
    }
    return List.copyOf(out);
  }

  private static boolean joined(String text, Words.Token a, Words.Token b) {
    if (a.raw().endsWith("’s") || a.raw().endsWith("'s")) {
      return false;
    }
    for (int k = a.end(); k < b.start(); k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The words of a run that can be a person's name: after its last title word, if all are name-like. */
  private List<Words.Token> nameWords(List<Words.Token> run) {
    int k = 0;
    for (int i = 0; i < run.size(); i++) {
      if (notName(run.get(i))) {
        k = i + 1;
      }
    }
    List<Words.Token> rest = run.subList(k, run.size());
    if (rest.isEmpty() || rest.size() > 4) {
      return List.of();
    }
    for (Words.Token t : rest) {
      if (places.contains(t.norm()) || !Character.isLetter(t.raw().charAt(0))) {
        return List.of();
      }
    }
    return List.copyOf(rest);
  }

  private boolean notName(Words.Token t) {
    String n = t.norm();
    if (NOT_NAME.contains(n) || places.contains(n) || n.length() < 2) {
      return true;
    }
    String lower = n.toLowerCase(Locale.ROOT);
    for (String s : PLACE_SUFFIX_DEMONYM) {
      if (lower.endsWith(s) && lower.length() > 5 && places.contains(demonymStem(lower))) {
        return true;
      }
    }
    return lower.endsWith("ian") || lower.endsWith("ese");
  }

  private static String demonymStem(String w) {
    return w.length() > 5 ? w.substring(0, 5) : w;
  }

  private final Map<Doc, List<Mention>> mentionCache = new HashMap<>();

  /** Every person mention of an article outside quotations, in text order (computed once per article). */
  List<Mention> mentions(Doc d) {
    return mentionCache.computeIfAbsent(d, this::findMentions);
  }

  private List<Mention> findMentions(Doc d) {
    List<Mention> out = new ArrayList<>();
    for (var s : d.prose) {
      for (Run r : runs(d.text, s.span().start(), s.span().end())) {
        if (r.names.isEmpty() || d.inQuote(r.start, r.end)) {
          continue;
        }
        Words.Token first = r.names.get(0);
        Words.Token last = r.names.get(r.names.size() - 1);
        String key = key(r.names);
        if (key != null && (r.names.size() >= 2 || !key.startsWith("~"))) {
          out.add(new Mention(d.id, first.start(), last.end(), r.start, key,
              d.text.substring(first.start(), last.end()), r.names.size() >= 2));
        }
      }
    }
    return out;
  }

  /** Surname-only persons seen as speakers or subjects: keyed by "~surname" when not otherwise known. */
  String keyOfWritten(List<Words.Token> names) {
    return key(names);
  }

  /** The role cue right before a mention (only spaces and title words between), or null. */
  static Cue roleBefore(Doc d, Mention m) {
    Cue best = null;
    for (Cue c : d.cues("roles")) {
      if (c.end() <= m.start() && c.end() >= m.runStart() - 1 && gapIsTitle(d.text, c.end(), m.start())) {
        if (best == null || c.end() - c.start() > best.end() - best.start()) {
          best = c;
        }
      }
    }
    if (best == null) {
      for (Cue c : d.cues("roles")) {
        if (c.end() <= m.start() && m.start() - c.end() <= 2 && gapIsTitle(d.text, c.end(), m.start())) {
          best = c;
        }
      }
    }
    if (best != null) {
      int from = Math.max(0, best.start() - 12);
      String before = d.text.substring(from, best.start()).toLowerCase(Locale.ROOT);
      if (before.contains("former") || before.contains("ex-") || before.contains("then-")
          || before.contains("acting") || before.contains("deputy") || before.contains("vice")) {
        return null;
      }
    }
    return best;
  }

  private static boolean gapIsTitle(String text, int from, int to) {
    if (to - from > 40) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ',' || c == '.' || c == ';' || c == '—' || c == '(' || c == '"' || c == '“') {
        return false;
      }
    }
    return true;
  }

  /** Is this offset inside a quotation's words. */
  static boolean inside(Quote q, int offset) {
    return q.inner().start() <= offset && offset < q.inner().end();
  }

  Map<String, String> debugPersons() {
    Map<String, String> m = new HashMap<>();
    for (Person p : persons) {
      m.put(p.key, p.first + "|" + p.last);
    }
    return m;
  }
}
