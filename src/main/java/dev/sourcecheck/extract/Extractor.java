package dev.sourcecheck.extract;

import dev.sourcecheck.article.Metadata;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.parse.ArticleReader;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputCollector;
import dev.sourcecheck.parse.InputException;
import dev.sourcecheck.parse.InputFormat;
import dev.sourcecheck.parse.html.PageLexicons;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts articles from files, folders, feeds and standard input with the very readers the audit
 * uses ({@link InputCollector}, {@link ArticleReader}): for a web page, its metadata and main text
 * without what the extraction left out. Immutable and thread-safe; never prints.
 */
public final class Extractor {
  private final PageLexicons lexicons;
  private final long maxBytes;
  private final InputFormat format;

  public Extractor(PageLexicons lexicons, long maxBytes, InputFormat format) {
    this.lexicons = lexicons;
    this.maxBytes = maxBytes;
    this.format = format;
  }

  public ExtractReport extract(List<String> paths, InputStream stdin) {
    List<Object> done;
    InputCollector.Collected c;
    try (InputCollector ic = new InputCollector(maxBytes, stdin, format)) {
      c = ic.collect(paths);
      done = c.inputs().parallelStream().map(this::read).toList();
    }
    List<ExtractedArticle> articles = new ArrayList<>();
    List<InputError> errors = new ArrayList<>(c.errors());
    for (Object o : done) {
      if (o instanceof ExtractedArticle a) {
        articles.add(a);
      } else {
        errors.add((InputError) o);
      }
    }
    return new ExtractReport(articles, errors);
  }

  private Object read(Input in) {
    try {
      ArticleReader.Read r = ArticleReader.read(in, lexicons);
      Metadata m = r.article().metadata();
      return new ExtractedArticle(in.id(), in.path(), r.url(), m.title(), m.published(), m.byline(), m.source(),
          r.mainText(), r.article().text());
    } catch (InputException e) {
      return new InputError(in.path(), e.getMessage());
    } catch (RuntimeException e) {
      return new InputError(in.path(), "could not be read: " + e);
    }
  }
}
