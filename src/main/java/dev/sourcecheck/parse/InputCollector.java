package dev.sourcecheck.parse;

import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Skipped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

  /** Collects what the user named: paths as typed, {@code -} for standard input. */
  public Collected collect(List<String> paths) {
    for (String p : paths) {
      if (p.equals("-")) {
        readStdin();
        continue;
      }
      if (p.isEmpty()) {
        errors.add(new InputError(p, "an empty path names no file or folder"));
        continue;
      }
      Path path;
      String label = p;
      try {
        path = Path.of(p);
      } catch (InvalidPathException e) {
        // the JVM could not keep the name's bytes in this locale: find them on the command line
        PathNames.Recovered r = PathNames.recover(p);
        path = r == null ? null : r.path();
        label = r == null ? p : r.label();
      }
      if (path == null) {
        errors.add(new InputError(p, "cannot read: the name cannot be represented in this locale's character set"
            + " (run with a UTF-8 locale, e.g. LANG=C.UTF-8)"));
      } else {
        add(label, path);
      }
    }
    return new Collected(withUniqueIds(inputs), List.copyOf(errors), List.copyOf(skipped));
  }

  /** Collects files and folders given as paths (labelled by their names, undecodable bytes read as UTF-8). */
  public Collected collectPaths(List<Path> paths) {
    for (Path p : paths) {
      add(PathNames.display(p), p);
    }
    return new Collected(withUniqueIds(inputs), List.copyOf(errors), List.copyOf(skipped));
  }

  private void add(String label, Path path) {
    if (Files.isDirectory(path)) {
      walk(label, path);
    } else {
      readFile(label, path);
    }
  }

  /**
   * Whether a folder's walk audits the file at {@code relative} (to the folder): an article name
   * ({@code *.txt}, any case) with no hidden part (a name starting with {@code .}) on the way.
   */
  public static boolean collects(Path relative) {
    for (Path part : relative) {
      if (hidden(part)) {
        return false;
      }
    }
    Path name = relative.getFileName();
    return name != null && isArticleName(name.toString());
  }

  private static boolean isArticleName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  private static boolean hidden(Path name) {
    String s = name.toString();
    return s.startsWith(".") && !s.equals(".") && !s.equals("..");
  }

  /** One entry of a folder's walk: its path, and whether it is a folder (links are not followed). */
  private record Entry(Path path, boolean folder) {}

  /**
   * Every file and folder under {@code dir}, hidden ones left out, in path order. A folder that
   * cannot be listed is an error of its own; its siblings are still walked.
   */
  private List<Entry> list(String label, Path dir) {
    List<Entry> found = new ArrayList<>();
    Deque<Path> pending = new ArrayDeque<>();
    pending.push(dir);
    while (!pending.isEmpty()) {
      Path d = pending.pop();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(d)) {
        for (Path e : ds) {
          if (hidden(e.getFileName())) {
            continue; // .git, .DS_Store, editor swap files: never articles (the README says so)
          }
          boolean folder = Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS);
          found.add(new Entry(e, folder));
          if (folder && !isArticleName(e.getFileName().toString())) {
            pending.push(e);
          }
        }
      } catch (IOException | RuntimeException e) {
        String shown = d.equals(dir) ? label : join(label, dir.relativize(d));
        errors.add(new InputError(shown, "cannot list folder: " + reason(e)));
      }
    }
    found.sort((a, b) -> a.path().compareTo(b.path()));
    return found;
  }

  private void walk(String label, Path dir) {
    int errorsBefore = errors.size();
    int articles = 0;
    for (Entry en : list(label, dir)) {
      Path e = en.path();
      String shown = join(label, dir.relativize(e));
      boolean txt = isArticleName(e.getFileName().toString());
      if (en.folder()) {
        if (txt) {
          errors.add(new InputError(shown, "cannot read: is a folder, not a text file"));
        }
        continue;
      }
      if (!txt) {
        skipped.add(new Skipped(shown, "not a .txt article"));
        continue;
      }
      articles++;
      readFile(shown, e);
    }
    if (articles == 0 && errors.size() == errorsBefore) {
      errors.add(new InputError(label, "folder holds no articles (*.txt)"));
    }
  }

  private static String join(String label, Path rel) {
    String sep = label.endsWith("/") ? "" : "/";
    return label + sep + PathNames.display(rel).replace('\\', '/');
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
      inputs.add(new Input(label, baseId(PathNames.display(path.getFileName())), Files.readAllBytes(path)));
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

  /** The name of the folder holding {@code label} (a path as shown), or null; by text: the label may name no real path. */
  static String parentName(String label) {
    String l = label.replace('\\', '/');
    int slash = l.lastIndexOf('/');
    if (slash <= 0) {
      return null;
    }
    String parent = l.substring(0, slash);
    while (parent.endsWith("/")) {
      parent = parent.substring(0, parent.length() - 1);
    }
    String name = parent.substring(parent.lastIndexOf('/') + 1);
    return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
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
        String parent = parentName(i.path());
        if (parent != null) {
          id = parent + "_" + id;
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
