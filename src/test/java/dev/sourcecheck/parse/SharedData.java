package dev.sourcecheck.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the shared read-only material (../shared) and reads the CSV files there. For tests only. */
final class SharedData {
  private SharedData() {}

  /** The shared folder: system property {@code sourcecheck.shared}, env {@code SOURCECHECK_SHARED}, then {@code ../shared}; null if none exists. */
  static Path root() {
    for (String candidate : new String[] {System.getProperty("sourcecheck.shared"), System.getenv("SOURCECHECK_SHARED"), "../shared"}) {
      if (candidate != null && !candidate.isBlank() && Files.isDirectory(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return null;
  }

  /**
   * Parses RFC 4180 CSV: fields separated by commas, quoted fields may hold commas, newlines and
   * doubled quotation marks. Returns the rows, header included.
   */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          row.add(field.toString());
          rows.add(row);
        }
        row = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
