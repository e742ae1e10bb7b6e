package dev.sourcecheck.finding;

import java.util.Locale;

/** How much a finding matters, lowest first. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** The lower-case name used in rules, reports and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code info}, {@code warning} or {@code error}, any case. */
  public static Severity parse(String s) {
    for (Severity v : values()) {
      if (v.label().equalsIgnoreCase(s == null ? "" : s.strip())) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + s + "' (expected info, warning or error)");
  }
}
