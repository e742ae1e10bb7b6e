package dev.sourcecheck.parse;

import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.parse.feed.FeedReader;
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
import java.util.List;

/**
 * Expands what the user named (files, folders searched recursively for articles: {@code *.txt},
 * web pages {@code *.html}, {@code *.htm}, {@code *.html.gz}, and JSON Lines feeds {@code *.jsonl},
 * {@code *.jsonl.gz}; {@code -} for standard input) into inputs with unique ids, and says in one
 * line why any could not be read. Each kind is read by its own reader (a feed becomes one input per
 * line, by {@link FeedReader}). Nothing is dropped silently: a failed input is an {@link
 * InputError}, a non-article file in a folder a {@link Skipped}. A feed's articles are collected
 * without their bytes (each reads its line again when loaded), so a feed of any size costs a few
 * strings per article; a gzipped feed and a feed on standard input are first copied, decompressed,
 * to a temporary file that {@link #close} deletes (after the run has read its inputs). Not
 * thread-safe; use one per run.
 */
public final class InputCollector implements AutoCloseable {
  /** What was collected. */
  public record Collected(List<Input> inputs, List<InputError> errors, List<Skipped> skipped) {}

  private final long maxBytes;
  private final InputStream stdin;
  private final InputFormat format;
  private final List<Input> inputs = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  /** The temporary copies of feeds that cannot be read twice, deleted by {@link #close}. */
  private final List<Path> spools = new ArrayList<>();

  public InputCollector(long maxBytes, InputStream stdin) {
    this(maxBytes, stdin, InputFormat.AUTO);
  }

