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
 * @param layout for an article read from a web page, how its text maps onto the page; null otherwise
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
    TextIndex index,
    PageLayout layout) {
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

  /** A plain-text article (no page layout). */
  public Article(String id, String path, String text, Metadata metadata, List<Line> lines, List<Paragraph> paragraphs,
      List<Sentence> sentences, List<Quote> quotes, TextIndex index) {
    this(id, path, text, metadata, lines, paragraphs, sentences, quotes, index, null);
  }

  public String textOf(Span span) {
    return span.of(text);
  }

  /** The same article under another id (ids are made unique per run after parsing). */
  public Article withId(String newId) {
    return new Article(newId, path, text, metadata, lines, paragraphs, sentences, quotes, index, layout);
  }

  /** The same article with other metadata (for inputs that state theirs). */
  public Article withMetadata(Metadata newMetadata) {
    return new Article(id, path, text, newMetadata, lines, paragraphs, sentences, quotes, index, layout);
  }

  /** The same article with other metadata and paragraph kinds, and a page layout (for readers of web pages). */
  public Article withPage(Metadata newMetadata, List<Paragraph> newParagraphs, PageLayout newLayout) {
    return new Article(id, path, text, newMetadata, lines, newParagraphs, sentences, quotes, index, newLayout);
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
