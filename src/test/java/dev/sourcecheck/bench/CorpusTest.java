package dev.sourcecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.bench.Corpus.Doc;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CorpusTest {
  @Test
  void readsEveryRecordOfTheSharedData() {
    Optional<Path> shared = SharedData.locate(null);
    Assumptions.assumeTrue(shared.isPresent(), "shared data folder absent (set SOURCECHECK_SHARED): skipped");
    List<Doc> docs = Corpus.thirdParty(shared, new PrintStream(new ByteArrayOutputStream()));
    assertEquals(410, docs.stream().filter(d -> d.origin().equals("fakes")).count());
    assertTrue(docs.stream().filter(d -> d.origin().equals("zyte")).count() >= 80);
  }

  @Test
  void saysWhenTheSharedDataIsAbsent() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    assertEquals(List.of(), Corpus.thirdParty(Optional.empty(), new PrintStream(log, true, StandardCharsets.UTF_8)));
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("falls back to the seeds only"));
  }

  @Test
  void mixedCorpusCyclesTheTextsWithUniqueIds() {
    List<Doc> distinct = List.of(new Doc("a", "seed", "A."), new Doc("b", "seed", "B."), new Doc("c", "seed", "C."));
    List<Doc> corpus = Corpus.mixed(distinct, 7, 1);
    assertEquals(7, corpus.size());
    assertEquals(7, corpus.stream().map(Doc::id).distinct().count());
    assertEquals(corpus, Corpus.mixed(distinct, 7, 1));
    assertEquals(corpus.get(0).text(), corpus.get(3).text());
  }
}
