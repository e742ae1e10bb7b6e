package dev.sourcecheck.parse.html;

import java.time.LocalDate;

/**
 * What a page says about its article: headline, publication date, byline, outlet and canonical
 * address. Any value may be null when the page does not say. Immutable.
 */
public record PageMetadata(String title, LocalDate published, String byline, String source, String url) {}
