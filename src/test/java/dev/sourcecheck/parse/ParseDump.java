package dev.sourcecheck.parse;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the parser makes of files, for reading by eye while tuning it (not a test). */
final class ParseDump {
  private ParseDump() {}

  public static void main(String[] args) throws Exception {
    for (String arg : args) {
      Path p = Path.of(arg);
      if (arg.endsWith(".csv")) {
        var rows = SharedData.csv(Files.readString(p));
        int col = rows.get(0).indexOf("article_content");
        for (var row : rows.subList(1, rows.size())) {
          dump(row.get(0), TextArticleParser.parse(row.get(0), arg, row.get(col)));
        }
        continue;
      }
      dump(arg, TextArticleParser.parse(p.getFileName().toString(), arg, Decoder.decode(Files.readAllBytes(p))));
    }
  }

  private static void dump(String arg, Article a) {
    {
      System.out.println("=== " + arg);
      System.out.println("meta: " + a.metadata().title() + " | " + a.metadata().published() + " | "
          + a.metadata().source() + " | " + a.metadata().byline() + " | " + a.metadata().dateline() + " | "
          + a.metadata().contributors());
      for (MetaField f : a.metadata().fields()) {
        System.out.println("  F " + f.kind() + " [" + a.textOf(f.span()) + "] -> " + f.value());
      }
      for (Paragraph para : a.paragraphs()) {
        if (para.kind() != Paragraph.Kind.BODY) {
          System.out.println("  P" + para.index() + " " + para.kind() + " L" + para.firstLine() + ": " + a.textOf(para.span()));
        }
      }
      if (System.getProperty("sentences") != null) {
        for (Sentence s : a.sentences()) {
          System.out.println("  S" + s.index() + " p" + s.paragraph() + ": " + s.text());
        }
      }
      for (Quote q : a.quotes()) {
        System.out.println("  Q" + q.index() + " p" + q.paragraph() + (q.continued() ? " cont" : "") + " L"
            + a.index().line(q.span().start()) + " " + q.mark() + ": " + q.text());
      }
    }
  }
}
