package dev.sourcecheck.extract;

import dev.sourcecheck.finding.InputError;
import java.util.List;

/** What {@code extract} produced: the articles in input order and the inputs that could not be read. Immutable. */
public record ExtractReport(List<ExtractedArticle> articles, List<InputError> errors) {
  public ExtractReport {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
  }
}
