package dev.sourcecheck.parse;

import java.time.LocalDate;

/**
 * Publication dates written as text ("2019-11-18", "November 18, 2019", "Mon, 18 Nov 2019"), read
 * the way the plain-text parser reads a {@code Published:} header, for readers of other inputs
 * (web pages, feeds). Stateless and thread-safe.
 */
public final class TextDates {
  private TextDates() {}

  /** The date a value starts with (after an optional weekday), or null when none can be read. */
  public static LocalDate parse(String value) {
    return value == null || value.isBlank() ? null : MetadataDates.date(value);
  }
}
