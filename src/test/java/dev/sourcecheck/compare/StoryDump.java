package dev.sourcecheck.compare;

import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.Auditor;
import dev.sourcecheck.TestRules;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the story facts and cross-source findings of articles (a development aid, not a test):
 * arguments are files, or one text with articles separated by " || " as in rule examples.
 */
public final class StoryDump {
  public static void main(String[] args) throws Exception {
    Auditor auditor = new Auditor(TestRules.ruleBase(), AuditOptions.defaults().withStoryAll(System.getenv("ALL") != null));
    Map<String, String> texts = new LinkedHashMap<>();
    if (args.length == 1 && !Files.exists(Path.of(args[0]))) {
      String[] parts = args[0].split(" \\|\\| ");
      for (int i = 0; i < parts.length; i++) {
        texts.put(String.valueOf((char) ('a' + i)), parts[i].replace("[[", "").replace("]]", "").replace("\\n", "\n"));
      }
    } else {
      for (String f : args) {
        texts.put(Path.of(f).getFileName().toString().replaceFirst("\\.txt$", ""), Files.readString(Path.of(f)));
      }
    }
    List<dev.sourcecheck.article.Article> parsed = new ArrayList<>();
    texts.forEach((id, t) -> parsed.add(TextArticleParser.parse(id, id, t)));
    List<AuditedArticle> audited = new ArrayList<>();
    dev.sourcecheck.parse.PublicationDates.fromFeed(parsed).forEach(x -> audited.add(auditor.auditArticle(x)));
    for (AuditedArticle a : audited) {
      a.speakers().people().forEach(p -> System.out.println(a.id() + " person " + p));
      a.speakers().attributions().forEach(p -> System.out.println(a.id() + " attribution " + p));
    }
    String only = System.getenv("ONLY");
    for (List<Object> story : CrossSource.stories(audited, auditor.rules().rules().lexicons(), auditor.options().storyAll())) {
      System.out.println("== story");
      for (Object f : story) {
        if (only == null || f.getClass().getSimpleName().matches(only)) {
          System.out.println("  " + f);
        }
      }
    }
    auditor.auditTexts(texts).findings().stream().filter(f -> f.category().label().matches("contradiction|derived"))
        .forEach(f -> System.out.println("FINDING " + f.rule() + " " + f.location().article() + " \"" + f.location().text()
            + "\" " + f.message()));
  }
}
