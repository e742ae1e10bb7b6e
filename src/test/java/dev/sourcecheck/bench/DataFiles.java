package dev.sourcecheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reader of the shared data's JSON and CSV files for the benchmark and the tests: Jackson
 * and Commons CSV (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes).
 * Stateless and thread-safe.
 */
public final class DataFiles {
  private DataFiles() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** All records of a CSV text, the header row included, each as its list of fields. */
  public static List<List<String>> csv(String text) {
    try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180)) {
      List<List<String>> out = new ArrayList<>();
      for (CSVRecord r : p) {
        out.add(r.toList());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("malformed CSV: " + e.getMessage(), e);
    }
  }

  /** The values of column {@code name} (by the header row), one per data record that has it. */
  public static List<String> column(List<List<String>> records, String name) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("CSV has no header row");
    }
    int col = records.get(0).indexOf(name);
    if (col < 0) {
      throw new IllegalArgumentException("CSV has no column '" + name + "'; header: " + records.get(0));
    }
    List<String> out = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      if (col < r.size()) {
        out.add(r.get(col));
      }
    }
    return out;
  }

  /** A JSON file as a tree. */
  public static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
