package dev.sourcecheck.article;

import java.util.List;
import java.util.Objects;

/**
 * A parsed article. {@code text} is the decoded file text (without a byte-order mark); every span
 * of every element indexes it, so {@code span.of(text)} is what the element covers. Immutable and
 * thread-safe.
 *
 * @param id the article's id in its run: the file name without extension, made unique
 * @param path the path as given by the user, or a label such as {@code <stdin>}
 */
public record Article(
    String id,
    String path,
    String text,
    Metadata metadata,
    List<Line> lines,
    List<Paragraph> paragraphs,
    List<Sentence> sentences,
    List<Quote> quotes,
    TextIndex index) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    lines = List.copyOf(lines);
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
    Objects.requireNonNull(index, "index");
  }

  public String textOf(Span span) {
    return span.of(text);
  }

  /** The same article under another id (ids are made unique per run after parsing). */
  public Article withId(String newId) {
    return new Article(newId, path, text, metadata, lines, paragraphs, sentences, quotes, index);
  }

  /**
   * The index of the sentence holding {@code offset}, or -1 outside every sentence (metadata,
   * between sentences). A binary search: sentences are ordered and do not overlap.
   */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return sentences.get(mid).index();
      }
    }
    return -1;
  }

  /** The paragraph of the given kind, or null. */
  public Paragraph first(Paragraph.Kind kind) {
    return paragraphs.stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
  }
}
