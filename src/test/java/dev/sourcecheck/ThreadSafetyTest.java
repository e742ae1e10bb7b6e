package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.bench.Shapes;
import dev.sourcecheck.report.JsonReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link Auditor} shared by 8 threads, each auditing a mix of inputs (seeds, fixture articles,
 * pathological shapes, bad bytes) in its own order, gives exactly the reports a single thread gives
 * for the same inputs: the Auditor is thread-safe, as its javadoc says.
 */
@Timeout(300)
class ThreadSafetyTest {
  static Map<String, String> mixedInputs() throws IOException {
    Map<String, String> in = new LinkedHashMap<>();
    try (Stream<Path> s = Stream.concat(Files.list(Path.of("seeds")), Files.walk(Path.of("fixtures")))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(30).toList()) {
        in.put(p.toString().replace('/', '_'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    for (Shapes.Shape shape : Shapes.ALL) {
      in.put(shape.name(), shape.article(3_000));
    }
    in.put("blank", "\u00a0\n\n");
    in.put("controls", "a\u0001b\u0002c\u0003d\u0004e\u0005f\u0006g\u0007h\u0008i\u000bj\u000ek\u000fl\u0010m\u0011n");
    in.put("lone-cr", "Title: Council approves budget\rPublished: 2025-12-01\r\rThe council met.\r\rAdvertisement\r\rIt voted.\r");
    return in;
  }

  @Test
  void eightThreadsGiveTheSingleThreadedReports() throws Exception {
    Auditor auditor = TestRules.auditor();
    Map<String, String> inputs = mixedInputs();
    List<String> ids = new ArrayList<>(inputs.keySet());
    Map<String, String> expected = new LinkedHashMap<>();
    for (String id : ids) {
      expected.put(id, JsonReport.render(auditor.auditTexts(Map.of(id, inputs.get(id)))));
    }
    String expectedAll = JsonReport.render(auditor.auditTexts(inputs));
    assertTrue(expectedAll.contains("\"errors\": ["), "the mix includes bad inputs");

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          List<String> mismatches = new ArrayList<>();
          List<String> order = new ArrayList<>(ids);
          Collections.shuffle(order, new Random(thread));
          for (String id : order) {
            if (!expected.get(id).equals(JsonReport.render(auditor.auditTexts(Map.of(id, inputs.get(id)))))) {
              mismatches.add("thread " + thread + ": " + id);
            }
          }
          if (thread % 4 == 0 && !expectedAll.equals(JsonReport.render(auditor.auditTexts(inputs)))) {
            mismatches.add("thread " + thread + ": all inputs together");
          }
          return mismatches;
        }));
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> f : futures) {
        mismatches.addAll(f.get());
      }
      assertEquals(List.of(), mismatches);
    } finally {
      pool.shutdownNow();
    }
  }
}
