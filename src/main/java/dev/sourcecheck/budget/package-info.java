/**
 * Per-article budgets: a cooperative {@link dev.sourcecheck.budget.Deadline} every stage checks in its
 * loops, a rule-firing limit, and {@link dev.sourcecheck.budget.Isolation}, which turns an article that
 * runs over either, or fails with any error, into one input error while the rest of the run goes on.
 */
package dev.sourcecheck.budget;
