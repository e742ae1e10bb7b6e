package dev.sourcecheck.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Sentence;

/**
 * Fuzzes decoding and parsing with Jazzer. In a plain {@code mvn test} it runs as a regression
 * test over its inputs: the seeds and fixtures (copied in by the build, see the pom's test
 * resources) and every input that once failed, kept in
 * {@code src/test/resources/dev/sourcecheck/parse/ParserFuzzTestInputs/parse/}. With
 * {@code JAZZER_FUZZ=1} it fuzzes (see docs/benchmarks.md, "Fuzzing"). Property: any bytes are
 * either refused by the decoder with a reason or parse into a well-formed article (every element
 * inside the text, in order, windows bounded), within libFuzzer's per-input time limit.
 */
class ParserFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void parse(byte[] input) {
    String text;
    try {
      text = Decoder.decode(input);
    } catch (InputException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank() && e.getMessage().indexOf('\n') < 0);
      return;
    }
    Article a = TextArticleParser.parse("fuzz", "fuzz.txt", text);
    RealTextParsingTest.check("fuzz", a);
    for (Sentence s : a.sentences()) {
      assertTrue(s.span().length() <= Windows.MAX_SENTENCE, "sentence over the window: " + s.span());
    }
    for (Paragraph p : a.paragraphs()) {
      assertTrue(p.kind() == Paragraph.Kind.META || p.span().length() <= Windows.MAX_PARAGRAPH,
          "paragraph over the window: " + p.span());
    }
  }
}
