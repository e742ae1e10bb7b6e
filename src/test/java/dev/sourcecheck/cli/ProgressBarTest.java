package dev.sourcecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar: silent for the first second, then done/total, rate and ETA in place; cleared at the end; never on stdout. */
class ProgressBarTest {
  @Test
  void silentForTheFirstSecondThenDrawsInPlaceAndClearsItself() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    ProgressBar bar = new ProgressBar(new PrintWriter(err), now::get);
    bar.started(100);
    for (int i = 0; i < 10; i++) {
      now.addAndGet(50_000_000L); // 10 articles in half a second
      bar.articleDone();
    }
    assertEquals("", err.toString(), "a run shorter than a second shows nothing");
    now.set(2_000_000_000L);
    bar.articleDone(); // 11 done after 2 s: 5.5/s, 89 left: 16 s
    String drawn = err.toString();
    assertTrue(drawn.startsWith("\rsourcecheck [###-"), drawn);
    assertTrue(drawn.contains("11/100 articles  5.5/s  ETA 16s"), drawn);
    now.set(2_050_000_000L);
    bar.articleDone();
    assertEquals(drawn, err.toString(), "redrawn at most ten times a second");
    bar.finished();
    String all = err.toString();
    assertTrue(all.endsWith("\r"), "the line is cleared");
    assertTrue(all.substring(drawn.length()).strip().isEmpty());
  }

  @Test
  void aShortRunDrawsNothingAtAll() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    ProgressBar bar = new ProgressBar(new PrintWriter(err), now::get);
    bar.started(3);
    bar.articleDone();
    bar.articleDone();
    bar.articleDone();
    bar.finished();
    assertEquals("", err.toString());
  }

  @Test
  void theCommandLineWritesNoProgressWhenStderrIsNotATerminal() {
    MainTest.Run r = MainTest.run("audit", "seeds", "--fail-on", "never");
    assertFalse(r.out().contains("\r") || r.err().contains("\r"), "no progress outside a terminal");
  }
}
