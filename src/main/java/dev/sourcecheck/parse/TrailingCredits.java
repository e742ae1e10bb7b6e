package dev.sourcecheck.parse;

import dev.sourcecheck.article.Span;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A credit closing a line of prose, bracketed ({@code … said. (Reporting by A; Editing by B)}) or
 * not ({@code … said. Reporting by A}): read as the line's contributors and cut off its prose
 * bounds in {@link Meta}. Every scan is bounded to the end of the line. Stateless and thread-safe.
 */
final class TrailingCredits {
  private TrailingCredits() {}

  /** A bracketed credit closing a line of prose ({@code … said. (Reporting by A; Editing by B)}) is cut off. */
  static void cut(String text, int k, Meta meta) {
    int e = meta.end[k];
    char close = text.charAt(e - 1);
    if (close != ')' && close != ']') {
      trailingPlainCredit(text, k, meta);
      return;
    }
    char open = close == ')' ? '(' : '[';
    int o = e - 1;
    int stop = Math.max(meta.start[k], e - MetadataReader.META_MAX);
    while (o > stop && text.charAt(o) != open) {
      o--; // bounded: lastIndexOf would run back to the start of the text on every such line
    }
    if (o <= meta.start[k] || text.charAt(o) != open) {
      return;
    }
    Span span = new Span(o, e);
    if (!MetadataPatterns.TRAILING_CREDIT.matcher(span.of(text)).matches()) {
      return;
    }
    List<String> names = MetadataPatterns.contributors(span.of(text), meta.words);
    if (names.isEmpty()) {
      return;
    }
    meta.credit(span, names);
    int cut = o;
    while (cut > meta.start[k] && Chars.isSpace(text.charAt(cut - 1))) {
      cut--;
    }
    meta.end[k] = cut;
  }

  /** An unbracketed credit after the last sentence of a line ({@code … said. Reporting by A; Editing by B}). */
  private static void trailingPlainCredit(String text, int k, Meta meta) {
    int e = meta.end[k];
    int from = Math.max(meta.start[k], e - 300);
    if (!containsBetween(text, "eporting by", from, e)) {
      return; // a bounded scan: lastIndexOf would run back to the start of the text on every line
    }
    Matcher m = MetadataPatterns.TRAILING_PLAIN_CREDIT.matcher(text).region(from, e);
    m.useTransparentBounds(true);
    if (!m.find() || m.start() <= meta.start[k]) {
      return;
    }
    List<String> names = MetadataPatterns.contributors(m.group(), meta.words);
    if (names.isEmpty()) {
      return;
    }
    meta.credit(new Span(m.start(), e), names);
    int cut = m.start();
    while (cut > meta.start[k] && Chars.isSpace(text.charAt(cut - 1))) {
      cut--;
    }
    meta.end[k] = cut;
  }

  /** Whether {@code needle} occurs inside {@code text[from, to)}; scans that range only. */
  private static boolean containsBetween(String text, String needle, int from, int to) {
    char first = needle.charAt(0);
    for (int i = from; i + needle.length() <= to; i++) {
      if (text.charAt(i) == first && text.startsWith(needle, i)) {
        return true;
      }
    }
    return false;
  }
}
