package dev.sourcecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniJsonTest {
  @Test
  void readsObjectsArraysStringsWithEscapes() {
    Object v = MiniJson.parse("{\"p\": {\"articleBody\": \"a\\n\\u201cq\\u201d \\\"x\\\"\", \"n\": [1, true, null]}}");
    assertEquals(Map.of("p", Map.of("articleBody", "a\n“q” \"x\"", "n", java.util.Arrays.asList(1.0, true, null))), v);
  }

  @Test
  void namesTheOffsetOfAnError() {
    var e = assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\" 1}"));
    assertEquals("JSON: expected ':' at offset 5", e.getMessage());
  }

  @Test
  void refusesTrailingText() {
    assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("[] x"));
    assertEquals(List.of(), MiniJson.parse(" [ ] "));
  }
}
