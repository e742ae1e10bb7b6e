package dev.sourcecheck.finding;

/** An input that was skipped, with the one-line reason. */
public record InputError(String path, String message) {
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
