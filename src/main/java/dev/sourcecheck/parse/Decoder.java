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
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException("binary file (NUL byte at offset " + i + "), not text");
      }
    }
    // control bytes are judged in every block of the file, not only the first: binary data spliced
    // into text, or a text header on a binary file, is still binary
    for (int block = from; block < bytes.length; block += BLOCK) {
      int end = Math.min(bytes.length, block + BLOCK);
      int controls = 0;
      for (int i = block; i < end; i++) {
        int b = bytes[i] & 0xFF;
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
          controls++;
        }
      }
      int len = end - block;
      if (controls > Math.max(8, len / 20)) {
        throw new InputException("binary file (" + controls + " control bytes in the " + len + " bytes at offset " + block
            + "), not text");
      }
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
    if (blank(text)) {
      throw new InputException("empty file (only white space)");
    }
    return text;
  }

  /** The size of the blocks in which control bytes are counted. */
  static final int BLOCK = 8192;

  /** Only white space, Unicode spaces (no-break, ideographic, zero-width) included. */
  static boolean blank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Chars.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** For callers that hold a String already: only checks that it is not blank. */
  static void requireText(String text) throws InputException {
    if (text == null || blank(text)) {
      throw new InputException("empty text");
    }
  }

}
