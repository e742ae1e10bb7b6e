package dev.sourcecheck.cli;

import static dev.sourcecheck.cli.MainTest.ADVERT;
import static dev.sourcecheck.cli.MainTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: an internal error has its own exit code, never 1 (the findings code), and a report
 * that cannot be written is said so with its own code instead of being lost silently.
 */
class ExitCodesTest {
  /** Standard input that fails as a bug inside sourcecheck would: with an unchecked exception or an error. */
  static InputStream failing(Throwable t) {
    return new InputStream() {
      @Override
      public int read() {
        if (t instanceof RuntimeException e) {
          throw e;
        }
        throw (Error) t;
      }
    };
  }

  static MainTest.Run run(InputStream stdin, PrintWriter out, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(args, stdin, out, new PrintWriter(err, true));
    return new MainTest.Run(code, "", err.toString());
  }

  @Test
  void anUnexpectedExceptionIsAnInternalError() {
    MainTest.Run r = run(failing(new IllegalStateException("boom")), new PrintWriter(new StringWriter()), "audit", "-");
    assertEquals(ExitCode.INTERNAL, r.code(), r.err());
    assertTrue(r.err().startsWith("sourcecheck: internal error: java.lang.IllegalStateException: boom"), r.err());
    assertTrue(r.err().contains("this is a bug in sourcecheck"), r.err());
  }

  @Test
  void anErrorOutsideAnyArticleIsAnInternalError() {
    MainTest.Run r = run(failing(new OutOfMemoryError("Java heap space")), new PrintWriter(new StringWriter()),
        "audit", "-");
    assertEquals(ExitCode.INTERNAL, r.code(), r.err());
    assertTrue(r.err().contains("internal error: java.lang.OutOfMemoryError: Java heap space"), r.err());
  }

  @Test
  void aFailingStandardOutputIsAWriteError(@TempDir Path dir) throws IOException {
    Writer broken = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void close() {}
    };
    MainTest.Run r = run(InputStream.nullInputStream(), new PrintWriter(broken), "audit",
        write(dir, "ad.txt", ADVERT).toString());
    assertEquals(ExitCode.WRITE, r.code(), r.err());
    assertTrue(r.err().startsWith("sourcecheck: cannot write the report to standard output"), r.err());
  }
}
