package dev.sourcecheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scanners of AttributionFacts give what the regular expressions they replace gave. */
class AttributionHandScannersTest {
  private static final String ALPHABET = "aZt9 \t\n.,'’-İ\u00A0Ⅻ½é" + new String(Character.toChars(0x1D400))
      + new String(Character.toChars(0x1F600)) + "\uD800";

  static String random(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(60);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(4) == 0) {
        b.append(new String[] {"the", "The", "of", "AND", "said", "officials", "Week"}[r.nextInt(7)]);
      } else {
        b.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, r.nextInt(ALPHABET.codePointCount(0,
            ALPHABET.length())))));
      }
    }
    return b.toString();
  }

  static Set<String> contentWordsByRegex(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = Pattern.compile("[\\p{L}][\\p{L}'’-]{3,}").matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!ClaimFacts.STOP.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  static boolean englishByRegex(String text) {
    Set<String> english = Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "was",
        "said", "it", "as", "by");
    Matcher m = Pattern.compile("\\p{L}+").matcher(text);
    int n = 0;
    int hits = 0;
    while (m.find() && n < 2000) {
      n++;
      if (english.contains(m.group().toLowerCase(Locale.ROOT))) {
        hits++;
      }
    }
    return n < 20 || hits >= 0.12 * n;
  }

  @Test
  void englishAgreesWithItsExpressionOnRandomText() {
    Random r = new Random(13);
    int english = 0;
    for (int i = 0; i < 100_000; i++) {
      String t = random(r) + random(r) + random(r);
      assertEquals(englishByRegex(t), AttributionFacts.english(t), t);
      english += AttributionFacts.english(t) ? 1 : 0;
    }
    assertEquals(true, english > 1000 && english < 99_000, "both answers occur: " + english);
  }

  @Test
  void contentWordsAgreeWithTheirExpressionOnRandomText() {
    Random r = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      String t = random(r);
      assertEquals(contentWordsByRegex(t), ClaimFacts.contentWords(t), t);
    }
  }
}
