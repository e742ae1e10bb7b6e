package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the attribution model finds in files given by -Ddump=path,path (a development aid, not a test). */
public final class SpeakerDump {
  public static void main(String[] args) throws Exception {
    LexiconMatcher m = new LexiconMatcher(RuleSet.load(Path.of("rules")).lexicons().values());
    for (String f : args) {
      Article a = TextArticleParser.parse(Path.of(f).getFileName().toString(), f, Files.readString(Path.of(f)));
      Speakers s = AttributionModel.find(a, m);
      System.out.println("=== " + f);
      s.people().forEach(p -> System.out.println("  person " + p));
      for (Quote q : a.quotes()) {
        Attribution at = s.attribution(q.index());
        System.out.println("  L" + a.index().line(q.span().start()) + " quote[" + q.index() + "] " + q.text()
            + "\n      -> " + at.person() + " (" + at.how() + ") cue="
            + (at.cueStart() >= 0 ? a.text().substring(at.cueStart(), at.cueEnd()) : ""));
      }
      s.statements().forEach(st -> System.out.println("  stmt L" + a.index().line(st.cueStart()) + " " + st));
      if (System.getenv("FACTS") != null) {
        dev.sourcecheck.fact.AttributionFacts.extract(a, m).forEach(x -> System.out.println("  fact " + x));
        a.sentences().forEach(x -> System.out.println("  sent " + x.index() + " " + a.paragraphs().get(x.paragraph()).kind() + " " + x.text()));
      }
    }
  }
}
