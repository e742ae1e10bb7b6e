package dev.sourcecheck.parse;

/**
 * How inputs named on the command line (and standard input) are read: by their file name ({@code
 * auto}; standard input is then plain text), or all as one kind. Files found in folders are always
 * read by their names.
 */
public enum InputFormat {
  AUTO(null),
  TEXT(InputKind.TEXT),
  HTML(InputKind.HTML),
  JSONL(InputKind.JSONL);

  private final InputKind kind;

  InputFormat(InputKind kind) {
    this.kind = kind;
  }

  /** The kind this format forces, or null for {@code auto}. */
  public InputKind kind() {
    return kind;
  }
}
