package dev.sourcecheck.bench;

import dev.sourcecheck.bench.Corpus.Doc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates distinct synthetic stories from template article sets (the seeds, optionally
 * multi-article fixtures) for the scaling benchmark. Each story renames every person, place and
 * other proper name of its template consistently to a synthetic name that no other story uses,
 * shifts dates by whole weeks (weekday references stay true) and other numbers by a per-story
 * amount, and varies its articles by dropping and swapping paragraphs, as rewrites do. The output
 * is fully determined by the seed and the templates. Immutable once built; each {@link #generate}
 * call is independent, so an instance may be shared across threads.
 *
 * <p>A proper name is a capitalised word (an initial capital followed by lower-case letters) that
 * occurs at least once inside a sentence of a prose line (not after a sentence end, not in a
 * Title-Case line), whose lower-case form occurs nowhere in the template set outside URLs, and
 * which is not a word of the rule lexicons, a weekday, a month or a common title. Words the rules
 * key on therefore survive, so each generated article costs the rules about what its template
 * costs.
 */
public final class StoryGenerator {
  private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}_])\\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}_])");
  private static final Pattern LOWER = Pattern.compile("(?<![\\p{L}\\p{N}_])\\p{Ll}+(?![\\p{L}\\p{N}_])");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}.,:/\\-_])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\p{L}\\p{N}:/_]|[.,]\\d)");
  private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n[ \\t]*\\r?\\n");

  /** Capitalised words that are never names here: calendar words, titles, sentence glue. */
  private static final Set<String> KEEP =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
          "president", "minister", "secretary", "envoy", "special", "prime", "chancellor", "general", "foreign",
          "defence", "defense", "press", "spokesman", "spokeswoman", "spokesperson", "senator", "governor",
          "mayor", "king", "queen", "prince", "pope", "ambassador", "director", "chief", "deputy", "vice", "state",
          "national", "security", "adviser", "advisor", "official", "officials", "sir", "lord", "lady", "the",
          "and", "for", "with", "from", "this", "that", "but", "mrs", "title", "published", "source", "byline",
          "author", "reporting", "editing", "writing", "additional", "photo", "copyright", "reuters",
          "associated", "agence", "advertisement", "read", "also", "related", "subscribe", "follow", "share",
          "story", "continues", "below", "newsletter", "getty", "images", "contributed", "today", "yesterday",
          "tomorrow");

  private static final String CONSONANTS = "bdfgklmnprstvz";
  private static final String VOWELS = "aeiou";

  private final List<Template> templates;
  private final Set<String> keep;
  private final long seed;

  /** A template set with its detected names, in a fixed order. */
  private record Template(List<Doc> docs, List<String> names) {}

  /** One generated story: its index, its articles, and the renaming it applied (original → synthetic). */
  public record Story(int index, List<Doc> articles, Map<String, String> names) {}

  public StoryGenerator(List<List<Doc>> templateSets, Set<String> extraKeep, long seed) {
    if (templateSets.isEmpty()) {
      throw new IllegalArgumentException("no template sets to generate stories from");
    }
    Set<String> k = new HashSet<>(KEEP);
    extraKeep.forEach(w -> k.add(w.toLowerCase(Locale.ROOT)));
    this.keep = Set.copyOf(k);
    this.seed = seed;
    List<Template> t = new ArrayList<>();
    for (List<Doc> set : templateSets) {
      if (set.isEmpty()) {
        throw new IllegalArgumentException("empty template set");
      }
      t.add(new Template(List.copyOf(set), List.copyOf(detectNames(set, keep))));
    }
    this.templates = List.copyOf(t);
  }

  /** A generator over the seeds of {@code repo} (plus its multi-article fixtures if asked), keeping the words of its rule lexicons. */
  public static StoryGenerator fromRepo(Path repo, boolean withFixtures, long seed) {
    List<List<Doc>> sets = new ArrayList<>();
    sets.add(Corpus.seeds(repo));
    if (withFixtures) {
      sets.addAll(Corpus.fixtureSets(repo));
    }
    return new StoryGenerator(sets, lexiconWords(repo.resolve("rules/lexicons")), seed);
  }

  /**
   * Every word of every {@code *.txt} lexicon under {@code dir} ({@code #} comments and {@code | tag}s
   * dropped), except gazetteers and the lists only the attribution model reads (given names,
   * places): names are what distinct stories rename.
   */
  public static Set<String> lexiconWords(Path dir) {
    Set<String> words = new HashSet<>();
    if (!Files.isDirectory(dir)) {
      return words;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".txt") && !x.getFileName().toString().contains("gazetteer")
          && !dev.sourcecheck.attribution.AttributionModel.modelOnly(x.getFileName().toString().replaceFirst("\\.txt$", "")))
          .toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          String entry = line.replaceFirst("#.*$", "").replaceFirst("\\|.*$", "");
          Matcher m = WORD.matcher(entry);
          while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** The names detected in the template sets, in the order they are renamed. */
  public List<List<String>> templateNames() {
    return templates.stream().map(Template::names).toList();
  }

  /**
   * {@code articles} articles in stories of {@code storySize} (the last one may be smaller). Story
   * {@code k} uses template set {@code k mod sets}; its article {@code j} is template article
   * {@code j mod n}, verbatim (renamed) in its first round, with paragraphs dropped or swapped after.
   */
  public List<Story> generate(int articles, int storySize) {
    List<Story> stories = new ArrayList<>();
    generate(articles, storySize, stories::add);
    return stories;
  }

  /**
   * As {@link #generate(int, int)}, handing each story to {@code sink} as soon as it is made, so
   * that a corpus of any size is written without being held: only the names used so far are kept.
   */
  public void generate(int articles, int storySize, java.util.function.Consumer<Story> sink) {
    if (articles < 1 || storySize < 1) {
      throw new IllegalArgumentException("articles and storySize must be positive, got " + articles + ", " + storySize);
    }
    Set<String> used = new HashSet<>();
    for (int k = 0, done = 0; done < articles; k++) {
      int size = Math.min(storySize, articles - done);
      sink.accept(story(k, size, used));
      done += size;
    }
  }

  private Story story(int k, int size, Set<String> used) {
    Template t = templates.get(k % templates.size());
    Random r = new Random(seed * 1_000_003L + k);
    Map<String, String> names = new LinkedHashMap<>();
    for (String name : t.names()) {
      String prefixOf = null;
      for (String earlier : names.keySet()) {
        if (name.startsWith(earlier) && name.length() - earlier.length() <= 2) {
          prefixOf = earlier; // a spelling variant (Zelensky / Zelenskyy) keeps being one
        }
      }
      String synthetic = prefixOf != null ? names.get(prefixOf) + name.substring(prefixOf.length()) : null;
      // a name of a given length has a pool of a few ten thousand forms, which a corpus of some
      // 34,000 articles used up (the loop then never ended): after a run of collisions, names grow
      // by a syllable, so the pool is never exhausted
      int extra = 0;
      for (int tries = 1; synthetic == null || used.contains(synthetic) || keep.contains(synthetic.toLowerCase(Locale.ROOT));
          tries++) {
        synthetic = syntheticName(r, name.length(), extra);
        if (tries % COLLISIONS_BEFORE_LONGER == 0) {
          extra++;
        }
      }
      used.add(synthetic);
      names.put(name, synthetic);
    }
    int weeks = 1 + r.nextInt(520); // dates move by whole weeks: weekday names stay true
    int delta = 1 + r.nextInt(9);
    Pattern namePattern = names.isEmpty() ? null : alternation(names.keySet());
    List<Doc> docs = new ArrayList<>();
    for (int j = 0; j < size; j++) {
      Doc base = t.docs().get(j % t.docs().size());
      int round = j / t.docs().size();
      String text = round == 0 ? base.text() : vary(base.text(), new Random(r.nextLong()));
      text = rename(text, namePattern, names);
      text = shiftNumbers(text, weeks, delta);
      docs.add(new Doc(String.format(Locale.ROOT, "s%05d-%02d-%s", k, j, shortId(base.id())), "story", text));
    }
    return new Story(k, List.copyOf(docs), Map.copyOf(names));
  }

  static List<String> detectNames(List<Doc> docs, Set<String> keep) {
    Set<String> lower = new HashSet<>();
    for (Doc d : docs) {
      Matcher m = LOWER.matcher(URL.matcher(d.text()).replaceAll(" "));
      while (m.find()) {
        lower.add(m.group());
      }
    }
    Set<String> names = new TreeSet<>();
    for (Doc d : docs) {
      for (String line : d.text().split("\\R")) {
        if (!isProse(line)) {
          continue;
        }
        Matcher m = CAPITALISED.matcher(line);
        while (m.find()) {
          String w = m.group();
          String lw = w.toLowerCase(Locale.ROOT);
          if (w.length() >= 3 && !lower.contains(lw) && !keep.contains(lw) && midSentence(line, m.start())) {
            names.add(w);
          }
        }
      }
    }
    List<String> ordered = new ArrayList<>(names);
    ordered.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    return ordered;
  }

  /** A line of running text: at least half of its words start in lower case. */
  private static boolean isProse(String line) {
    int words = 0;
    int lowerStart = 0;
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      words++;
      if (Character.isLowerCase(m.group().charAt(0))) {
        lowerStart++;
      }
    }
    return words >= 4 && lowerStart * 2 >= words;
  }

  private static boolean midSentence(String line, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
      i--;
    }
    if (i < 0 || i == at - 1) {
      return false; // line start, or glued to the previous character
    }
    char c = line.charAt(i);
    return Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == '’' && i > 0 && Character.isLetter(line.charAt(i - 1));
  }

  /** Collisions in a row after which synthetic names get one syllable longer. */
  static final int COLLISIONS_BEFORE_LONGER = 32;

  private static String syntheticName(Random r, int length, int extraSyllables) {
    int syllables = Math.max(2, Math.min(4, (length + 1) / 3)) + extraSyllables;
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(r.nextInt(VOWELS.length())));
    }
    if (r.nextBoolean()) {
      b.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length())));
    }
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    return b.toString();
  }

  private static Pattern alternation(Set<String> names) {
    List<String> longestFirst = new ArrayList<>(names);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}_])(?:");
    for (int i = 0; i < longestFirst.size(); i++) {
      b.append(i == 0 ? "" : "|").append(Pattern.quote(longestFirst.get(i)));
    }
    return Pattern.compile(b.append(")(?![\\p{L}\\p{N}_])").toString());
  }

  private static String rename(String text, Pattern namePattern, Map<String, String> names) {
    if (namePattern == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    Matcher u = URL.matcher(text);
    int last = 0;
    while (u.find()) { // URLs keep their text: they are addresses, not prose
      out.append(renameRun(text.substring(last, u.start()), namePattern, names)).append(u.group());
      last = u.end();
    }
    return out.append(renameRun(text.substring(last), namePattern, names)).toString();
  }

  private static String renameRun(String run, Pattern namePattern, Map<String, String> names) {
    return namePattern.matcher(run).replaceAll(m -> Matcher.quoteReplacement(names.get(m.group())));
  }

  /** Shifts ISO dates by {@code weeks} weeks, years accordingly, and other whole numbers by {@code delta}. */
  static String shiftNumbers(String text, int weeks, int delta) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher u = URL.matcher(text);
    int last = 0;
    while (u.find()) {
      out.append(shiftRun(text.substring(last, u.start()), weeks, delta)).append(u.group());
      last = u.end();
    }
    return out.append(shiftRun(text.substring(last), weeks, delta)).toString();
  }

  private static String shiftRun(String run, int weeks, int delta) {
    StringBuilder out = new StringBuilder(run.length());
    Matcher d = ISO_DATE.matcher(run);
    int last = 0;
    int years = (int) (weeks * 7L / 365);
    while (d.find()) {
      out.append(shiftPlainNumbers(run.substring(last, d.start()), years, delta));
      try {
        out.append(LocalDate.parse(d.group()).plusWeeks(weeks));
      } catch (DateTimeParseException e) {
        out.append(d.group());
      }
      last = d.end();
    }
    return out.append(shiftPlainNumbers(run.substring(last), years, delta)).toString();
  }

  private static String shiftPlainNumbers(String run, int years, int delta) {
    return NUMBER.matcher(run).replaceAll(m -> {
      String g = m.group(1);
      boolean grouped = g.indexOf(',') >= 0;
      if (!grouped && g.length() > 9) {
        return g;
      }
      long n = Long.parseLong(g.replace(",", ""));
      boolean year = !grouped && g.length() == 4 && n >= 1900 && n <= 2100;
      long shifted = year ? n + years : n + delta;
      return grouped ? String.format(Locale.ROOT, "%,d", shifted) : Long.toString(shifted);
    });
  }

  /** A rewrite: keeps the first block, drops later blocks with probability 1/5, may swap two neighbours. */
  private static String vary(String text, Random r) {
    List<String> blocks = new ArrayList<>(List.of(BLANK_LINES.split(text.strip())));
    if (blocks.size() < 3) {
      return text;
    }
    List<String> kept = new ArrayList<>();
    kept.add(blocks.get(0));
    for (String b : blocks.subList(1, blocks.size())) {
      if (r.nextInt(5) != 0) {
        kept.add(b);
      }
    }
    if (kept.size() < 2) {
      kept.add(blocks.get(1));
    }
    if (kept.size() >= 4 && r.nextBoolean()) {
      int i = 1 + r.nextInt(kept.size() - 2);
      String a = kept.get(i);
      kept.set(i, kept.get(i + 1));
      kept.set(i + 1, a);
    }
    return String.join("\n\n", kept) + "\n";
  }

  private static String shortId(String id) {
    int u = id.indexOf('_');
    return u > 0 ? id.substring(0, u) : id;
  }
}
