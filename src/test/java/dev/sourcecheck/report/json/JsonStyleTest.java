package dev.sourcecheck.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/**
 * The Jackson style writes what the hand-made writer it replaced wrote, byte for byte: the same
 * escape for every UTF-16 unit (Commons Text's escapeJson, with '/' left alone), the same layout
 * for nested and empty objects and arrays.
 */
class JsonStyleTest {
  private static String write(Object v) throws IOException {
    StringWriter out = new StringWriter();
    try (var g = JsonStyle.generator(out)) {
      g.writeObject(v);
    }
    return out.toString();
  }

  @Test
  void everyCharacterIsEscapedAsBefore() throws IOException {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= 0xFFFF; c++) {
      all.append((char) c);
    }
    String s = all.toString() + "\uD83D\uDE00 ok";
    String expected = "\"" + StringEscapeUtils.escapeJson(s).replace("\\/", "/") + "\"";
    String actual = write(s);
    int i = 0;
    while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    assertEquals(expected, actual, "first difference at " + i + ": " + expected.substring(Math.max(0, i - 20), Math.min(expected.length(), i + 20)) + " vs " + actual.substring(Math.max(0, i - 20), Math.min(actual.length(), i + 20)));
  }

  @Test
  void layoutIsTwoSpacesOneValueALineEmptyContainersInline() throws IOException {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("a", List.of(1, 2));
    m.put("b", Map.of());
    m.put("c", List.of());
    m.put("d", null);
    m.put("e", Map.of("x", "y"));
    assertEquals("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": [],\n  \"d\": null,\n  \"e\": {\n    \"x\": \"y\"\n  }\n}",
        write(m));
  }
}
