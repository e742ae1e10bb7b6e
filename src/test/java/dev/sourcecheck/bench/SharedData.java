package dev.sourcecheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared read-only data folder ({@code shared/}, holding {@code data/}): system
 * property {@code sourcecheck.shared}, then env {@code SOURCECHECK_SHARED}, then {@code ../shared}
 * relative to the working directory. Stateless.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, if one of the candidates exists and holds {@code data/}. */
  public static Optional<Path> locate(String explicit) {
    String[] candidates = {
      explicit, System.getProperty("sourcecheck.shared"), System.getenv("SOURCECHECK_SHARED"), "../shared"
    };
    for (String c : candidates) {
      if (c != null && !c.isBlank() && Files.isDirectory(Path.of(c, "data"))) {
        return Optional.of(Path.of(c).toAbsolutePath().normalize());
      }
    }
    return Optional.empty();
  }
}
