package dev.sourcecheck.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV reader: comma-separated fields, fields in double quotes may hold commas,
 * line breaks and doubled quotes ({@code ""} for one {@code "}); records end at LF or CRLF outside
 * quotes. Stateless and thread-safe.
 */
public final class Csv {
  private Csv() {}

  /** All records of {@code text}, the header included; a trailing empty line yields no record. */
  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
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
        fieldStarted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
          record.add(field.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted field at the end of the CSV text");
    }
    if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
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
}
