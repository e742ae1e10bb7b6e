package dev.sourcecheck.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Fingerprints must never change: the one-pass normalisation equals the regular expressions it replaced. */
class FingerprintTest {
  /** The normalisation as first written, kept as the oracle. */
  private static String byRegex(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
        .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
        .replaceAll("[\u2010-\u2015\u2212]", "-")
        .toLowerCase(Locale.ROOT);
    return t.replaceAll("\\s+", " ").strip();
  }

  @Test
  void normaliseEqualsTheRegularExpressions() throws IOException {
    List<String> cases = new ArrayList<>(List.of("", " ", "\t\n", "  A  b\r\n c ", "\u2018Quoted\u2019 \u201Cdouble\u201D",
        "\u00ABguillemets\u00BB \u2033", "a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h", "ﬁ ligature ①", "İstanbul ΣΑΣ",
        "\u00A0nbsp\u00A0", "\u2028line\u2029sep\u2003em ", "\u000Bvt\fff", "x\u0301 e\u0301"));
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        cases.addAll(List.of(Files.readString(p).split("(?<=[.!?])\\s+")));
      }
    }
    for (String c : cases) {
      assertEquals(byRegex(c), Fingerprint.normalise(c), () -> "for " + c);
    }
  }
}
