package dev.sourcecheck.parse;

import java.util.Objects;

/**
 * An article to audit: its path as the user named it (for a feed line, {@code file:line}), its id
 * in the run, its bytes (decompressed), what kind of input it is, and what the input states about
 * it besides its text. An input collected from a file may come without its bytes ({@code bytes}
 * null) and a {@link Loader} that reads them when needed ({@link #loaded}): a run of any size then
 * holds the bytes of only the inputs it is reading.
 */
public record Input(String path, String id, byte[] bytes, InputKind kind, Stated stated, Loader loader) {
  /** Reads an input's bytes (decompressed, within the size limit) when they are needed; each call reads again. */
  @FunctionalInterface
  public interface Loader {
    byte[] load() throws InputException;
  }

  /**
   * A loader that reads the whole input again, what it states included (a feed line, parsed again
   * from its file): an input collected with one keeps neither its bytes nor its stated fields.
   */
  public interface Whole extends Loader {
    /** The input as first read; its path and id are replaced by those of the input being loaded. */
    Input input() throws InputException;

    @Override
    default byte[] load() throws InputException {
      return input().bytes();
    }
  }

  public Input {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stated, "stated");
    if (bytes == null && loader == null) {
      throw new IllegalArgumentException("an input needs its bytes or a loader of them");
    }
  }

  /** An input whose bytes are in memory. */
  public Input(String path, String id, byte[] bytes, InputKind kind, Stated stated) {
    this(path, id, Objects.requireNonNull(bytes, "bytes"), kind, stated, null);
  }

  /** A plain-text article. */
  public Input(String path, String id, byte[] bytes) {
    this(path, id, bytes, InputKind.TEXT, Stated.NONE);
  }

  public Input withId(String newId) {
    return new Input(path, newId, bytes, kind, stated, loader);
  }

  /** This input with its bytes in memory: itself when they are, else a copy with them read now. */
  public Input loaded() throws InputException {
    if (bytes != null) {
      return this;
    }
    if (loader instanceof Whole w) {
      Input full = w.input();
      return new Input(path, id, full.bytes(), full.kind(), full.stated(), null);
    }
    return new Input(path, id, loader.load(), kind, stated, null);
  }
}
