package dev.sourcecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.bench.Corpus.Doc;
import dev.sourcecheck.bench.StoryGenerator.Story;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoryGeneratorTest {
  private static final Path REPO = Path.of(".");

  private static List<Story> generate(long seed, int articles) {
    return StoryGenerator.fromRepo(REPO, false, seed).generate(articles, 20);
  }

  /**
   * Issue 11: the pool of synthetic names of one length ran out after some 34,000 generated
   * articles and the generator then looped for ever. 60 four-letter names per story need more than
   * the 73,500 two-syllable names after 1,250 stories.
   */
  @Test
  @org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void syntheticNamesNeverRunOut() {
    StringBuilder text = new StringBuilder();
    Set<String> names = new java.util.LinkedHashSet<>();
    String cons = "bdfgklmnprstvz";
    for (int i = 0; names.size() < 60; i++) {
      names.add(Character.toUpperCase(cons.charAt(i % 14)) + "a" + cons.charAt((i / 14) % 14) + "o");
    }
    for (String n : names) {
      text.append("we met ").append(n).append(" in the hall today and talked.\n");
    }
    StoryGenerator g = new StoryGenerator(List.of(List.of(new Doc("t", "test", text.toString()))), Set.of(), 3);
    assertEquals(60, g.templateNames().get(0).size());
    Set<String> synthetic = new HashSet<>();
    List<Story> stories = g.generate(1_300, 1);
    stories.forEach(s -> synthetic.addAll(s.names().values()));
    assertEquals(1_300, stories.size());
    assertEquals(60 * 1_300, synthetic.size(), "every story's names are its own");
  }

  @Test
  void sameSeedGivesTheSameCorpus() {
    List<Story> a = generate(7, 60);
    List<Story> b = generate(7, 60);
    assertEquals(a, b);
  }

  @Test
  void anotherSeedGivesAnotherCorpus() {
    assertNotEquals(generate(7, 20).get(0).articles(), generate(8, 20).get(0).articles());
  }

  @Test
  void makesStoriesOfTheAskedSizeWithUniqueIds() {
    List<Story> stories = generate(1, 45);
    assertEquals(List.of(20, 20, 5), stories.stream().map(s -> s.articles().size()).toList());
    Set<String> ids = new HashSet<>();
    stories.forEach(s -> s.articles().forEach(d -> assertTrue(ids.add(d.id()), "duplicate id " + d.id())));
  }

  @Test
  void detectsThePeopleAndPlacesOfTheSeeds() {
    List<String> names = StoryGenerator.fromRepo(REPO, false, 1).templateNames().get(0);
    for (String n : List.of("Witkoff", "Putin", "Zelensky", "Umerov", "Rubio", "Moscow", "Kyiv", "Florida")) {
      assertTrue(names.contains(n), n + " not among " + names);
    }
    for (String kept : List.of("Monday", "President", "Secretary", "Advertisement", "December")) {
      assertFalse(names.contains(kept), kept + " must not be renamed");
    }
  }

  @Test
  void renamingRemovesEveryOriginalName() {
    Story s = generate(3, 20).get(0);
    assertFalse(s.names().isEmpty());
    for (Doc d : s.articles()) {
      String prose = d.text().replaceAll("https?://\\S+", " ");
      for (String original : s.names().keySet()) {
        assertFalse(Pattern.compile("\\b" + original + "\\b").matcher(prose).find(), original + " left in " + d.id());
      }
    }
    assertTrue(s.articles().get(0).text().contains(s.names().get("Witkoff")));
  }

  @Test
  void distinctStoriesShareNoSyntheticName() {
    List<Story> stories = generate(5, 200);
    Set<String> seen = new HashSet<>();
    for (Story s : stories) {
      for (String synthetic : Set.copyOf(s.names().values())) {
        assertTrue(seen.add(synthetic), synthetic + " reused by story " + s.index());
      }
    }
  }

  @Test
  void datesMoveByWholeWeeksAndNumbersShift() {
    assertEquals("date 2025-12-16 with 12 dead, 1,010 hurt in 2025",
        StoryGenerator.shiftNumbers("date 2025-12-02 with 10 dead, 1,008 hurt in 2025", 2, 2));
    assertEquals("COVID-19 at 10:30 on 9/11, 2.5 percent",
        StoryGenerator.shiftNumbers("COVID-19 at 10:30 on 9/11, 2.5 percent", 2, 2));
  }

  @Test
  void laterRoundsRewriteTheTemplateArticles() {
    Story s = generate(9, 20).get(0);
    assertNotEquals(s.articles().get(0).text(), s.articles().get(15).text());
  }
}
