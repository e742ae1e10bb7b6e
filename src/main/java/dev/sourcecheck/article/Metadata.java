package dev.sourcecheck.article;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about who made the article and when. Any value may be null when the article does
 * not say. Immutable.
 */
public record Metadata(
    String title,
    LocalDate published,
    String source,
    String byline,
    String dateline,
    List<String> contributors,
    List<MetaField> fields) {
  public Metadata {
    contributors = List.copyOf(contributors);
    fields = List.copyOf(fields);
  }

  /** The same values without the fields' places: for comparing what two parses found. */
  public Metadata withoutFields() {
    return new Metadata(title, published, source, byline, dateline, contributors, List.of());
  }

  /** These values where they are known (not null), the ones found in the text elsewhere: for inputs that state them. */
  public Metadata withKnown(String knownTitle, LocalDate knownPublished, String knownSource, String knownByline) {
    return new Metadata(knownTitle != null ? knownTitle : title, knownPublished != null ? knownPublished : published,
        knownSource != null ? knownSource : source, knownByline != null ? knownByline : byline, dateline, contributors,
        fields);
  }

  public static Metadata empty() {
    return new Metadata(null, null, null, null, null, List.of(), List.of());
  }
}
