package dev.sourcecheck.attribution;

/**
 * Phrases that say where something happened, not who spoke: a place after a preposition ("a
 * television ad in Indiana titled", "a press conference in Leeds, England, calling"), and a region
 * in apposition to the place before it ("his golf club in Jupiter, Fla. — “…”", "at a rally in
 * Concord, N.H., a girl held up a sign", a dateline "JUPITER, Fla. —"). A place is a gazetteer
 * entry ({@code places}) or a capitalised run a region follows. Stateless.
 */
final class Places {
  /** Words a region after a place's comma may hold ("Fla.", "N.H.", "New Mexico"). */
  private static final int MAX_REGION = 2;
  /** Letters of a region's abbreviation, without dots ("Calif", "Mass", "N.H"). */
  private static final int MAX_ABBREVIATION = 5;
  /** Words of a place's capitalised run before a region ("Palm Beach Gardens, Fla."). */
  private static final int MAX_PLACE = 4;

  private Places() {}

  /** Words {@code [i, e]} name where something happened: a region in apposition, or a place after a preposition. */
  static boolean where(ArticleIndex x, int i, int e) {
    if (i < 0 || e < i || e >= x.size) {
      return false;
    }
    if (region(x, i, e)) {
      return true;
    }
    int f = i;
    if (Lists.definite(x.function(f)) && f < e) {
      f++; // "in the United States"
    }
    return afterPreposition(x, i) && (gazetteer(x, f, e) || regionAfter(x, e));
  }

  /** Word {@code i} follows a preposition in its sentence, spaces only between. */
  private static boolean afterPreposition(ArticleIndex x, int i) {
    return i > 0 && x.spaced(i) && "prep".equals(x.function(i - 1)) && x.sentenceOf(i - 1) == x.sentenceOf(i)
        && !x.quoted(i - 1);
  }

  /** Every word of {@code [i, e]} lies in one gazetteer entry ("New Hampshire", "Indiana"). */
  private static boolean gazetteer(ArticleIndex x, int i, int e) {
    var m = x.from(i, Lists.PLACES);
    return m != null && m.last() >= e && x.capitalised(i);
  }

  /** A region in apposition follows word {@code e}: "Jupiter, Fla.", "Concord, N.H.". */
  private static boolean regionAfter(ArticleIndex x, int e) {
    if (e + 1 >= x.size || !x.gapHas(e + 1, ",") || x.sentenceOf(e + 1) != x.sentenceOf(e) || x.quoted(e + 1)) {
      return false;
    }
    int r = e + 1;
    while (r + 1 < x.size && r - e < MAX_REGION && x.spaced(r + 1) && x.capitalised(r + 1)) {
      r++;
    }
    return regionWords(x, e + 1, r) && closed(x, r);
  }

  /**
   * Words {@code [i, e]} are a region in apposition to the place before the comma: short,
   * capitalised, a gazetteer entry or an abbreviation, closed by a comma, a dash or the sentence's
   * end, after a place's capitalised run that follows a preposition, opens its paragraph (a
   * dateline) or is a gazetteer entry itself.
   */
  private static boolean region(ArticleIndex x, int i, int e) {
    if (e - i >= MAX_REGION || i < 1 || !x.gapHas(i, ",") || x.gapHas(i, "\n") || x.sentenceOf(i - 1) != x.sentenceOf(i)
        || x.quoted(i - 1) || !x.capitalised(i - 1) || !regionWords(x, i, e) || !closed(x, e)) {
      return false;
    }
    int p = i - 1;
    if (x.is(p, Lists.PLACES)) {
      return true;
    }
    int s = p;
    while (s - 1 >= 0 && p - s < MAX_PLACE && x.spaced(s) && x.capitalised(s - 1)) {
      s--;
    }
    return afterPreposition(x, s) || s == 0 || x.paragraphOf(s - 1) != x.paragraphOf(s);
  }

  /** Words {@code [i, e]} are a gazetteer entry, or capitalised abbreviations ("Fla.", "N.H.", "Calif."). */
  private static boolean regionWords(ArticleIndex x, int i, int e) {
    if (gazetteer(x, i, e)) {
      return true;
    }
    for (int k = i; k <= e; k++) {
      String w = x.words.word(k).replace(".", "");
      if (!x.capitalised(k) || w.length() > MAX_ABBREVIATION || !x.text.startsWith(".", x.words.end(k))
          && !x.words.word(k).contains(".")) {
        return false;
      }
    }
    return true;
  }

  /** A comma, a dash, a quotation or the sentence's end follows word {@code e}. */
  private static boolean closed(ArticleIndex x, int e) {
    return e + 1 >= x.size || x.sentenceOf(e + 1) != x.sentenceOf(e) || x.gapHas(e + 1, ",—–-\"“;:")
        || x.quoted(e + 1) != x.quoted(e);
  }
}