  /** {@code format} says how files named on the command line and standard input are read (folders: by name). */
  public InputCollector(long maxBytes, InputStream stdin, InputFormat format) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.stdin = stdin;
    this.format = format;
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
    return new Collected(InputIds.unique(inputs), List.copyOf(errors), List.copyOf(skipped));
  }

  /** Collects files and folders given as paths (labelled by their names, undecodable bytes read as UTF-8). */
  public Collected collectPaths(List<Path> paths) {
    for (Path p : paths) {
      add(PathNames.display(p), p);
    }
    return new Collected(InputIds.unique(inputs), List.copyOf(errors), List.copyOf(skipped));
  }

  private void add(String label, Path path) {
    if (Files.isDirectory(path)) {
      walk(label, path);
    } else {
      InputKind named = InputKind.ofName(path.getFileName() == null ? label : PathNames.display(path.getFileName()));
      readFile(label, path, format.kind() != null ? format.kind() : named != null ? named : InputKind.TEXT);
    }
  }

  /**
   * Whether a folder's walk audits the file at {@code relative} (to the folder): an article name
   * (one of {@link InputKind#NAMES}) with no hidden part (a name starting with {@code .}) on the way.
   */
  public static boolean collects(Path relative) {
    for (Path part : relative) {
      if (hidden(part)) {
        return false;
      }
    }
    Path name = relative.getFileName();
    return name != null && InputKind.ofName(name.toString()) != null;
  }

  private static boolean hidden(Path name) {
    String s = name.toString();
    return s.startsWith(".") && !s.equals(".") && !s.equals("..");
  }

  /** One entry of a folder's walk: its path, and whether it is a folder (links are not followed). */
  private record Entry(Path path, boolean folder) {}

  /**
   * Every file and folder under {@code dir}, hidden ones left out, in path order. A folder that
   * cannot be listed is an error of its own; its siblings are still walked. A folder with an
   * article's name is listed but not entered (it is an error of its own).
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
          if (folder && InputKind.ofName(e.getFileName().toString()) == null) {
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
      InputKind kind = InputKind.ofName(e.getFileName().toString());
      if (en.folder()) {
        if (kind != null) {
          errors.add(new InputError(shown, "cannot read: is a folder, not a text file"));
        }
        continue;
      }
      if (kind == null) {
        skipped.add(new Skipped(shown, "not an article (" + InputKind.NAMES + ")"));
        continue;
      }
      articles++;
      readFile(shown, e, kind);
    }
    if (articles == 0 && errors.size() == errorsBefore) {
      errors.add(new InputError(label, "folder holds no articles (" + InputKind.NAMES + ")"));
    }
  }

  private static String join(String label, Path rel) {
    String sep = label.endsWith("/") ? "" : "/";
    return label + sep + PathNames.display(rel).replace('\\', '/');
  }

  private void readFile(String label, Path path, InputKind kind) {
    try {
      if (!Files.exists(path)) {
        errors.add(new InputError(label, "no such file or folder"));
        return;
      }
      if (!Files.isRegularFile(path)) {
        errors.add(new InputError(label, "cannot read: not a regular file"));
        return;
      }
      String name = path.getFileName().toString();
      boolean gz = InputKind.gzipped(name);
      if (kind == InputKind.JSONL) {
        // a feed is read line by line: the limit is on each article, not on the file
        try (InputStream raw = Files.newInputStream(path)) {
          feed(gz ? FeedReader.spool(label, Gzip.open(raw), maxBytes, spool()) : FeedReader.index(label, path, raw, maxBytes));
        } catch (InputException e) {
          errors.add(new InputError(label, e.getMessage()));
        }
        return;
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        errors.add(new InputError(label, "file is " + size + " bytes, over the limit of " + maxBytes
            + " (raise it with --max-bytes)"));
        return;
      }
      if (!Files.isReadable(path)) {
        errors.add(new InputError(label, "cannot read: permission denied"));
        return;
      }
      // the bytes are read when the input is (a run holds those of the inputs it is reading only)
      inputs.add(new Input(label, InputKind.baseName(PathNames.display(path.getFileName())), null, kind, Stated.NONE,
          () -> load(path, gz)));
    } catch (IOException | RuntimeException e) {
      errors.add(new InputError(label, "cannot read: " + reason(e)));
    }
  }

  /** A file's bytes, decompressed, within the limit: read when the run reads its input. */
  private byte[] load(Path path, boolean gz) throws InputException {
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputException("file is " + size + " bytes, over the limit of " + maxBytes + " (raise it with --max-bytes)");
      }
      byte[] bytes = Files.readAllBytes(path);
      return gz ? Gzip.decompress(bytes, maxBytes) : bytes;
    } catch (IOException | RuntimeException e) {
      throw new InputException("cannot read: " + reason(e));
    }
  }

  private void feed(FeedReader.Result r) {
    inputs.addAll(r.inputs());
    errors.addAll(r.errors());
  }

  private void readStdin() {
    InputKind kind = format.kind() != null ? format.kind() : InputKind.TEXT;
    if (kind == InputKind.JSONL) {
      try {
        feed(FeedReader.spool("<stdin>", stdin, maxBytes, spool()));
      } catch (IOException e) {
        errors.add(new InputError("<stdin>", "cannot keep the feed in a temporary file: " + reason(e)));
      }
      return;
    }
    try {
      byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        errors.add(new InputError("<stdin>", "input is over the limit of " + maxBytes + " bytes (raise it with --max-bytes)"));
        return;
      }
      inputs.add(new Input("<stdin>", "stdin", bytes, kind, Stated.NONE));
    } catch (IOException e) {
      errors.add(new InputError("<stdin>", "cannot read: " + reason(e)));
    }
  }

  /** A new temporary file for a feed's copy, deleted by {@link #close} (or when the JVM exits). */
  private Path spool() throws IOException {
    Path p = Files.createTempFile("sourcecheck-feed-", ".jsonl");
    p.toFile().deleteOnExit();
    spools.add(p);
    return p;
  }

  /** Deletes the temporary copies of feeds: call it once the inputs collected are read for the last time. */
  @Override
  public void close() {
    for (Path p : spools) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // left for the JVM's exit to delete
      }
    }
    spools.clear();
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
}
