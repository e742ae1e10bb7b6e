package dev.sourcecheck.fact;

/**
 * The words a named speaker is reported to have said in indirect speech ("Leavitt described the
 * trip as the next step"): their claim, not the outlet's, so framing rules leave them alone.
 * {@code [start, end)} runs from the verb of saying to the end of the reported clause.
 */
public record ReportedSpan(String article, int sentence, String person, int start, int end) {}
