package dev.sourcecheck.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.engine.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word list of the rule set is clean data: no entry twice, no word doubled inside an entry
 * ("said said"), every tag one its file's header names where the header lists its tags ("Tag:
 * office (…), function (…)"; the part before ':' of a KIND:NAME tag; lists whose tag is a value, a
 * country or a group key, list none), and every {@code lexicon == "NAME"} of a rule names a list that exists.
 */
class LexiconLintTest {
  private static final Path RULES = Path.of("rules");
  /** A header that lists its tags by name ("Tag: office (…), function (…)"), not one whose tag is a value ("Tag: the action"). */
  private static final Pattern CLOSED = Pattern.compile("tag:\\s+(?!the\\b|a\\b|an\\b)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}*][\\p{L}\\p{N}*'’.\\-]*");

  /** Problems of the word lists {@code lexicons} (name to file text) and of the rules {@code drl}. */
  static List<String> problems(Map<String, String> lexicons, Collection<String> drl) {
    List<String> out = new ArrayList<>();
    for (var f : lexicons.entrySet()) {
      Lexicon l = Lexicon.parse(f.getKey(), f.getValue());
      String header = header(f.getValue()).toLowerCase(Locale.ROOT);
      Set<String> seen = new HashSet<>();
      for (Lexicon.Entry e : l.entries()) {
        String term = LexiconMatcher.fold(e.term()).replaceAll("\\s+", " ") + " | " + e.tag();
        String where = "lexicons/" + l.name() + ".txt:" + e.line() + ": ";
        if (!seen.add(term)) {
          out.add(where + "duplicate entry \"" + e.term() + (e.tag().isEmpty() ? "" : " | " + e.tag()) + "\"");
        }
        Matcher m = WORD.matcher(LexiconMatcher.fold(e.term()));
        String prev = null;
        while (m.find()) {
          if (m.group().equals(prev) && !m.group().equals("*")) {
            out.add(where + "doubled word \"" + prev + "\" in \"" + e.term() + "\"");
          }
          prev = m.group();
        }
        String kind = e.tag().split("[:/]", 2)[0]; // KIND:NAME, KIND/key

        if (!kind.isEmpty() && CLOSED.matcher(header).find() && !Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(kind.toLowerCase(Locale.ROOT))
            + "(?![\\p{L}-])").matcher(header).find()) {
          out.add(where + "tag \"" + e.tag() + "\" is not one the file's header names");
        }
      }
    }
    for (String ref : LexiconRefs.in(drl)) {
      if (!lexicons.containsKey(ref)) {
        out.add("a rule matches lexicon \"" + ref + "\", which is no file in lexicons/");
      }
    }
    return out;
  }

  /** The comment lines before the first entry. */
  static String header(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\r?\n")) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        break;
      }
      b.append(t).append('\n');
    }
    return b.toString();
  }

  @Test
  void theRuleSetsWordListsAreClean() throws Exception {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> s = Files.list(RULES.resolve("lexicons"))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".txt")).toList()) {
        texts.put(p.getFileName().toString().replaceFirst("\\.txt$", ""), Files.readString(p));
      }
    }
    assertEquals(List.of(), problems(texts, RuleSet.load(RULES).drl().values()));
  }

  @Test
  void theLintFindsEachKindOfProblem() {
    List<String> p = problems(Map.of("reporting-verbs", "# Tag: neutral\nsaid | neutral\nsaid | neutral\n"
        + "said said | neutral\ntold | judgment\n"),
        List.of("rule \"attribution.x\" when Cue( lexicon == \"no-such-list\" ) then end"));
    assertEquals(4, p.size(), p.toString());
    assertTrue(p.get(0).contains("reporting-verbs.txt:3: duplicate entry \"said | neutral\""), p.toString());
    assertTrue(p.get(1).contains("doubled word \"said\""), p.toString());
    assertTrue(p.get(2).contains("tag \"judgment\""), p.toString());
    assertTrue(p.get(3).contains("no-such-list"), p.toString());
  }
}
