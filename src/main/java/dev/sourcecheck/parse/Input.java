package dev.sourcecheck.parse;

import java.util.Objects;

/**
 * An article to audit: its path as the user named it (for a feed line, {@code file:line}), its id
 * in the run, its bytes (decompressed), what kind of input it is, and what the input states about
 * it besides its text.
 */
public record Input(String path, String id, byte[] bytes, InputKind kind, Stated stated) {
  public Input {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stated, "stated");
  }

  /** A plain-text article. */
  public Input(String path, String id, byte[] bytes) {
    this(path, id, bytes, InputKind.TEXT, Stated.NONE);
  }

  public Input withId(String newId) {
    return new Input(path, newId, bytes, kind, stated);
  }
}
