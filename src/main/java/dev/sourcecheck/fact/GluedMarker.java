package dev.sourcecheck.fact;

/**
 * A marker or prompt from {@code lexicons/glued-markers.txt} that a scraper glued to the prose
 * with no space ("ended.Advertisement", "SponsoredThe council"): {@code [start, end)} is the
 * marker (with a colon that follows it), {@code term} the entry it matched, and {@code glued}
 * which side touches prose: {@code before}, {@code after} or {@code both}.
 */
public record GluedMarker(String article, int line, int start, int end, String text, String term, String glued) {}
