package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.engine.RuleSet;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.parse.TextArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Prints what the attribution model finds (a development aid, not a test): for each file or each
 * {@code *.txt} of a folder given as an argument, one tab-separated line per quotation: article,
 * start, end, how, speaker name, cue text.
 */
public final class SpeakerDump {
  public static void main(String[] args) throws Exception {
    LexiconMatcher m = new LexiconMatcher(RuleSet.load(Path.of("rules")).lexicons().values());
    for (String f : args) {
      Path p = Path.of(f);
      try (Stream<Path> s = Files.isDirectory(p) ? Files.list(p).sorted() : Stream.of(p)) {
        for (Path file : s.toList()) {
          String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
          Article a = TextArticleParser.parse(id, file.toString(), Files.readString(file));
          Speakers sp = AttributionModel.find(a, m);
          for (Quote q : a.quotes()) {
            Attribution at = sp.attribution(q.index());
            Person who = sp.person(at.person());
            String name = who == null ? "" : who.name();
            for (Statement st : sp.statements()) {
              if (who == null && at.how().equals("vague") && st.cueStart() == at.cueStart()) {
                name = st.source().text();
              }
            }
            String cue = at.cueStart() >= 0 ? a.text().substring(at.cueStart(), at.cueEnd()) : "";
            System.out.println(id + "\t" + q.span().start() + "\t" + q.span().end() + "\t" + at.how() + "\t"
                + name + "\t" + cue.replace('\n', ' '));
          }
        }
      }
    }
  }
}
