package dev.sourcecheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.lexicon.Lexicon;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A quotation's {@code soCalled}: a word of {@code words-mention-markers} right before its opening mark. */
class MentionMarkerFactsTest {
  private static List<Boolean> soCalled(String text, Map<String, Lexicon> lexicons) {
    Article a = TextArticleParser.parse("a", "a.txt", text);
    return AttributionFacts.extract(a, new LexiconMatcher(lexicons.values()), FactWords.of(lexicons)).stream()
        .filter(QuoteSpeaker.class::isInstance).map(o -> ((QuoteSpeaker) o).soCalled()).toList();
  }

  @Test
  void theMarkersAreTheRuleSetsList() throws Exception {
    Map<String, Lexicon> lexicons = RuleSet.load(Path.of("rules")).lexicons();
    Map<String, Lexicon> none = new HashMap<>(lexicons);
    none.put(FactWords.MENTION_MARKERS, Lexicon.parse(FactWords.MENTION_MARKERS, ""));
    String text = "The council defended its so-called “efficiency savings” on Tuesday.\n\n"
        + "The striker's so called 'release clause' was never tested in court.\n\n"
        + "The lab called the result “promising” in its report.\n";
    assertEquals(List.of(true, true, false), soCalled(text, lexicons));
    assertEquals(List.of(false, false, false), soCalled(text, none));
  }
}
