package dev.sourcecheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.lexicon.Lexicon;
import dev.sourcecheck.parse.TextArticleParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class GluedMarkersTest {
  static final GluedMarkers FINDER =
      GluedMarkers.of(Lexicon.parse("glued-markers", "advertisement\nsponsored\nshare this\nrelated\n"));

  static List<String> found(String text) {
    return FINDER.find(TextArticleParser.parse("a", "a", text)).stream().map(g -> g.text() + "/" + g.glued()).toList();
  }

  @Test
  void aMarkerGluedAfterPunctuationOrToTheNextWordIsFoundAndOnlyIt() {
    assertEquals(List.of("Advertisement/before"), found("The meeting ended.Advertisement\n"));
    assertEquals(List.of("Share this:/before"), found("She was quoted.Share this:\n"));
    assertEquals(List.of("Sponsored/after"), found("SponsoredThe council met.\n"));
    assertEquals(List.of("ADVERTISEMENT/both"), found("Shares fell.ADVERTISEMENTAnalysts were surprised.\n"));
  }

  @Test
  void proseThatOnlyLooksGluedIsLeftAlone() {
    assertEquals(List.of(), found("The talks ended.Related issues remain open.\n"));
    assertEquals(List.of(), found("Sponsorship rose in May.\n"));
    assertEquals(List.of(), found("The advertisement ran.\n"));
    assertEquals(List.of(), found("Advertisement\n"));
  }

  @Test
  void noLexiconFindsNothing() {
    assertEquals(List.of(), GluedMarkers.of(null).find(TextArticleParser.parse("a", "a", "ended.Advertisement\n")));
  }
}
