package dev.sourcecheck.cli;

import static dev.sourcecheck.cli.MainTest.run;
import static dev.sourcecheck.cli.MainTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourcecheck.report.ReportSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adopt on an existing archive, fail only on new findings: --write-baseline records a run,
 * --baseline reports (and --fail-on judges) only findings it does not hold, survives edits
 * elsewhere in an article, and lists what is gone as fixed.
 */
class BaselineWorkflowTest {
  static final String ARTICLE = "Title: Court delays ruling\nPublished: 2025-03-02\nBy: Ann Webb\n\n"
      + "The court is said to have delayed its ruling until Monday.\n\nAdvertisement\n\n"
      + "Judge Ann Webb said the case would resume in May.\n";

  @Test
  void adoptThenFailOnlyOnNewFindings(@TempDir Path dir) throws IOException {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Path article = write(archive, "court.txt", ARTICLE);
    Path base = dir.resolve("baseline.json");
    MainTest.Run adopt = run("audit", archive.toString(), "--fail-on", "warning", "--write-baseline", base.toString());
    assertEquals(ExitCode.FINDINGS, adopt.code(), "the archive has a warning today");
    assertTrue(Files.readString(base).contains("\"schema\": \"sourcecheck.baseline/1\""));

    // unchanged, and then edited elsewhere: nothing new, nothing fails
    MainTest.Run same = run("audit", archive.toString(), "--fail-on", "warning", "--baseline", base.toString(),
        "--format", "json");
    assertEquals(ExitCode.OK, same.code(), same.out());
    JsonNode r = ReportSchema.assertValid(same.out());
    assertEquals(0, r.get("findings").size());
    assertEquals(4, r.get("summary").get("baseline").get("known").asInt(),
        "the vague source, the headline that drops its hedge (info), the advertisement, no source line");
    Files.writeString(article, ARTICLE.replace("By: Ann Webb\n\n", "By: Ann Webb\n\nA new first paragraph about the weather.\n\n"));
    assertEquals(ExitCode.OK, run("audit", archive.toString(), "--fail-on", "warning", "--baseline", base.toString()).code(),
        "an edit elsewhere in the article moves the offsets, not the fingerprints");

    // a new vague source fails; the removed advertisement is listed as fixed
    Files.writeString(article, ARTICLE.replace("Advertisement\n\n", "The judge is said to be ill.\n\n"));
    MainTest.Run fresh = run("audit", archive.toString(), "--fail-on", "warning", "--baseline", base.toString(),
        "--format", "json");
    assertEquals(ExitCode.FINDINGS, fresh.code());
    JsonNode f = ReportSchema.assertValid(fresh.out());
    assertEquals(1, f.get("findings").size(), fresh.out());
    assertEquals("is said to", f.get("findings").get(0).get("text").asText());
    JsonNode fixed = f.get("summary").get("baseline").get("fixed");
    assertEquals(1, fixed.size());
    assertEquals("boilerplate.advertisement", fixed.get(0).get("rule").asText());
    MainTest.Run text = run("audit", archive.toString(), "--fail-on", "never", "--baseline", base.toString());
    assertTrue(text.out().contains("3 known finding(s) not shown, 1 fixed since\n  fixed: boilerplate.advertisement in court"),
        text.out());
  }

  @Test
  void aBaselineThatIsNotOneIsAUsageError(@TempDir Path dir) throws IOException {
    Path article = write(dir, "court.txt", ARTICLE);
    Path bad = write(dir, "b.json", "{\"schema\": \"something else\", \"findings\": []}");
    MainTest.Run r = run("audit", article.toString(), "--baseline", bad.toString());
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("--baseline " + bad + ": not a baseline file"), r.err());
    assertEquals(ExitCode.USAGE, run("audit", article.toString(), "--baseline", dir.resolve("nope.json").toString()).code());
  }
}
