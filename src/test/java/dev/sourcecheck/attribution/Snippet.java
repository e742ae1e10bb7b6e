package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Path;

/** Prints the attribution model's reading of one text given as the argument (a development aid, not a test). */
public final class Snippet {
  public static void main(String[] args) throws Exception {
    LexiconMatcher m = new LexiconMatcher(RuleSet.load(Path.of("rules")).lexicons().values());
    Article a = TextArticleParser.parse("s", "s", args[0].replace("\\n", "\n"));
    Speakers sp = AttributionModel.find(a, m);
    sp.people().forEach(p -> System.out.println("person " + p));
    sp.mentions().forEach(p -> System.out.println("mention " + p));
    sp.statements().forEach(p -> System.out.println("statement " + p));
    for (Quote q : a.quotes()) {
      System.out.println("quote " + q.text() + " -> " + sp.attribution(q.index()));
    }
  }
}
