package dev.sourcecheck.engine;

import java.util.List;

/** The rule set could not be loaded or compiled; {@link #errors()} holds one {@code file:line: message} each. */
public final class RuleLoadException extends Exception {
  private final List<String> errors;

  public RuleLoadException(List<String> errors) {
    super(errors.isEmpty() ? "rules failed to load" : String.join("\n", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
