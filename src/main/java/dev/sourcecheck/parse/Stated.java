package dev.sourcecheck.parse;

import java.time.LocalDate;

/**
 * What an input states about its article outside the text (the fields of a feed line): headline,
 * publication date, byline, outlet and address. Any value may be null; stated values take
 * precedence over what the text or page says. Immutable.
 */
public record Stated(String title, LocalDate published, String byline, String source, String url) {
  public static final Stated NONE = new Stated(null, null, null, null, null);
}
