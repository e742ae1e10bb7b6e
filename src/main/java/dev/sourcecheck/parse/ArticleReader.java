package dev.sourcecheck.parse;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Metadata;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.parse.html.HtmlReader;
import dev.sourcecheck.parse.html.Page;
import dev.sourcecheck.parse.html.PageArticle;
import dev.sourcecheck.parse.html.PageLexicons;
import java.util.stream.Collectors;

/**
 * Turns an input into its article, by the input's kind: plain text through {@link
 * TextArticleParser}, a web page through {@link HtmlReader} and {@link PageArticle}. What the
 * input states (a feed line's fields) takes precedence over what the text says. The same code
 * serves {@code audit} and {@code extract}. Stateless and thread-safe.
 */
public final class ArticleReader {
  private ArticleReader() {}

  /**
   * An input read: the audited article, the main text alone (what {@code extract} prints: for a
   * page, the main text without the left-out lines; for plain text, the paragraphs that are not
   * headline or metadata), and the article's address when known.
   */
  public record Read(Article article, String mainText, String url) {}

  public static Read read(Input collected, PageLexicons lexicons) throws InputException {
    Input in = collected.loaded(); // an input collected without its bytes reads them now
    Stated st = in.stated();
    if (in.kind() == InputKind.HTML) {
      Page page = HtmlReader.read(in.bytes(), lexicons);
      Article a = PageArticle.of(in.id(), in.path(), page, lexicons.words());
      String url = st.url() != null ? st.url() : page.metadata().url();
      return new Read(withStated(a, st), page.mainText(), url);
    }
    String text = Decoder.decode(in.bytes());
    Article a = withStated(TextArticleParser.parse(in.id(), in.path(), text, lexicons.words()), st);
    String body = a.paragraphs().stream()
        .filter(p -> p.kind() == Paragraph.Kind.BODY || p.kind() == Paragraph.Kind.DECK)
        .map(p -> p.span().of(text))
        .collect(Collectors.joining("\n\n"));
    String source = a.metadata().source();
    String url = st.url() != null ? st.url() : source != null && source.startsWith("http") ? source : null;
    return new Read(a, body, url);
  }

  private static Article withStated(Article a, Stated st) {
    if (st == Stated.NONE) {
      return a;
    }
    String source = st.source() != null ? st.source() : st.url();
    Metadata m = a.metadata().withKnown(st.title(), st.published(), source, st.byline());
    return a.withMetadata(m);
  }
}
