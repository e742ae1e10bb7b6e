package dev.sourcecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
    String csv = "id,article_content,source\r\n1,\"He said \"\"no\"\", then\nleft.\",x\n2,plain,\"\"\n";
    List<List<String>> r = Csv.parse(csv);
    assertEquals(List.of(List.of("id", "article_content", "source"), List.of("1", "He said \"no\", then\nleft.", "x"),
        List.of("2", "plain", "")), r);
    assertEquals(List.of("He said \"no\", then\nleft.", "plain"), Csv.column(r, "article_content"));
  }

  @Test
  void refusesAnUnterminatedQuote() {
    assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,\"b\n"));
  }

  @Test
  void namesAMissingColumn() {
    var e = assertThrows(IllegalArgumentException.class, () -> Csv.column(Csv.parse("a,b\n1,2\n"), "c"));
    assertEquals("CSV has no column 'c'; header: [a, b]", e.getMessage());
  }
}
