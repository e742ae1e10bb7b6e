package dev.sourcecheck.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes article bytes as strict UTF-8, dropping a byte-order mark, and refuses what is not
 * text. Stateless and thread-safe.
 */
public final class Decoder {
  private Decoder() {}

  public static String decode(byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    int from = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    int controls = 0;
    int scanned = Math.min(bytes.length, 8192);
    for (int i = from; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new InputException("binary file (NUL byte at offset " + i + "), not text");
      }
      if (i < scanned && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > Math.max(8, scanned / 20)) {
      throw new InputException("binary file (" + controls + " control bytes in the first " + scanned + "), not text");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new InputException("invalid UTF-8 at byte " + in.position() + " (the file must be UTF-8 text)");
    }
    r = decoder.flush(out);
    if (r.isError()) {
      throw new InputException("invalid UTF-8 at the end of the file");
    }
    out.flip();
    String text = out.toString();
    if (text.isBlank()) {
      throw new InputException("empty file (only white space)");
    }
    return text;
  }

  /** For callers that hold a String already: only checks that it is not blank. */
  static void requireText(String text) throws InputException {
    if (text == null || text.isBlank()) {
      throw new InputException("empty text");
    }
  }

}
