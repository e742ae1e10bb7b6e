package dev.sourcecheck.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads gzipped inputs with a bound on what they decompress to. Stateless and thread-safe. */
public final class Gzip {
  private Gzip() {}

  /** A gzip stream over {@code in}; a one-line {@link InputException} when it is not gzip data. */
  public static InputStream open(InputStream in) throws InputException {
    try {
      return new GZIPInputStream(in, 65536);
    } catch (EOFException e) {
      throw new InputException("truncated gzip: the file ends inside the gzip header");
    } catch (ZipException e) {
      throw new InputException("not gzip data (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new InputException("cannot read gzip data: " + e.getMessage());
    }
  }

  /** The decompressed bytes, at most {@code maxBytes} of them. */
  public static byte[] decompress(byte[] bytes, long maxBytes) throws InputException {
    try (InputStream in = open(new ByteArrayInputStream(bytes))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(bytes.length * 4, 1 << 20));
      byte[] buf = new byte[65536];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new InputException("decompresses to more than the limit of " + maxBytes
              + " bytes (raise it with --max-bytes)");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** A one-line reason for a failure while reading gzip data. */
  public static InputException failure(IOException e) {
    if (e instanceof EOFException) {
      return new InputException("truncated gzip: the compressed data ends early");
    }
    if (e instanceof ZipException) {
      return new InputException("corrupt gzip data (" + e.getMessage() + ")");
    }
    return new InputException("cannot read gzip data: " + e.getMessage());
  }
}
