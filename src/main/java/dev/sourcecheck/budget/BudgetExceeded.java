package dev.sourcecheck.budget;

/**
 * Thrown by {@link Deadline#check()} (and by the rule run) when an article has used up its budget.
 * Unchecked so that any loop can call the check; {@link Isolation} turns it into an input error
 * naming the article and the reason.
 */
public final class BudgetExceeded extends RuntimeException {
  public BudgetExceeded(String reason) {
    super(reason, null, false, false); // no stack trace: it is an expected outcome, thrown from hot loops
  }
}
