package dev.sourcecheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourcecheck.parse.Input;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds benchmark corpora from the project's seeds and fixtures and the third-party texts in the
 * shared data folder ({@code data/fakes/fakes-dev.csv} column {@code article_content},
 * {@code data/zyte/ground-truth-dev.json} field {@code articleBody}). Stateless.
 */
public final class Corpus {
  private Corpus() {}

  /** One benchmark article: a unique id, where its text came from, and the text. */
  public record Doc(String id, String origin, String text) {
    public Doc {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("doc id must not be blank");
      }
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("doc " + id + " has no text");
      }
    }
  }

  /** The seed articles ({@code seeds/*.txt} under {@code repo}), sorted by file name. */
  public static List<Doc> seeds(Path repo) {
    List<Doc> out = new ArrayList<>();
    for (Path p : txtFiles(repo.resolve("seeds"), 1)) {
      out.add(new Doc(stem(p), "seed", read(p)));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no seeds/*.txt under " + repo.toAbsolutePath() + " (run from the project root or pass --repo)");
    }
    return out;
  }

  /** Fixture cases ({@code fixtures/<case>/*.txt}) that hold at least two articles: small multi-article templates. */
  public static List<List<Doc>> fixtureSets(Path repo) {
    Path root = repo.resolve("fixtures");
    List<List<Doc>> sets = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return sets;
    }
    try (Stream<Path> s = Files.list(root)) {
      for (Path dir : s.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals("holdout")).sorted().toList()) {
        List<Doc> set = new ArrayList<>();
        for (Path p : txtFiles(dir, 1)) {
          String text = read(p);
          if (!text.isBlank()) {
            set.add(new Doc(dir.getFileName() + "-" + stem(p), "fixture", text));
          }
        }
        if (set.size() >= 2) {
          sets.add(set);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sets;
  }

  /** The third-party texts of the shared data folder; empty (with a message on {@code log}) when absent. */
  public static List<Doc> thirdParty(Optional<Path> shared, PrintStream log) {
    List<Doc> out = new ArrayList<>();
    if (shared.isEmpty()) {
      log.println("NOTE: shared data folder not found (tried -Dsourcecheck.shared, env SOURCECHECK_SHARED, ../shared):"
          + " corpus falls back to the seeds only");
      return out;
    }
    Path fakes = shared.get().resolve("data/fakes/fakes-dev.csv");
    if (Files.isRegularFile(fakes)) {
      List<String> contents = DataFiles.column(DataFiles.csv(read(fakes)), "article_content");
      for (int i = 0; i < contents.size(); i++) {
        if (!contents.get(i).isBlank()) {
          out.add(new Doc("fakes-" + i, "fakes", contents.get(i)));
        }
      }
    } else {
      log.println("NOTE: " + fakes + " not found; skipped");
    }
    Path zyte = shared.get().resolve("data/zyte/ground-truth-dev.json");
    if (Files.isRegularFile(zyte)) {
      JsonNode pages = DataFiles.json(zyte);
      if (!pages.isObject()) {
        throw new IllegalArgumentException(zyte + ": expected a JSON object of pages");
      }
      for (var it = pages.fields(); it.hasNext(); ) {
        var e = it.next();
        JsonNode body = e.getValue().get("articleBody");
        if (body != null && body.isTextual() && !body.asText().isBlank()) {
          String key = e.getKey();
          out.add(new Doc("zyte-" + key.substring(0, Math.min(12, key.length())), "zyte", body.asText()));
        }
      }
    } else {
      log.println("NOTE: " + zyte + " not found; skipped");
    }
    return out;
  }

  /**
   * Exactly {@code size} articles: the distinct texts (seeds and third-party) in a shuffled order
   * fixed by {@code seed}, cycled as often as needed; repeats get the suffix {@code ~rN} in their id.
   */
  public static List<Doc> mixed(List<Doc> distinct, int size, long seed) {
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException("no texts to build a corpus from");
    }
    List<Doc> order = new ArrayList<>(distinct);
    Collections.shuffle(order, new Random(seed));
    List<Doc> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Doc d = order.get(i % order.size());
      int round = i / order.size();
      out.add(round == 0 ? d : new Doc(d.id() + "~r" + round, d.origin(), d.text()));
    }
    return out;
  }

  /** The docs as audit inputs (UTF-8 bytes; the id doubles as the path). */
  public static List<Input> inputs(List<Doc> docs) {
    List<Input> out = new ArrayList<>(docs.size());
    for (Doc d : docs) {
      out.add(new Input(d.id() + ".txt", d.id(), d.text().getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** Writes the docs as {@code <id>.txt} files under {@code dir} (for timing the CLI on a generated corpus). */
  public static void write(List<Doc> docs, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Doc d : docs) {
      Files.writeString(dir.resolve(d.id().replace('~', '_') + ".txt"), d.text(), StandardCharsets.UTF_8);
    }
  }

  private static List<Path> txtFiles(Path dir, int depth) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir, depth)) {
      return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stem(Path p) {
    String n = p.getFileName().toString();
    return n.substring(0, n.length() - ".txt".length());
  }

  private static String read(Path p) {
    try {
      String t = Files.readString(p, StandardCharsets.UTF_8);
      return t.startsWith("\uFEFF") ? t.substring(1) : t;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }
}
