package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the attribution cues the model finds (a development aid, not a test): for each argument,
 * a file, or with {@code -e} the text itself, one tab-separated line per {@link StatementFact}:
 * start, end, kind, tag, speech, head, headTag, quantity, definite, capitalised, basis, source, cue.
 */
public final class StatementDump {
  public static void main(String[] args) throws Exception {
    LexiconMatcher m = new LexiconMatcher(RuleSet.load(Path.of("rules")).lexicons().values());
    FactWords fw = FactWords.of(RuleSet.load(Path.of("rules")).lexicons());
    boolean inline = false;
    for (String f : args) {
      if (f.equals("-e")) {
        inline = true;
        continue;
      }
      Path path = Path.of(f);
      java.util.List<Path> files = inline ? java.util.List.of(path) : Files.isDirectory(path)
          ? Files.list(path).filter(q -> q.toString().endsWith(".txt")).sorted().toList() : java.util.List.of(path);
      for (Path file : files) {
      String text = inline ? f.replace("\\n", "\n") : Files.readString(file);
      String id = inline ? "x" : file.getFileName().toString().replaceFirst("\\.txt$", "");
      Article a = TextArticleParser.parse(id, id, text);
      for (Object o : AttributionFacts.extract(a, m, fw)) {
        if (o instanceof StatementFact s) {
          System.out.println((inline ? "" : id + "\t") + "p=" + s.person() + "\t" + s.start() + "\t" + s.end() + "\t" + s.kind() + "\t" + s.tag() + "\tspeech=" + s.speech()
              + "\t" + s.head() + "/" + s.headTag() + "\tq=" + s.quantity() + "\tdef=" + s.definite() + "\tcap="
              + s.capitalised() + "\tbasis=" + s.basis() + "\tnamed=" + s.sourceNamed() + "\t[" + s.source() + "]\t<"
              + s.cue().replace('\n', ' ') + ">\tvague=" + s.vague() + "\tpart=" + s.participle());
        }
      }
      }
    }
  }
}
