package dev.sourcecheck.report.html;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real headless Chromium driven from the command line: {@code --dump-dom} prints the DOM after
 * the page's scripts ran, {@code --screenshot} writes a PNG. Each call gets a fresh profile
 * folder, is cut off after a minute, and fetches nothing (the flags turn off every background
 * connection). {@link #find()} is null where no Chromium is installed ({@code .ci/run} installs
 * one with {@code apt-get install chromium}).
 */
final class Chromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** The first Chromium on the PATH (or $CHROMIUM), or null. */
  static Chromium find() {
    String env = System.getenv("CHROMIUM");
    if (env != null && Files.isExecutable(Path.of(env))) {
      return new Chromium(Path.of(env));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String n : NAMES) {
        Path p = Path.of(dir, n);
        if (Files.isExecutable(p)) {
          return new Chromium(p);
        }
      }
    }
    return null;
  }

  /** The DOM of {@code page} (a file URL, with an optional #fragment) after its scripts ran. */
  String dumpDom(String url, Path work) throws IOException, InterruptedException {
    return run(work, List.of("--dump-dom", url));
  }

  /** Writes a screenshot of {@code url}, {@code width} by {@code height} pixels, to {@code png}. */
  void screenshot(String url, Path png, int width, int height, Path work) throws IOException, InterruptedException {
    run(work, List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
        url));
  }

  private String run(Path work, List<String> args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--virtual-time-budget=5000", "--user-data-dir=" + profile));
    cmd.addAll(args);
    Path stdout = work.resolve("chromium-" + System.nanoTime() + ".out");
    Path stderr = work.resolve("chromium-" + System.nanoTime() + ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish within 60 s: " + cmd);
    }
    if (p.exitValue() != 0) {
      throw new IOException("chromium exited " + p.exitValue() + ": " + Files.readString(stderr, StandardCharsets.UTF_8));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
