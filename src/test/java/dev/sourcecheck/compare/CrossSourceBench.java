package dev.sourcecheck.compare;

import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A measurement, not a test: the cross-source stage alone (stories, alignment, one Drools session
 * per story) on one story of 50 articles (the five seeds, each repeated ten times with small
 * edits), warm; and on 250, 500 and 1,000 articles in stories of 20 (the seeds with every capitalised
 * word but weekdays, months, titles and sentence openers renamed per story) to show it grows with the articles, not their square. Run:
 * {@code mvn -o -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * dev.sourcecheck.compare.CrossSourceBench}.
 */
public final class CrossSourceBench {
  private CrossSourceBench() {}

  private static final java.util.regex.Pattern CAPS = java.util.regex.Pattern.compile("\\b[A-Z][a-z]{3,}\\b");
  private static final java.util.regex.Pattern KEEP = java.util.regex.Pattern.compile(
      "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|"
          + "September|October|November|December|Advertisement|Also|Read|Source|The|This|That|Meanwhile|After|"
          + "Despite|Just|They|President|Minister|Secretary|Press|Special|Envoy|House|White");

  public static void main(String[] args) throws Exception {
    RuleBase rules = TestRules.ruleBase();
    Auditor auditor = new Auditor(rules, AuditOptions.defaults());
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        seeds.add(Files.readString(p));
      }
    }
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    List<AuditedArticle> story = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String text = seeds.get(i % seeds.size()).replace("Advertisement", "Advertisement " + i);
      story.add(auditor.auditArticle(TextArticleParser.parse("s" + i, "s" + i, text)));
    }
    time("one story of " + size + " articles", auditor, story, 20);
    if (args.length > 0) {
      return;
    }
    for (int n : new int[] {200, 1000}) {
      List<AuditedArticle> feed = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int storyNo = i / 20;
        String text = seeds.get(i % seeds.size());
        // every capitalised word but weekdays and months gets the story's suffix: new people and places
        text = CAPS.matcher(text).replaceAll(m -> KEEP.matcher(m.group()).matches() ? m.group()
            : m.group() + "x" + Integer.toString(storyNo, 26).replace('0', 'q'));
        feed.add(auditor.auditArticle(TextArticleParser.parse("f" + i, "f" + i, text)));
      }
      time(n + " articles in stories of 20", auditor, feed, 3);
    }
  }

  private static void time(String label, Auditor auditor, List<AuditedArticle> results, int runs) {
    int flags = 0;
    for (int i = 0; i < 3; i++) {
      flags = auditor.crossSource(results).size(); // warm-up
    }
    long best = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      long c = mx.getCurrentThreadCpuTime();
      auditor.crossSource(results);
      best = Math.min(best, System.nanoTime() - t);
      bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - c);
    }
    System.out.printf(Locale.ROOT, "%s: cross-source stage %.1f ms wall, %.1f ms CPU of the calling thread (best of %d, warm),"
        + " %d flags, %d stories, load %.1f%n", label, best / 1e6, bestCpu / 1e6, runs, flags,
        Stories.group(results, false, new Vocab(auditor.rules().rules().lexicons())).size(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
