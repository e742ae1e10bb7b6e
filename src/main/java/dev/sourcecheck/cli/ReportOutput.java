package dev.sourcecheck.cli;

import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.parse.InputCollector;
import dev.sourcecheck.report.SafeText;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the report goes, and the checks that keep writing it safe. {@code --output} never names
 * an input; it is written to a temporary file in the same folder and renamed over the target only
 * once complete, so a failure leaves the last good report (or nothing) and never half a report. A
 * failed write, to standard output or to the file, is a {@link WriteFailed} with the reason, which
 * {@link Main} turns into exit code {@link ExitCode#WRITE}. Stateless.
 */
final class ReportOutput {
  private ReportOutput() {}

  /** The report could not be written; the message names where and why. */
  static final class WriteFailed extends RuntimeException {
    WriteFailed(String message) {
      super(message);
    }
  }

  /** Writes a report body to a writer; may fail half-way. */
  interface Body {
    void writeTo(Writer w) throws IOException;
  }

  /**
   * Usage checks made before anything is read: no path is empty (an empty string would name the
   * working folder), and {@code output}, when given, is a file in an existing folder that is none
   * of the inputs (a file named, or one a named folder's walk would audit).
   */
  static void checkArguments(List<String> paths, Path output) {
    for (String p : paths) {
      if (p.isEmpty()) {
        throw new Main.UsageException("an empty path names no file or folder (did a variable expand to nothing?)");
      }
    }
    if (output == null) {
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (Files.isDirectory(output) || parent == null || !Files.isDirectory(parent)) {
      throw new Main.UsageException("--output " + SafeText.line(output.toString())
          + ": cannot write there (a folder, or its folder is missing)");
    }
    if (!Files.exists(output)) {
      return; // nothing there yet, so no input to overwrite
    }
    for (String p : paths) {
      if (p.equals("-")) {
        continue;
      }
      Path in;
      try {
        in = Path.of(p);
      } catch (InvalidPathException e) {
        continue; // not representable here, so not the output either
      }
      if (isInput(output, in)) {
        throw new Main.UsageException("--output " + SafeText.line(output.toString()) + " is one of the inputs ("
            + SafeText.line(p) + "); write the report somewhere else");
      }
    }
  }

  private static boolean isInput(Path output, Path in) {
    try {
      if (!Files.exists(in)) {
        return false;
      }
      if (Files.isSameFile(output, in)) {
        return true;
      }
      if (!Files.isDirectory(in)) {
        return false;
      }
      Path dir = in.toRealPath();
      Path out = output.toRealPath();
      return out.startsWith(dir) && InputCollector.collects(dir.relativize(out));
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes {@code report} to {@code out} (standard output) or, when {@code output} is set, to that file. */
  static void write(PrintWriter out, Path output, String report) {
    write(out, output, w -> w.write(report));
  }

  /** Writes what {@code body} writes to {@code out} (standard output) or, when {@code output} is set, to that file. */
  static void write(PrintWriter out, Path output, Body body) {
    if (output == null) {
      try {
        body.writeTo(out);
      } catch (IOException e) {
        throw new WriteFailed("cannot write the report to standard output: " + reason(e));
      }
      out.flush();
      if (out.checkError()) {
        String why = out instanceof Stdout s && s.failure() != null ? reason(s.failure()) : "the stream reported an error";
        throw new WriteFailed("cannot write the report to standard output: " + why);
      }
      return;
    }
    writeFile(output, body);
  }

  /**
   * Writes {@code body} to {@code target} whole or not at all: into a new temporary file beside it,
   * flushed to disk, then renamed over it (keeping an existing file's permissions). A target that
   * exists and is not a regular file ({@code /dev/stdout}, a pipe) is written directly: renaming
   * would replace it.
   */
  static void writeFile(Path target, Body body) {
    String shown = SafeText.line(target.toString());
    try {
      Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target;
      if (Files.exists(real) && !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(real), StandardCharsets.UTF_8))) {
          body.writeTo(w);
        }
        return;
      }
      Path tmp = createTemp(real);
      try {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8));
          body.writeTo(w);
          w.flush();
          ch.force(true);
        }
        if (Files.exists(real)) {
          try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(real));
          } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to read: the new file keeps the default permissions
          }
        }
        try {
          Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | RuntimeException e) {
      throw new WriteFailed("cannot write the report to " + shown + ": " + reason(e)
          + (Files.exists(target) ? " (the file there was left as it was)" : ""));
    }
  }

  /** A new empty file {@code .<name>.<random>.tmp} beside {@code target}, created with the default permissions. */
  private static Path createTemp(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    String name = target.getFileName().toString();
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
      try {
        Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** Prints each input error as {@code sourcecheck: PATH: problem}, one line each, control characters escaped. */
  static void printErrors(PrintWriter err, List<InputError> errors) {
    for (InputError e : errors) {
      err.println("sourcecheck: " + SafeText.line(e.path()) + ": " + SafeText.line(e.message()));
    }
    err.flush();
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    return SafeText.line(m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip());
  }

  /** Standard output as a writer that keeps the first write error, so that its reason can be reported. */
  static Stdout stdout() {
    return new Stdout(new FileOutputStream(FileDescriptor.out));
  }

  /**
   * A print writer over a stream that remembers why writing failed: {@link PrintWriter} itself
   * only says that it did ({@link #checkError()}).
   */
  static final class Stdout extends PrintWriter {
    private final Recorder recorder;

    private Stdout(OutputStream stream) {
      this(new Recorder(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))));
    }

    private Stdout(Recorder recorder) {
      super(recorder, true);
      this.recorder = recorder;
    }

    IOException failure() {
      return recorder.failure;
    }
  }

  private static final class Recorder extends FilterWriter {
    IOException failure;

    Recorder(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        super.write(cbuf, off, len);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        super.write(str, off, len);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        throw keep(e);
      }
    }

    private IOException keep(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
