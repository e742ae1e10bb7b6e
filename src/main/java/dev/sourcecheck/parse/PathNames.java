package dev.sourcecheck.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File names whose bytes the locale cannot decode (a UTF-8 name under {@code LANG=C}, a Latin-1 name
 * under a UTF-8 locale). Java keeps a listed file's name as bytes, so such files are still opened by
 * bytes; this class gives them a readable label (the bytes decoded as UTF-8) and, on Linux, recovers
 * a command-line argument's bytes (which the JVM decodes lossily) from {@code /proc/self/cmdline}.
 * Stateless and thread-safe.
 */
final class PathNames {
  private PathNames() {}

  /** {@code p} as a label: its own string, or, where the locale lost characters, its bytes read as UTF-8. */
  static String display(Path p) {
    String s = p.toString();
    if (s.indexOf('\uFFFD') < 0) {
      return s;
    }
    byte[] bytes = rawBytes(p);
    return bytes == null ? s : new String(bytes, StandardCharsets.UTF_8);
  }

  /** The bytes of {@code p}'s name, read back from its file URI (which percent-encodes them), or null. */
  private static byte[] rawBytes(Path p) {
    try {
      String raw = p.toUri().getRawPath();
      if (!p.isAbsolute()) {
        String base = Path.of("").toAbsolutePath().toUri().getRawPath();
        raw = raw.startsWith(base) ? raw.substring(base.length()) : raw;
      }
      return percentDecode(raw);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The path the user typed as {@code arg}, when the JVM could not represent it in the locale's
   * character set (it then holds replacement characters): the matching entry of this process's
   * command line, opened by its bytes. Null when there is none (not Linux, or not a command-line
   * argument).
   */
  static Recovered recover(String arg) {
    List<byte[]> entries = commandLine();
    Recovered found = null;
    for (byte[] e : entries) {
      if (lossy(e).equals(arg)) {
        if (found != null) {
          return null; // two arguments that read the same: cannot tell them apart
        }
        Path p = fromBytes(e);
        found = p == null ? null : new Recovered(p, new String(e, StandardCharsets.UTF_8));
      }
    }
    return found;
  }

  /** A command-line path found by its bytes, and its label: those bytes read as UTF-8. */
  record Recovered(Path path, String label) {}

  /** What the JVM makes of {@code bytes} as text in this locale (each undecodable byte a replacement character). */
  private static String lossy(byte[] bytes) {
    String jnu = System.getProperty("sun.jnu.encoding");
    try {
      return new String(bytes, jnu == null ? "UTF-8" : jnu);
    } catch (java.io.UnsupportedEncodingException e) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static List<byte[]> commandLine() {
    List<byte[]> out = new ArrayList<>();
    try {
      byte[] all = Files.readAllBytes(Path.of("/proc/self/cmdline"));
      int start = 0;
      for (int i = 0; i < all.length; i++) {
        if (all[i] == 0) {
          byte[] e = new byte[i - start];
          System.arraycopy(all, start, e, 0, e.length);
          out.add(e);
          start = i + 1;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: nothing to recover from
    }
    return out;
  }

  /** A path with exactly these bytes: a file URI percent-encodes them, and the default provider decodes it byte for byte. */
  private static Path fromBytes(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    boolean absolute = bytes.length > 0 && bytes[0] == '/';
    if (!absolute) {
      try {
        // the working folder's own bytes: user.dir may have lost characters too
        sb.append(Path.of("/proc/self/cwd").toRealPath().toUri().getRawPath());
      } catch (IOException | RuntimeException e) {
        return null;
      }
      if (sb.charAt(sb.length() - 1) != '/') {
        sb.append('/');
      }
    }
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
      }
    }
    try {
      return Path.of(URI.create("file://" + sb));
    } catch (IllegalArgumentException e) { // InvalidPathException included
      return null;
    }
  }

  private static byte[] percentDecode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }
}
