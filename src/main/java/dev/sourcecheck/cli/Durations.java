package dev.sourcecheck.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a time given on the command line: {@code 10s}, {@code 500ms}, {@code 2m}, {@code 1.5s}, or a bare number of seconds. */
final class Durations {
  private Durations() {}

  private static final Pattern TIME = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,3})?)\\s*(ms|s|m|)");

  static Duration parse(String option, String value) {
    Matcher m = TIME.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new Main.UsageException(option + " must be a time such as 10s, 500ms or 2m, got '" + value + "'");
    }
    double n = Double.parseDouble(m.group(1));
    double ms = switch (m.group(2)) {
      case "ms" -> n;
      case "m" -> n * 60_000;
      default -> n * 1000;
    };
    if (ms < 1) {
      throw new Main.UsageException(option + " must be at least 1ms, got '" + value + "'");
    }
    return Duration.ofMillis(Math.round(ms));
  }
}
