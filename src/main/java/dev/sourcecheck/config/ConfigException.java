package dev.sourcecheck.config;

import java.nio.file.Path;

/** A configuration file that cannot be used: {@link #getMessage()} is {@code file:line: key: what is wrong}. */
public final class ConfigException extends Exception {
  private final Path file;
  private final int line;
  private final String key;

  public ConfigException(Path file, int line, String key, String message) {
    super(file + ":" + line + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + message);
    this.file = file;
    this.line = line;
    this.key = key;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** The key at fault, dotted for nested keys ({@code rules.framing.puffery}), or empty. */
  public String key() {
    return key;
  }
}
