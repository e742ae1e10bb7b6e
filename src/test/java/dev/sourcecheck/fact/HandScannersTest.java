package dev.sourcecheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand-written scanners of FactExtractor give what the regular expressions they replace gave. */
class HandScannersTest {
  private static final String ALPHABET = "aZ9 \t\n\u000B.,'’-“”İ\u00A0\u2028Ⅻ½é" + new String(Character.toChars(0x1D400))
      + new String(Character.toChars(0x1F600)) + "\uD800";
  /** The rule set's small title-case words ({@code words-title-small}), as the fact stage reads them. */
  private static final FactWords WORDS = words();
  private static final Set<String> SMALL = WORDS.smallWords();

  private static FactWords words() {
    try {
      return FactWords.of(dev.sourcecheck.engine.RuleSet.load(java.nio.file.Path.of("rules")).lexicons());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String random(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(30);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(4) == 0) {
        b.append(new String[] {"The", "of", "IN", "Into", "vs.", "Up"}[r.nextInt(6)]);
      } else {
        b.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, r.nextInt(ALPHABET.codePointCount(0,
            ALPHABET.length())))));
      }
    }
    return b.toString();
  }

  static boolean titleCaseByRegex(String text) {
    int counted = 0;
    int capital = 0;
    for (String raw : text.split("\\s+")) {
      String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (w.isEmpty() || SMALL.contains(w.toLowerCase(Locale.ROOT)) && counted > 0) {
        continue;
      }
      counted++;
      if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
        capital++;
      }
    }
    return counted >= 2 && capital >= Math.ceil(counted * 0.8);
  }

  @Test
  void theSmallWordsAreTheLexicons() {
    assertEquals(true, SMALL.contains("the") && SMALL.contains("into") && !SMALL.contains("council"), SMALL.toString());
  }

  @Test
  void titleCaseAndWordCountAgreeWithSplitOnWhiteSpaceOnRandomText() {
    Random r = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      String t = random(r);
      assertEquals(t.split("\\s+").length, FactExtractor.splitCount(t), t);
      assertEquals(titleCaseByRegex(t), FactExtractor.titleCase(t, WORDS), t);
    }
  }
}
