package dev.sourcecheck.cli;

import dev.sourcecheck.parse.InputFormat;
import picocli.CommandLine.Option;

/** The option shared by {@code audit} and {@code extract} that says how named inputs are read. */
final class InputOptions {
  /** Values of {@code --input-format}. */
  enum Format { auto, text, html, jsonl }

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "How files named here and - are read: auto (by name: .txt, .html/.htm/.html.gz, .jsonl/.jsonl.gz; - is text), text, html or jsonl. Files in folders are always read by name. Default: ${DEFAULT-VALUE}.")
  Format inputFormat;

  InputFormat format() {
    return InputFormat.valueOf(inputFormat.name().toUpperCase(java.util.Locale.ROOT));
  }
}
