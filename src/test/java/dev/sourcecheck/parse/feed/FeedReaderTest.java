package dev.sourcecheck.parse.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputKind;
import dev.sourcecheck.parse.Stated;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  static FeedReader.Result read(String feed, long max) {
    return FeedReader.read("news.jsonl", new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), max);
  }

  @Test
  void eachLineIsAnArticleWithTheFieldsItStatesAndUnknownFieldsAreIgnored() {
    FeedReader.Result r = read("""
        {"id": "a1", "url": "https://example.com/a1", "title": "Budget passes", "published": "2024-03-12T10:00:00Z", "source": "The Courier", "byline": "Jane Doe", "text": "The council met.", "tags": ["x"], "score": 3}
        {"html": "<p>Court case</p>", "id": 7}
        """, 1000);
    assertEquals(List.of(), r.errors());
    Input a = r.inputs().get(0);
    assertEquals("news.jsonl:1", a.path());
    assertEquals("a1", a.id());
    assertEquals(InputKind.TEXT, a.kind());
    assertEquals(new Stated("Budget passes", LocalDate.of(2024, 3, 12), "Jane Doe", "The Courier", "https://example.com/a1"),
        a.stated());
    assertArrayEquals("The council met.".getBytes(StandardCharsets.UTF_8), a.bytes());
    Input b = r.inputs().get(1);
    assertEquals("7", b.id());
    assertEquals(InputKind.HTML, b.kind());
  }

  @Test
  void brokenLinesAreReportedWithTheirLineNumbersAndTheOthersAreRead() {
    FeedReader.Result r = read("""
        {"text": "First article."}
        {"text": "cut off
        [1, 2]

        {"title": "No body"}
        {"text": "Last article."}""", 1000);
    assertEquals(List.of("news-1", "news-6"), r.inputs().stream().map(Input::id).toList());
    assertEquals(List.of("news.jsonl:2", "news.jsonl:3", "news.jsonl:5"),
        r.errors().stream().map(InputError::path).toList());
    assertEquals("not a JSON object (each line of a feed is one article object)", r.errors().get(1).message());
    assertEquals("has neither \"text\" nor \"html\" (one of them holds the article)", r.errors().get(2).message());
    assertEquals(true, r.errors().get(0).message().startsWith("not JSON: "), r.errors().get(0).message());
  }

  @Test
  void aLineOverTheLimitIsAnErrorAndTheNextLineIsStillRead() {
    String big = "{\"text\": \"" + "x".repeat(200_000) + "\"}";
    FeedReader.Result r = read(big + "\n{\"text\": \"Short one.\"}\n", 1000);
    assertEquals(List.of(new InputError("news.jsonl:1", "line is 200012 bytes, over the limit of 1000 (raise it with --max-bytes)")),
        r.errors());
    assertEquals(List.of("news.jsonl:2"), r.inputs().stream().map(Input::path).toList());
  }

  @Test
  void aFeedWithNoLinesIsAnError() {
    assertEquals(List.of(new InputError("news.jsonl", "feed holds no articles (no JSON lines)")), read("\n\n", 100).errors());
  }

  @Test
  void aPageFromAFeedIsMarkedUtf8WhateverItsMetaTagSays() {
    FeedReader.Result r = read("{\"html\": \"<meta charset=\\\"iso-8859-1\\\"><p>Caf\u00e9</p>\"}\n", 1000);
    byte[] b = r.inputs().get(0).bytes();
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]));
  }
}
