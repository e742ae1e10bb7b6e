package dev.sourcecheck.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * How sourcecheck writes JSON: two-space indentation, {@code "key": value}, empty objects and
 * arrays as {@code {}} and {@code []}, every character outside ASCII escaped as {@code \\uXXXX}
 * (so a report survives any channel), a newline at the end. The mapper turns the typed records of
 * a report into JSON through a generator; it is shared and thread-safe, a generator is not.
 */
public final class JsonStyle {
  private JsonStyle() {}

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** Writes records; a shared instance, thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  /** A generator over {@code out} in this style; closing it flushes but leaves {@code out} open. */
  public static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setCharacterEscapes(ESCAPES);
    g.setCodec(MAPPER);
    g.setPrettyPrinter(new Indent());
    return g;
  }

  /**
   * A generator for JSON Lines over {@code out}: the same escapes, no indentation and nothing
   * between root values (the writer ends each line itself); closing it leaves {@code out} open.
   */
  public static JsonGenerator lineGenerator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setCharacterEscapes(ESCAPES);
    g.setCodec(MAPPER);
    g.setRootValueSeparator(null);
    return g;
  }

  /** JSON's own escapes, plus DEL (U+007F), as the reports have always had it; ESCAPE_NON_ASCII does the rest. */
  private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
    private final int[] ascii = standardAsciiEscapesForJSON();

    {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  };

  /** Two-space indentation, one value a line; one instance per generator (it counts depth). */
  static final class Indent implements PrettyPrinter {
    private int depth;

    private void newline(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
      for (int i = 0; i < depth; i++) {
        g.writeRaw("  ");
      }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
      depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
      newline(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(',');
      newline(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      depth--;
      if (entries > 0) {
        newline(g);
      }
      g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw('[');
      depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      newline(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(',');
      newline(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      depth--;
      if (values > 0) {
        newline(g);
      }
      g.writeRaw(']');
    }
  }
}
