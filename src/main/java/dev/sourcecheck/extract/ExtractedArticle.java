package dev.sourcecheck.extract;

import java.time.LocalDate;

/**
 * One article as extracted: its id in the run and path, canonical address, headline, publication
 * date, byline, outlet ({@code source}) and main text. Any metadata may be null. {@code audited} is
 * the text the audit reads, whose lines and columns findings give (for a page: headline, header
 * fields, main text and the compact lines of what was left out). Immutable.
 */
public record ExtractedArticle(String id, String path, String url, String title, LocalDate published, String byline,
    String source, String text, String audited) {}
