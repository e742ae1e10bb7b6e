package dev.sourcecheck.parse;

import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Metadata;
import dev.sourcecheck.article.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Mutable scratch state of one parse ({@link MetadataReader}): metadata found so far and the prose
 * bounds of each line.
 */
final class Meta {
  String title;
  String source;
  String byline;
  String dateline;
  final List<String> contributors = new ArrayList<>();
  final List<MetaField> fields = new ArrayList<>();
  /** The publication dates the text carries, decided at the end. */
  final List<PublicationDates.Candidate> dates = new ArrayList<>();
  /** Where each line's prose starts and ends once glued metadata is cut off. */
  final int[] start;
  final int[] end;
  /** Lines that are wholly metadata. */
  final boolean[] line;

  /** The rule set's word lists the parse reads. */
  final ParseWords words;

  Meta(int lines, ParseWords words) {
    this.words = words;
    start = new int[lines];
    end = new int[lines];
    line = new boolean[lines];
  }

  void add(MetaField.Kind kind, Span span, String value) {
    fields.add(new MetaField(kind, span, value));
  }

  /** The metadata read, the publication date decided among the candidates. */
  Metadata metadata(String text) {
    LocalDate published = PublicationDates.decide(dates, text, fields);
    fields.sort((a, b) -> a.span().compareTo(b.span()));
    return new Metadata(title, published, source, byline, dateline, contributors, fields);
  }

  void credit(Span span, List<String> names) {
    for (String name : names) {
      if (!contributors.contains(name)) {
        contributors.add(name);
      }
    }
    add(MetaField.Kind.CREDIT, span, String.join(", ", names));
  }
}
