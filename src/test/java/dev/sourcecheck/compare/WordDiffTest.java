package dev.sourcecheck.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Both directions of a comparison from one table give exactly what two separate comparisons gave
 * (the reference is the comparison as it was), ties of the longest run included: random quotations
 * over a small vocabulary (many ties and repeats), empty ones and ones past the 400-word cap.
 */
class WordDiffTest {
  private static QuoteText text(List<String> words) {
    List<String> shown = words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
    return new QuoteText(words, shown, List.of(words));
  }

  private static List<String> random(Random r, int max, int vocab) {
    List<String> out = new ArrayList<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.add("w" + r.nextInt(vocab));
    }
    return out;
  }

  private static void same(QuoteText a, QuoteText b) {
    WordDiff.Result[] both = WordDiff.both(a, b);
    assertEquals(ReferenceWordDiff.compare(a, b), both[0], a.words() + " vs " + b.words());
    assertEquals(ReferenceWordDiff.compare(b, a), both[1], b.words() + " vs " + a.words());
    assertEquals(both[0], WordDiff.compare(a, b));
  }

  @Test
  void bothDirectionsAsTwoComparisons() {
    Random r = new Random(11);
    for (int k = 0; k < 20_000; k++) {
      int vocab = 1 + r.nextInt(k % 3 == 0 ? 3 : 12);
      same(text(random(r, 14, vocab)), text(random(r, 14, vocab)));
    }
    for (int k = 0; k < 20; k++) {
      same(text(random(r, 450, 30)), text(random(r, 450, 30)));
    }
    same(text(List.of()), text(List.of()));
    same(text(List.of("a")), text(List.of()));
  }

  @Test
  void aRewordedQuotation() {
    QuoteText a = text(List.of("we", "worked", "so", "hard", "on", "this"));
    QuoteText b = text(List.of("we", "worked", "diligently", "on", "this"));
    assertEquals("WE WORKED [-SO HARD-] {+DILIGENTLY+} ON THIS", WordDiff.compare(a, b).diff());
    same(a, b);
  }
}
