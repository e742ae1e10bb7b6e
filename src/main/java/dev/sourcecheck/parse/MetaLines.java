package dev.sourcecheck.parse;

import dev.sourcecheck.article.Line;
import dev.sourcecheck.article.MetaField;
import dev.sourcecheck.article.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The metadata lines of a plain-text article after its header ({@link MetadataReader}): source
 * footers, a date line under the headline, bylines near the top and credit lines anywhere (whole
 * lines, or cut off the end of a line of prose by {@link TrailingCredits}). Stateless and
 * thread-safe; linear in the text.
 */
final class MetaLines {
  private MetaLines() {}

  /** Source footers, bylines near the top and credit lines anywhere (whole lines, or bracketed at a line's end). */
  static void read(String text, List<Line> lines, Meta meta) {
    int nonBlankSeen = 0;
    boolean proseSeen = false; // a date line sits under the headline, before the first sentence of prose
    int lastNonBlank = lines.size() - 1;
    while (lastNonBlank >= 0 && lines.get(lastNonBlank).isBlank()) {
      lastNonBlank--;
    }
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (l.isBlank() || meta.line[k]) {
        continue;
      }
      nonBlankSeen++;
      Span span = new Span(meta.start[k], meta.end[k]);
      if (span.length() > MetadataReader.META_MAX) {
        TrailingCredits.cut(text, k, meta);
        continue;
      }
      String s = span.of(text);
      // cheap tests first: most lines are prose, and a matcher costs more than the scan
      if (s.indexOf("http") > 0) {
        Matcher src = MetadataPatterns.SOURCE_LINE.matcher(s);
        if (src.matches()) {
          meta.line[k] = true;
          meta.source = src.group(1);
          meta.add(MetaField.Kind.SOURCE, span, src.group(1));
          continue;
        }
      }
      if (k == lastNonBlank && s.length() <= 80) {
        Matcher name = MetadataPatterns.SOURCE_NAME_LINE.matcher(s);
        if (name.matches()) {
          meta.line[k] = true;
          if (meta.source == null) {
            meta.source = name.group(1).strip();
          }
          meta.add(MetaField.Kind.SOURCE, span, name.group(1).strip());
          continue;
        }
      }
      if (nonBlankSeen <= 6 && !proseSeen) {
        // a date line under the headline: "Thursday 9 April 2026 14.05 BST", "Updated 09:05 BST, 11 February 2026"
        PublicationDates.Candidate c = PublicationDates.dateLine(s, span);
        if (c != null) {
          meta.line[k] = true;
          meta.dates.add(c);
          meta.add(MetaField.Kind.DATE_LINE, span, s);
          continue;
        }
      }
      if (nonBlankSeen <= 5 && meta.byline == null && "BbWwSsPp".indexOf(s.charAt(0)) >= 0) {
        Matcher by = meta.words.byline.matcher(s);
        String value = by.matches() ? MetadataPatterns.byline(by, meta.words) : null;
        if (value != null) {
          meta.line[k] = true;
          meta.byline = value;
          meta.add(MetaField.Kind.BYLINE, span, value);
          // a dated byline: "By Ruth Okafor | April 9, 2026"
          String trailer = MetadataPatterns.bylineDate(by);
          LocalDate d = trailer == null ? null : MetadataDates.date(trailer);
          if (d != null) {
            meta.dates.add(new PublicationDates.Candidate("the byline", d, null,
                trailer.toLowerCase(Locale.ROOT).contains("updated"), span));
          }
          continue;
        }
      }
      if (nonBlankSeen <= 5 && meta.byline == null && s.length() <= 80) {
        Matcher named = meta.words.nameAndOutlet.matcher(s);
        if (named.matches()) {
          meta.line[k] = true;
          meta.byline = s;
          meta.add(MetaField.Kind.BYLINE, span, s);
          continue;
        }
      }
      proseSeen |= ".!?\"”".indexOf(s.charAt(s.length() - 1)) >= 0;
      boolean credited = false;
      if (mayCredit(s)) {
        for (var credit : MetadataPatterns.credits(meta.words)) {
          if (credit.matcher(s).matches()) {
            List<String> names = MetadataPatterns.contributors(s, meta.words);
            if (!names.isEmpty()) {
              meta.line[k] = true;
              meta.credit(span, names);
              credited = true;
            }
            break;
          }
        }
      }
      if (!credited) {
        TrailingCredits.cut(text, k, meta);
      }
    }
  }

  /** Whether a line can be a credit line at all: it names who contributed, or what was done by whom. */
  private static boolean mayCredit(String s) {
    return s.contains("ontribut") || s.contains("by ") || s.contains("By ") || s.contains("BY ");
  }
}
