package dev.sourcecheck.parse;

import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Skipped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands what the user named (files, folders searched recursively for {@code *.txt}, {@code -}
 * for standard input) into inputs with unique ids, and says in one line why any could not be read.
 * Nothing is dropped silently: a failed input is an {@link InputError}, a non-article file in a
 * folder a {@link Skipped}. Not thread-safe; use one per run.
 */
public final class InputCollector {
  /** What was collected. */
  public record Collected(List<Input> inputs, List<InputError> errors, List<Skipped> skipped) {}

  private final long maxBytes;
  private final InputStream stdin;
  private final List<Input> inputs = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();

  public InputCollector(long maxBytes, InputStream stdin) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  public Collected collect(List<String> paths) {
    for (String p : paths) {
      if (p.equals("-")) {
        readStdin();
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        walk(p, path);
      } else {
        readFile(p, path);
      }
    }
    return new Collected(withUniqueIds(inputs), List.copyOf(errors), List.copyOf(skipped));
  }

  private void walk(String label, Path dir) {
    List<Path> entries;
    try (Stream<Path> s = Files.walk(dir)) {
      entries = s.filter(x -> !x.equals(dir)).sorted().toList();
    } catch (IOException | RuntimeException e) {
      errors.add(new InputError(label, "cannot list folder: " + reason(e)));
      return;
    }
    int articles = 0;
    Set<Path> skippedDirs = new HashSet<>();
    for (Path e : entries) {
      if (skippedDirs.stream().anyMatch(e::startsWith)) {
        continue;
      }
      String shown = join(label, dir.relativize(e));
      String name = e.getFileName().toString();
      boolean txt = name.toLowerCase(Locale.ROOT).endsWith(".txt");
      if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
        if (txt) {
          errors.add(new InputError(shown, "cannot read: is a folder, not a text file"));
          skippedDirs.add(e);
        }
        continue;
      }
      if (!txt) {
        if (!name.startsWith(".")) {
          skipped.add(new Skipped(shown, "not a .txt article"));
        }
        continue;
      }
      articles++;
      readFile(shown, e);
    }
    if (articles == 0) {
      errors.add(new InputError(label, "folder holds no articles (*.txt)"));
    }
  }

  private static String join(String label, Path rel) {
    String sep = label.endsWith("/") ? "" : "/";
    return label + sep + rel.toString().replace('\\', '/');
  }

  private void readFile(String label, Path path) {
    try {
      if (!Files.exists(path)) {
        errors.add(new InputError(label, "no such file or folder"));
        return;
      }
      if (!Files.isRegularFile(path)) {
        errors.add(new InputError(label, "cannot read: not a regular file"));
        return;
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        errors.add(new InputError(label, "file is " + size + " bytes, over the limit of " + maxBytes
            + " (raise it with --max-bytes)"));
        return;
      }
      inputs.add(new Input(label, baseId(path.getFileName().toString()), Files.readAllBytes(path)));
    } catch (IOException | RuntimeException e) {
      errors.add(new InputError(label, "cannot read: " + reason(e)));
    }
  }

  private void readStdin() {
    try {
      byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        errors.add(new InputError("<stdin>", "input is over the limit of " + maxBytes + " bytes (raise it with --max-bytes)"));
        return;
      }
      inputs.add(new Input("<stdin>", "stdin", bytes));
    } catch (IOException e) {
      errors.add(new InputError("<stdin>", "cannot read: " + reason(e)));
    }
  }

  private static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    if (m != null && m.contains("Is a directory")) {
      return "is a folder";
    }
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
  }

  static String baseId(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** Ids are file names without extension; where two collide, the parent folder's name is prefixed. */
  private static List<Input> withUniqueIds(List<Input> in) {
    Map<String, Integer> counts = new HashMap<>();
    for (Input i : in) {
      counts.merge(i.id(), 1, Integer::sum);
    }
    Set<String> used = new HashSet<>();
    List<Input> out = new ArrayList<>();
    for (Input i : in) {
      String id = i.id();
      if (counts.get(id) > 1) {
        Path parent = Path.of(i.path()).getParent();
        if (parent != null && parent.getFileName() != null) {
          id = parent.getFileName() + "_" + id;
        }
      }
      String unique = id;
      for (int n = 2; !used.add(unique); n++) {
        unique = id + "-" + n;
      }
      out.add(new Input(i.path(), unique, i.bytes()));
    }
    return out;
  }
}
