package dev.sourcecheck.parse;

import dev.sourcecheck.bench.DataFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared read-only material for tests, through the same locator and CSV reader the benchmark
 * uses (dev.sourcecheck.bench.SharedData, dev.sourcecheck.bench.DataFiles: Commons CSV).
 */
final class SharedData {
  private SharedData() {}

  /** The shared folder: system property {@code sourcecheck.shared}, env {@code SOURCECHECK_SHARED}, then {@code ../shared}; null if none exists. */
  static Path root() {
    return dev.sourcecheck.bench.SharedData.locate(null).orElse(null);
  }

  /** RFC 4180 CSV rows, header included. */
  static List<List<String>> csv(String text) {
    return DataFiles.csv(text);
  }
}
