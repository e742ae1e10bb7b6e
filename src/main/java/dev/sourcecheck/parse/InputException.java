package dev.sourcecheck.parse;

/** An input that cannot be audited; the message is one line saying what is wrong with it. */
public final class InputException extends Exception {
  public InputException(String message) {
    super(message);
  }
}
